/**
 * Idempotency-Key on the document uploads, their completion and marking a notification read (docs/decisions/062),
 * over HTTP against the local stack: a retry with the key answers the first answer (`idempotent-replayed: true`)
 * and creates nothing new; the same key with another request is 422.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { E2E_PORTS } from '../setup/ports.js';
import { api, eventually, token } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { pdfBytes, sha256Of, withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const key = () => `e2e-${randomUUID()}`;

describe('Idempotency-Key on documents and notifications', () => {
  it('a retried upload request gets the same ticket; a retried completion the same document', async () => {
    const dept = await token({ sub: 'idem-doc', role: 'department', dept: `HS-IDOC-${randomUUID().slice(0, 6)}`, jur: 'hongshan' });
    const bytes = pdfBytes(`实施方案 ${randomUUID()}`);
    const request = { type: '实施方案', title: '幂等上传实施方案', contentType: 'application/pdf', size: bytes.length, sha256: sha256Of(bytes) };
    // Warm the function first: a cold start on a loaded machine can time out (504) before the first answer.
    const unkeyed = await eventually(() => http.post('/v1/documents/uploads', request, dept), (r) => r.status === 201);
    const k = key();
    const first = await http.post('/v1/documents/uploads', request, dept, { 'idempotency-key': k });
    const retry = await http.post('/v1/documents/uploads', { ...request }, dept, { 'idempotency-key': k });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Another declaration with the key is another request: refused, no ticket.
    const reused = await http.post('/v1/documents/uploads', { ...request, title: '另一份' }, dept, { 'idempotency-key': k });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Without a key, the same declaration was a new upload (a new id).
    expect(unkeyed.body.uploadId).not.toBe(first.body.uploadId);

    const put = await fetch(first.body.url, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: Buffer.from(bytes) });
    expect(put.status).toBe(200);
    const ck = key();
    const path = `/v1/documents/uploads/${first.body.uploadId}/complete`;
    const done = await http.post(path, {}, dept, { 'idempotency-key': ck });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.document).toMatchObject({ sha256: sha256Of(bytes), uploadId: first.body.uploadId });
    const again = await http.post(path, {}, dept, { 'idempotency-key': ck });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(done.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // The key names the first upload's completion; completing another upload with it is refused.
    const other = await http.post(`/v1/documents/uploads/${unkeyed.body.uploadId}/complete`, {}, dept, { 'idempotency-key': ck });
    expect(other.status).toBe(422);
    expect(other.body.error.details).toEqual([expect.objectContaining({ path: 'headers.idempotency-key' })]);
    // A malformed key is a 400 with the header named.
    const bad = await http.post(path, {}, dept, { 'idempotency-key': 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('headers.idempotency-key');
  });

  it('a retried mark-as-read answers the first answer (the first readAt)', async () => {
    const DEPT = `SD-IREAD-${randomUUID().slice(0, 6)}`;
    const dept = await token({ sub: 'idem-read', role: 'department', dept: DEPT, jur: 'shandong' });
    const bureau = await token({ sub: 'idem-read-bureau', role: 'bureau', jur: 'shandong' });
    const id = (await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild({ name: '山东省已读幂等示范系统' })), dept)).body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
    }
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '5800000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'construction_completed', date: '2026-04-30' }, dept)).status).toBe(201);
    const scan = await fetch(`http://127.0.0.1:${E2E_PORTS.lambda}/2015-03-31/functions/gov-it-lifecycle-local-acceptanceTracker/invocations`, { method: 'POST', body: JSON.stringify({ job: 'daily-deadline-scan', on: '2026-07-16' }) });
    expect(scan.status).toBe(200);
    const [n] = (await http.get('/v1/notifications', dept)).body.items.filter((x: { projectId: string }) => x.projectId === id);
    expect(n).toMatchObject({ kind: 'reminder', ruleId: 'SD-23-apply-3m' });

    const k = key();
    const first = await http.post(`/v1/notifications/${n.id}/read`, {}, dept, { 'idempotency-key': k });
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    const retry = await http.post(`/v1/notifications/${n.id}/read`, {}, dept, { 'idempotency-key': k });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.body.readAt).toBe(first.body.readAt);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    // The key is the caller's own: another department's request with it is its own (and finds no such notification).
    const stranger = await http.post(`/v1/notifications/${n.id}/read`, {}, await token({ sub: 'x', role: 'department', dept: 'SD-OTHER', jur: 'shandong' }), { 'idempotency-key': k });
    expect(stranger.status).toBe(404);
  });
});
