/**
 * S3 adapter of the documents' object storage. Locally the bucket lives in the SQS emulator (fauxqs serves S3 on
 * the same endpoint, path-style); in the cloud S3_ENDPOINT is empty and the SDK's default endpoint applies.
 */
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { requiredEnv } from './clients.js';

type S3 = { client: S3Client; sdk: typeof import('@aws-sdk/client-s3'); getSignedUrl: typeof import('@aws-sdk/s3-request-presigner').getSignedUrl };
let client: Promise<S3> | undefined;

/** The S3 client, its SDK module and the presigner, loaded on first use (not at initialisation; decision 033). */
export function s3(): Promise<S3> {
  client ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(([sdk, presigner]) => {
    const endpoint = process.env.S3_ENDPOINT || undefined;
    return { client: new sdk.S3Client({ endpoint, forcePathStyle: Boolean(endpoint), maxAttempts: 4 }), sdk, getSignedUrl: presigner.getSignedUrl };
  });
  client.catch(() => (client = undefined));
  return client;
}

const bucket = () => requiredEnv('DOCUMENTS_BUCKET');
const isMissing = (e: unknown) => ['NotFound', 'NoSuchKey'].includes((e as { name?: string })?.name ?? '') || (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

export function s3ObjectStorage(headBytes = 8) {
  return {
    async presignPut(key: string, contentType: string, size: number, expiresSeconds: number): Promise<string> {
      const { client, sdk, getSignedUrl } = await s3();
      // Content type and length are signed: S3 refuses a PUT of another type or size.
      return getSignedUrl(client, new sdk.PutObjectCommand({ Bucket: bucket(), Key: key, ContentType: contentType, ContentLength: size }), {
        expiresIn: expiresSeconds, signableHeaders: new Set(['content-type', 'content-length']),
      });
    },
    async presignGet(key: string, expiresSeconds: number, fileName: string): Promise<string> {
      const { client, sdk, getSignedUrl } = await s3();
      return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: bucket(), Key: key, ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` }), { expiresIn: expiresSeconds });
    },
    async inspect(key: string) {
      const { client, sdk } = await s3();
      let r;
      try {
        r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket(), Key: key }));
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
      const { client, sdk } = await s3();
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket: bucket(), Key: to }));
        return;
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
      await client.send(new sdk.CopyObjectCommand({ Bucket: bucket(), Key: to, CopySource: `${bucket()}/${from}`, ContentType: contentType, MetadataDirective: 'REPLACE' }));
    },
    async delete(key: string): Promise<void> {
      const { client, sdk } = await s3();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket(), Key: key }));
    },
  };
}
