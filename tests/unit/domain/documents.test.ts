import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  completeUpload, documentDownload, DOWNLOAD_URL_SECONDS, InMemoryDocumentStore, InMemoryObjectStorage, MAX_DOCUMENT_BYTES, projectFacts, requestUpload,
  type Caller, type DocumentUseCaseDeps, type ProjectState,
} from '@gov/domain';
import { storedProject } from './fixtures.js';

const now = new Date('2026-03-02T02:00:00.000Z');
const dept: Caller = { sub: 'u-d', role: 'department', dept: 'D001', jur: 'hongshan' };
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}`);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function setup(project?: ProjectState) {
  const projects = new Map<string, ProjectState>(project ? [[project.id, project]] : []);
  const events: { type: string; payload: Record<string, unknown> }[] = [];
  const storage = new InMemoryObjectStorage();
  const documents = new InMemoryDocumentStore();
  const deps: DocumentUseCaseDeps = {
    documents, storage,
    projects: {
      get: async (id) => projects.get(id),
      async append(next, event, expected) {
        if (projects.get(next.id)?.version !== expected) return false;
        projects.set(next.id, next);
        events.push(event);
        return true;
      },
    },
  };
  return { deps, storage, documents, projects, events };
}

async function upload(s: ReturnType<typeof setup>, body: Uint8Array, declared: Partial<{ size: number; sha256: string; contentType: any; projectId: string }> = {}) {
  const t = await requestUpload(s.deps, dept, { type: '实施方案', title: '实施方案', contentType: 'application/pdf', size: body.length, sha256: sha(body), ...declared }, now);
  s.storage.put(`incoming/${t.uploadId}`, body);
  return t;
}

describe('documents: upload and verification', () => {
  it('verifies a file whose size, sha256 and leading bytes match, under a key named by its hash', async () => {
    const s = setup();
    const body = pdf('实施方案正文');
    const t = await upload(s, body);
    expect(t.url).toContain(`incoming/${t.uploadId}`);
    const r = await completeUpload(s.deps, dept, t.uploadId, now);
    expect(r.document).toMatchObject({ sha256: sha(body), size: body.length, key: `documents/hongshan/D001/${sha(body)}` });
    expect(s.storage.objects.has(`documents/hongshan/D001/${sha(body)}`)).toBe(true);
    expect(s.storage.objects.has(`incoming/${t.uploadId}`)).toBe(false);
    // Completing again answers the same document.
    expect((await completeUpload(s.deps, dept, t.uploadId, now)).document.sha256).toBe(sha(body));
  });

  it('rejects a wrong hash, deletes the file and never counts it', async () => {
    const s = setup();
    const body = pdf('正文');
    const t = await upload(s, body, { sha256: 'b'.repeat(64) });
    await expect(completeUpload(s.deps, dept, t.uploadId, now)).rejects.toMatchObject({ status: 422, code: 'DOCUMENT_MISMATCH', details: [expect.objectContaining({ path: 'sha256' })] });
    expect(s.storage.objects.size).toBe(0);
    expect(await s.documents.verified('hongshan', 'D001', ['b'.repeat(64), sha(body)])).toEqual([]);
    await expect(completeUpload(s.deps, dept, t.uploadId, now)).rejects.toMatchObject({ status: 409, code: 'UPLOAD_REJECTED' });
  });

  it('rejects a file one byte off its declared size, and content that is not what its type says', async () => {
    const s = setup();
    const body = pdf('x');
    const t = await upload(s, body, { size: body.length + 1 });
    await expect(completeUpload(s.deps, dept, t.uploadId, now)).rejects.toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ path: 'size' })]) });
    const png = await upload(s, body, { contentType: 'image/png' });
    await expect(completeUpload(s.deps, dept, png.uploadId, now)).rejects.toMatchObject({ details: [expect.objectContaining({ path: 'contentType' })] });
  });

  it('bounds the size at 50 MiB: exactly the limit is accepted, one byte more is not', async () => {
    const s = setup();
    await expect(requestUpload(s.deps, dept, { type: '实施方案', title: 't', contentType: 'application/pdf', size: MAX_DOCUMENT_BYTES, sha256: 'a'.repeat(64) }, now)).resolves.toMatchObject({ method: 'PUT' });
    await expect(requestUpload(s.deps, dept, { type: '实施方案', title: 't', contentType: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1, sha256: 'a'.repeat(64) }, now)).rejects.toMatchObject({ status: 422, code: 'DOCUMENT_TOO_LARGE' });
  });

  it('an upload never completed leaves nothing verified, and completing without a file says so', async () => {
    const s = setup();
    const t = await requestUpload(s.deps, dept, { type: '实施方案', title: 't', contentType: 'application/pdf', size: 10, sha256: 'c'.repeat(64) }, now);
    await expect(completeUpload(s.deps, dept, t.uploadId, now)).rejects.toMatchObject({ status: 409, code: 'UPLOAD_MISSING' });
    await expect(completeUpload(s.deps, dept, t.uploadId, new Date(now.getTime() + 3600_000))).rejects.toMatchObject({ code: 'UPLOAD_EXPIRED' });
    expect(s.documents.versions.size).toBe(0);
  });

  it('another department cannot complete the upload, nor a reviewer request one', async () => {
    const s = setup();
    const t = await upload(s, pdf('a'));
    await expect(completeUpload(s.deps, { ...dept, dept: 'D002' }, t.uploadId, now)).rejects.toMatchObject({ status: 404 });
    await expect(requestUpload(s.deps, { sub: 'r', role: 'bureau', jur: 'hongshan' }, { type: 'x', title: 't', contentType: 'application/pdf', size: 1, sha256: 'a'.repeat(64) }, now)).rejects.toMatchObject({ status: 403 });
  });
});

describe('documents: projects, rules and downloads', () => {
  const body = pdf('红山区实施方案');
  const project = () => storedProject('hongshan', { application: { ...storedProject('hongshan').application, documents: [{ type: '实施方案', title: '实施方案', sha256: sha(body), chapters: [] }] } });

  it('the rules see a declared document only once a verified version backs it; the log records its hash', async () => {
    const p = project();
    const s = setup(p);
    expect(projectFacts(p).documents).toEqual([]);
    const t = await upload(s, body, { projectId: p.id });
    const r = await completeUpload(s.deps, dept, t.uploadId, now);
    const stored = s.projects.get(p.id)!;
    expect(r.projectVersion).toBe(p.version + 1);
    expect(projectFacts(stored).documents.map((d) => d.type)).toEqual(['实施方案']);
    expect(s.events).toEqual([expect.objectContaining({ type: 'document_verified', payload: expect.objectContaining({ sha256: sha(body), type: '实施方案' }) })]);
  });

  it('a verified file of another type does not satisfy the declared one', async () => {
    const p = project();
    const s = setup(p);
    const t = await requestUpload(s.deps, dept, { type: '申请入库文件', title: 'x', contentType: 'application/pdf', size: body.length, sha256: sha(body), projectId: p.id }, now);
    s.storage.put(`incoming/${t.uploadId}`, body);
    await completeUpload(s.deps, dept, t.uploadId, now);
    expect(projectFacts(s.projects.get(p.id)!).documents).toEqual([]);
  });

  it('reviewers, auditors and the owner get an expiring URL; finance and other jurisdictions do not', async () => {
    const p = project();
    const s = setup(p);
    await completeUpload(s.deps, dept, (await upload(s, body)).uploadId, now);
    for (const c of [dept, { sub: 'r', role: 'bureau', jur: 'hongshan' }, { sub: 'a', role: 'auditor', jur: 'hongshan' }] as Caller[]) {
      const d = await documentDownload(s.deps, c, p.id, sha(body));
      expect(d.url).toContain(`documents/hongshan/D001/${sha(body)}`);
      expect(d.expiresInSeconds).toBe(DOWNLOAD_URL_SECONDS);
    }
    await expect(documentDownload(s.deps, { sub: 'f', role: 'finance', jur: 'hongshan' }, p.id, sha(body))).rejects.toMatchObject({ status: 403 });
    await expect(documentDownload(s.deps, { sub: 'r', role: 'bureau', jur: 'bijie' }, p.id, sha(body))).rejects.toMatchObject({ status: 404 });
    await expect(documentDownload(s.deps, { ...dept, dept: 'D002' }, p.id, sha(body))).rejects.toMatchObject({ status: 404 });
    await expect(documentDownload(s.deps, dept, p.id, 'd'.repeat(64))).rejects.toMatchObject({ status: 404, code: 'DOCUMENT_NOT_FOUND' });
  });
});
