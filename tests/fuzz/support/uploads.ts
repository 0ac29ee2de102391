/**
 * Uploads to complete, requested afresh before each batch of `POST /v1/documents/uploads/{id}/complete`: per
 * jurisdiction two whose file was stored as declared (completed: 200, again: the same answer), one whose stored
 * bytes differ from the declared sha256 (422 DOCUMENT_MISMATCH, then 409 UPLOAD_REJECTED) and one never stored
 * (409 UPLOAD_MISSING). No project is named, so a completion moves no project's version.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { JurState } from './states.js';

export type UploadKind = 'stored' | 'wrong-bytes' | 'missing';
export const UPLOAD_KINDS: UploadKind[] = ['stored', 'stored', 'wrong-bytes', 'missing'];

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);

export async function prepareUploads(s: JurState, baseUrl: string): Promise<void> {
  s.uploads = await Promise.all(UPLOAD_KINDS.map(async (kind) => {
    const bytes = pdf(`${s.jur} ${kind} ${randomUUID()}`);
    const declared = kind === 'wrong-bytes' ? pdf(`declared ${randomUUID()}`) : bytes;
    const r = await fetch(`${baseUrl}/v1/documents/uploads`, {
      method: 'POST', headers: { authorization: `Bearer ${s.tokens.department}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: '实施方案', title: '实施方案(逻辑模糊)', contentType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(declared).digest('hex') }),
    });
    const ticket = (await r.json()) as { uploadId: string; url: string; headers: Record<string, string> };
    if (r.status !== 201) throw new Error(`uploads: ${s.jur} answered ${r.status} ${JSON.stringify(ticket)}`);
    if (kind !== 'missing') {
      const put = await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': ticket.headers['content-type'] }, body: bytes });
      if (put.status !== 200) throw new Error(`uploads: storing ${s.jur} ${kind} answered ${put.status}`);
    }
    return { id: ticket.uploadId, kind };
  }));
}
