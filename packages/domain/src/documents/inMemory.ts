/** In-memory documents store and object storage, for unit tests of the use cases (no AWS). */
import { createHash } from 'node:crypto';
import { MAGIC_BYTES } from './policy.js';
import type { DocumentStore, ObjectStorage, UploadRecord, VerifiedDocument } from './ports.js';

export class InMemoryDocumentStore implements DocumentStore {
  readonly uploads = new Map<string, UploadRecord>();
  readonly versions = new Map<string, VerifiedDocument>();
  async putUpload(u: UploadRecord) {
    if (this.uploads.has(u.uploadId)) throw new Error(`upload ${u.uploadId} exists`);
    this.uploads.set(u.uploadId, structuredClone(u));
  }
  async getUpload(id: string) {
    const u = this.uploads.get(id);
    return u && structuredClone(u);
  }
  async settleUpload(u: UploadRecord) {
    if (this.uploads.get(u.uploadId)?.state !== 'pending') return false;
    this.uploads.set(u.uploadId, structuredClone(u));
    return true;
  }
  async putVerified(d: VerifiedDocument) {
    const k = `${d.jurisdiction}#${d.departmentId}#${d.sha256}`;
    if (!this.versions.has(k)) this.versions.set(k, structuredClone(d));
    return structuredClone(this.versions.get(k)!);
  }
  async verified(jurisdiction: string, departmentId: string, sha256s: readonly string[]) {
    return sha256s.flatMap((s) => this.versions.get(`${jurisdiction}#${departmentId}#${s}`) ?? []);
  }
}

/** Objects as bytes by key; presigned URLs are fake `memory://` URLs that name key and expiry. */
export class InMemoryObjectStorage implements ObjectStorage {
  readonly objects = new Map<string, { body: Uint8Array; contentType?: string }>();
  async presignPut(key: string, contentType: string, size: number, expiresSeconds: number) {
    return `memory://put/${key}?type=${encodeURIComponent(contentType)}&size=${size}&expires=${expiresSeconds}`;
  }
  async presignGet(key: string, expiresSeconds: number) {
    return `memory://get/${key}?expires=${expiresSeconds}`;
  }
  /** What the client's PUT does. */
  put(key: string, body: Uint8Array, contentType?: string) {
    this.objects.set(key, { body, contentType });
  }
  async inspect(key: string) {
    const o = this.objects.get(key);
    if (!o) return undefined;
    return { size: o.body.length, sha256: createHash('sha256').update(o.body).digest('hex'), head: o.body.slice(0, MAGIC_BYTES) };
  }
  async copyIfAbsent(from: string, to: string, contentType: string) {
    if (this.objects.has(to)) return;
    const o = this.objects.get(from);
    if (!o) throw new Error(`no object ${from}`);
    this.objects.set(to, { body: o.body, contentType });
  }
  async delete(key: string) {
    this.objects.delete(key);
  }
}
