/**
 * Documents that are really stored (issue 13), over HTTP against the local stack (S3 in the SQS emulator): a
 * department uploads its 实施方案 to a presigned URL, the completion verifies size and sha256, a reviewer downloads
 * the same bytes, and pre-review counts the 实施方案 only once it is verified. Bad input never becomes a document.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';
import { pdfBytes, sha256Of, uploadDocument, withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const PRE_REVIEWED = ['returned', 'rejected', 'pending_review', 'in_library'];

type Finding = { ruleId: string; missing?: string[] };
const missingDocs = (p: { preReview: { blocking: Finding[]; reviewerTasks: Finding[] } }) =>
  [...p.preReview.blocking, ...p.preReview.reviewerTasks].flatMap((f) => f.missing ?? []);

describe('documents in S3', () => {
  it('pre-review counts the 实施方案 only once verified; a reviewer downloads the same bytes', async () => {
    const dept = await token({ sub: 'doc-dept', role: 'department', dept: 'HS-DOC1', jur: 'hongshan' });
    const reviewer = await token({ sub: 'doc-reviewer', role: 'bureau', jur: 'hongshan' });
    const plan = pdfBytes('红山区政务服务事项管理系统实施方案 第一章 项目概况');
    const base = hongshanSmallBuild({ name: '红山区文件核验示范系统' });
    // The 申请入库文件 is uploaded; the 实施方案 is only declared (its real hash, file not yet uploaded).
    const [letter] = (await withUploadedDocuments(http, dept, { documents: [base.documents[0]] })).documents;
    const application = { ...base, documents: [letter, { ...base.documents[1], sha256: sha256Of(plan) }] };

    const created = await http.post('/v1/projects', application, dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    const first = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => PRE_REVIEWED.includes(r.body?.status));
    expect(first.body.status).toBe('returned');
    expect(missingDocs(first.body)).toContain('实施方案');
    const listed = await http.get(`/v1/projects/${id}/documents`, reviewer);
    expect(listed.body.items.map((d: { type: string; state: string }) => [d.type, d.state])).toEqual([['申请入库文件', 'verified'], ['实施方案', 'declared']]);
    expect((await http.get(`/v1/projects/${id}/documents/${sha256Of(plan)}/download`, reviewer)).status).toBe(404);

    // Upload the 实施方案 for this project: its event log records the version's hash.
    const { complete } = await uploadDocument(http, dept, { type: '实施方案', title: '政务服务事项管理系统实施方案', projectId: id }, plan);
    expect(complete.status, JSON.stringify(complete.body)).toBe(200);
    expect(complete.body.document).toMatchObject({ sha256: sha256Of(plan), size: plan.length, type: '实施方案' });
    const events = (await http.get(`/v1/projects/${id}/events`, reviewer)).body.items;
    expect(events.find((e: { type: string }) => e.type === 'document_verified').payload).toMatchObject({ sha256: sha256Of(plan), type: '实施方案' });

    const download = await http.get(`/v1/projects/${id}/documents/${sha256Of(plan)}/download`, reviewer);
    expect(download.status).toBe(200);
    expect(download.body.expiresInSeconds).toBe(300);
    expect(download.body.url).toMatch(/X-Amz-Expires=300/);
    const bytes = new Uint8Array(await (await fetch(download.body.url)).arrayBuffer());
    expect(sha256Of(bytes)).toBe(sha256Of(plan));
    expect(Buffer.from(bytes).equals(Buffer.from(plan))).toBe(true);

    // Resubmitted unchanged: now the verified 实施方案 counts.
    const current = await http.get(`/v1/projects/${id}`, dept);
    const put = await http.raw('PUT', `/v1/projects/${id}`, { token: dept, body: application, headers: { 'if-match': String(current.body.version) } });
    expect(put.status, JSON.stringify(put.body)).toBe(202);
    const second = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => r.body?.version > put.body.version && PRE_REVIEWED.includes(r.body?.status));
    expect(PRE_REVIEWED).toContain(second.body.status);
    expect(missingDocs(second.body)).not.toContain('实施方案');
  });

  it('downloads: auditors and the owning department yes, finance and other departments no', async () => {
    const dept = await token({ sub: 'doc-dept2', role: 'department', dept: 'HS-DOC2', jur: 'hongshan' });
    const application = await withUploadedDocuments(http, dept, hongshanSmallBuild({ name: '红山区文件权限示范系统' }));
    const id = (await http.post('/v1/projects', application, dept)).body.id;
    const sha = application.documents[1].sha256;
    const path = `/v1/projects/${id}/documents/${sha}/download`;
    expect((await http.get(path, await token({ sub: 'a', role: 'auditor', jur: 'hongshan' }))).status).toBe(200);
    expect((await http.get(path, dept)).status).toBe(200);
    expect((await http.get(path, await token({ sub: 'f', role: 'finance', jur: 'hongshan' }))).status).toBe(403);
    expect((await http.get(path, await token({ sub: 'o', role: 'department', dept: 'HS-OTHER', jur: 'hongshan' }))).status).toBe(404);
    expect((await http.get(path, await token({ sub: 'r', role: 'bureau', jur: 'bijie' }))).status).toBe(404);
    expect((await http.get(path)).status).toBe(401);
  });

  it('bad input: wrong hash, wrong size, wrong type, too large — each a clear error, nothing verified', async () => {
    const dept = await token({ sub: 'doc-dept3', role: 'department', dept: 'HS-DOC3', jur: 'hongshan' });
    const body = pdfBytes('一份文件');
    const wrongHash = await uploadDocument(http, dept, { type: '实施方案', title: 't' }, body, { sha256: 'e'.repeat(64) });
    expect(wrongHash.complete.status).toBe(422);
    expect(wrongHash.complete.body.error).toMatchObject({ code: 'DOCUMENT_MISMATCH', details: [expect.objectContaining({ path: 'sha256' })] });
    // The upload is void: completing again is refused, and the file is gone.
    expect((await http.post(`/v1/documents/uploads/${wrongHash.uploadId}/complete`, {}, dept)).body.error.code).toBe('UPLOAD_REJECTED');

    const notPng = await uploadDocument(http, dept, { type: '现场照片', title: 't' }, body, { contentType: 'image/png' });
    expect(notPng.complete.body.error.details).toEqual([expect.objectContaining({ path: 'contentType' })]);

    const tooLarge = await http.post('/v1/documents/uploads', { type: '实施方案', title: 't', contentType: 'application/pdf', size: 50 * 1024 * 1024 + 1, sha256: 'a'.repeat(64) }, dept);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.details).toEqual([expect.objectContaining({ path: 'size' })]);
    const atLimit = await http.post('/v1/documents/uploads', { type: '实施方案', title: 't', contentType: 'application/pdf', size: 50 * 1024 * 1024, sha256: 'a'.repeat(64) }, dept);
    expect(atLimit.status).toBe(201);
    const text = await http.post('/v1/documents/uploads', { type: '实施方案', title: 't', contentType: 'text/plain', size: 10, sha256: 'a'.repeat(64) }, dept);
    expect(text.status).toBe(400);
    expect(text.body.error.details[0].path).toBe('contentType');

    // Never completed (here: never even uploaded): completion says the file is missing; nothing counts.
    expect((await http.post(`/v1/documents/uploads/${atLimit.body.uploadId}/complete`, {}, dept)).body.error.code).toBe('UPLOAD_MISSING');
    const other = await token({ sub: 'x', role: 'department', dept: 'HS-DOC4', jur: 'hongshan' });
    expect((await http.post(`/v1/documents/uploads/${atLimit.body.uploadId}/complete`, {}, other)).status).toBe(404);
  });
});
