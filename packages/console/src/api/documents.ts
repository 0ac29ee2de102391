/**
 * 上传申报材料 from the browser: the console hashes the file (WebCrypto), asks the API for a presigned upload, PUTs
 * the bytes there and completes the upload, which the API verifies (size, sha256, format). Only the verified sha256
 * is put on the application (docs/decisions/060).
 */
import { api } from './client';
import { ApiFailure, unwrap } from './errors';

/** What browsers often leave empty (e.g. .ofd) is named from the extension; the API decides what it accepts. */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export function contentTypeOf(file: File): string {
  return file.type || BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream';
}

export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

let proxied: Promise<boolean> | undefined;
/**
 * Whether the local console server relays storage under /local-s3 (the emulator sends no CORS headers). Only the
 * local server has GET /dev/config; a deployed console gets no JSON there and uses presigned URLs as they are.
 */
function s3Proxied(): Promise<boolean> {
  proxied ??= fetch('/dev/config', { headers: { accept: 'application/json' } })
    .then(async (r) => (r.ok && (r.headers.get('content-type') ?? '').includes('json') ? Boolean(((await r.json()) as { s3Proxy?: unknown }).s3Proxy) : false))
    .catch(() => false);
  return proxied;
}

export async function uploadTarget(url: string): Promise<string> {
  const u = new URL(url);
  if (u.origin === location.origin || !(await s3Proxied())) return url;
  return `${location.origin}/local-s3${u.pathname}${u.search}`;
}

export interface UploadedDocument {
  sha256: string;
  /** The project's new version when the upload was recorded on a project (a resubmission's If-Match). */
  projectVersion?: number;
}

interface Ticket { uploadId: string; url: string; headers: Record<string, string> }

export async function uploadDocument(file: File, doc: { type: string; title: string; projectId?: string }): Promise<UploadedDocument> {
  const contentType = contentTypeOf(file);
  const ticket = unwrap(await api.POST('/v1/documents/uploads', {
    // The API names the formats it accepts in Chinese; the console does not second-guess them.
    body: { type: doc.type, title: doc.title, contentType: contentType as 'application/pdf', size: file.size, sha256: await sha256Hex(file), ...(doc.projectId ? { projectId: doc.projectId } : {}) },
  })) as unknown as Ticket;
  // content-length is set by the browser itself (a forbidden header for scripts).
  const put = await fetch(await uploadTarget(ticket.url), { method: 'PUT', headers: { 'content-type': ticket.headers['content-type'] ?? contentType }, body: file }).catch(() => undefined);
  if (!put?.ok) throw new ApiFailure(put?.status ?? 0, 'UPLOAD_FAILED', `文件未能传到存储${put ? `(HTTP ${put.status})` : ''},请重试`, []);
  const done = unwrap(await api.POST('/v1/documents/uploads/{id}/complete', { params: { path: { id: ticket.uploadId } } })) as unknown as {
    document: { sha256: string };
    projectVersion?: number | null;
  };
  return { sha256: done.document.sha256, ...(typeof done.projectVersion === 'number' ? { projectVersion: done.projectVersion } : {}) };
}
