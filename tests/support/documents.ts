/**
 * Uploading an application's documents for real, as a department does before it submits: each declared document
 * becomes a small PDF whose sha256 replaces the placeholder in the application, uploaded to its presigned URL and
 * completed. Only such verified documents satisfy the rules (docs/decisions/060).
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { api } from './api.js';

type Http = ReturnType<typeof api>;
type Doc = { type: string; title: string; sha256: string; chapters?: string[] };

export const pdfBytes = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
export const sha256Of = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Requests an upload, PUTs the bytes to the presigned URL and completes it; returns the completion answer. */
export async function uploadDocument(http: Http, token: string, doc: { type: string; title: string; projectId?: string }, body: Uint8Array, declared: { sha256?: string; size?: number; contentType?: string } = {}) {
  const ticket = await http.post('/v1/documents/uploads', {
    type: doc.type, title: doc.title, contentType: declared.contentType ?? 'application/pdf', size: declared.size ?? body.length, sha256: declared.sha256 ?? sha256Of(body),
    ...(doc.projectId ? { projectId: doc.projectId } : {}),
  }, token);
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const put = await fetch(ticket.body.url, { method: 'PUT', headers: { 'content-type': ticket.body.headers['content-type'] }, body: Buffer.from(body) });
  expect(put.status).toBe(200);
  return { uploadId: ticket.body.uploadId as string, complete: await http.post(`/v1/documents/uploads/${ticket.body.uploadId}/complete`, {}, token) };
}

/** The application with every declared document uploaded and verified under its real sha256. */
export async function withUploadedDocuments<T extends { documents?: Doc[] }>(http: Http, token: string, application: T): Promise<T> {
  const documents = await Promise.all((application.documents ?? []).map(async (d) => {
    const body = pdfBytes(`${d.type} ${d.title} ${d.sha256}`);
    const { complete } = await uploadDocument(http, token, d, body);
    expect(complete.status, JSON.stringify(complete.body)).toBe(200);
    return { ...d, sha256: sha256Of(body) };
  }));
  return { ...application, documents };
}
