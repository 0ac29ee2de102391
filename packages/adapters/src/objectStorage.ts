/**
 * S3 adapter of the documents' object storage. Locally the bucket lives in the SQS emulator (fauxqs serves S3 on
 * the same endpoint, path-style); in the cloud S3_ENDPOINT is empty and the SDK's default endpoint applies.
 */
import { createHash } from 'node:crypto';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { requiredEnv } from './clients.js';

let client: S3Client | undefined;

export function s3(): S3Client {
  const endpoint = process.env.S3_ENDPOINT || undefined;
  client ??= new S3Client({ endpoint, forcePathStyle: Boolean(endpoint), maxAttempts: 4 });
  return client;
}

const bucket = () => requiredEnv('DOCUMENTS_BUCKET');
const isMissing = (e: unknown) => ['NotFound', 'NoSuchKey'].includes((e as { name?: string })?.name ?? '') || (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

export function s3ObjectStorage(headBytes = 8) {
  return {
    presignPut(key: string, contentType: string, size: number, expiresSeconds: number): Promise<string> {
      // Content type and length are signed: S3 refuses a PUT of another type or size.
      return getSignedUrl(s3(), new PutObjectCommand({ Bucket: bucket(), Key: key, ContentType: contentType, ContentLength: size }), {
        expiresIn: expiresSeconds, signableHeaders: new Set(['content-type', 'content-length']),
      });
    },
    presignGet(key: string, expiresSeconds: number, fileName: string): Promise<string> {
      return getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucket(), Key: key, ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` }), { expiresIn: expiresSeconds });
    },
    async inspect(key: string) {
      let r;
      try {
        r = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
      const hash = createHash('sha256');
      let size = 0;
      const head = new Uint8Array(headBytes);
      for await (const chunk of r.Body as AsyncIterable<Uint8Array>) {
        if (size < headBytes) head.set(chunk.subarray(0, headBytes - size), size);
        size += chunk.length;
        hash.update(chunk);
      }
      return { size, sha256: hash.digest('hex'), head };
    },
    async copyIfAbsent(from: string, to: string, contentType: string): Promise<void> {
      try {
        await s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: to }));
        return;
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
      await s3().send(new CopyObjectCommand({ Bucket: bucket(), Key: to, CopySource: `${bucket()}/${from}`, ContentType: contentType, MetadataDirective: 'REPLACE' }));
    },
    async delete(key: string): Promise<void> {
      await s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
    },
  };
}
