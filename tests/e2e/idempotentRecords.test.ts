/**
 * Idempotency-Key on the recording POSTs over HTTP (docs/decisions/120): reviews, milestones, filings and gate
 * decisions. A retry answers the first answer with `idempotent-replayed: true` and records one event; the same key
 * with another body is 422 and records nothing.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const key = () => `e2e-${randomUUID()}`;

async function eventTypes(id: string, t: string): Promise<string[]> {
  return (await http.get(`/v1/projects/${id}/events`, t)).body.items.map((e: { type: string }) => e.type);
}

describe('Idempotency-Key on recording POSTs', () => {
  it('reviews, milestones, filings and gate decisions: a retry replays, another body is 422', async () => {
    const dept = await token({ sub: 'idem-dept', role: 'department', dept: `SD-IDEM-${randomUUID().slice(0, 6)}`, jur: 'shandong' });
    const bureau = await token({ sub: 'idem-bureau', role: 'bureau', jur: 'shandong' });
    const id = (await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild()), dept)).body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    if (reviewed.body.status === 'pending_review') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      const k = key();
      const first = await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau, { 'idempotency-key': k });
      const retry = await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau, { 'idempotency-key': k });
      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
    }
    expect((await http.get(`/v1/projects/${id}`, dept)).body.status).toBe('in_library');

    // Milestone: the retry (keys in another order) replays; another body with the key is 422; one event.
    const k1 = key();
    const approval = await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '5800000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau, { 'idempotency-key': k1 });
    expect(approval.status).toBe(201);
    const before = await eventTypes(id, dept);
    const again = await http.post(`/v1/projects/${id}/milestones`, { reviews: { 省政务服务管理办公室审核意见: 'pass' }, approvedEstimate: '5800000.00', date: '2026-03-02', type: 'approval' }, bureau, { 'idempotency-key': k1 });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(approval.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const reused = await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-03' }, bureau, { 'idempotency-key': k1 });
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: [{ path: 'headers.idempotency-key' }] });
    expect(reused.body.error.message).toMatch(/Idempotency-Key/);
    expect(await eventTypes(id, dept)).toEqual(before);

    // Filing: today a retried POST /v1/filings recorded a second filing.
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept)).status).toBe(201);
    const filing = { type: 'contract', projectId: id, filedOn: '2026-03-24', fields: { 项目名称: '山东省政务服务事项协同系统', 项目建设单位: '省政务服务中心' }, attachments: ['合同文本'] };
    const k2 = key();
    // Two at once: one records; the other replays its answer, or (if that answer is not stored within the wait, as on
    // a loaded machine) is told 409 IDEMPOTENCY_IN_PROGRESS — never a second filing.
    const racing = await Promise.all([1, 2].map(() => http.post('/v1/filings', filing, dept, { 'idempotency-key': k2 })));
    const first = racing.find((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null)!;
    expect(first, JSON.stringify(racing.map((r) => r.body))).toBeDefined();
    expect(first.body).toMatchObject({ outcome: 'complete', recorded: true });
    for (const r of racing.filter((x) => x !== first)) {
      if (r.status === 201) expect(r.body).toEqual(first.body);
      else expect(r.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    }
    const replay = await http.post('/v1/filings', filing, dept, { 'idempotency-key': k2 });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('location')).toBe(first.headers.get('location'));
    expect((await eventTypes(id, dept)).filter((t) => t === 'filing_recorded')).toHaveLength(1);
    expect((await http.post('/v1/filings', { ...filing, filedOn: '2026-03-25' }, dept, { 'idempotency-key': k2 })).status).toBe(422);

    // Gate decision: one event for two POSTs with the key.
    const k3 = key();
    const decision = { projectId: id, ruleId: 'SD-28-sharing-basis', result: 'pass', comment: '共享范围已核' };
    const d1 = await http.post('/v1/budget-gate/decisions', decision, bureau, { 'idempotency-key': k3 });
    const d2 = await http.post('/v1/budget-gate/decisions', decision, bureau, { 'idempotency-key': k3 });
    expect([d1.status, d2.status]).toEqual([201, 201]);
    expect(d2.body).toEqual(d1.body);
    const types = await eventTypes(id, dept);
    expect(types.length).toBe(before.length + 3); // contract_signed, the filing, the decision
    // An invalid key is refused before anything is recorded.
    const bad = await http.post('/v1/budget-gate/decisions', decision, bureau, { 'idempotency-key': 'short' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('headers.idempotency-key');
    expect(await eventTypes(id, dept)).toEqual(types);
  });
});
