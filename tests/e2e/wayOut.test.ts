/**
 * No dead ends (issue 10 §2), over HTTP against the whole local stack: a shandong project admitted and approved
 * without the 省政务服务管理办公室审核意见 is denied at the gate (SD-09, absolute: no override); the department
 * uploads the opinion, the bureau records it as an authority record, and the gate answers allow. The bureau then
 * reopens a closed review with a reason the department sees, and decides it again.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { pdfBytes, sha256Of, uploadDocument, withUploadedDocuments } from '../support/documents.js';
import { bijieDemandPlan, shandongBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const OPINION = '省政务服务管理办公室审核意见';

describe('shandong: admitted without the 审核意见, denied, the opinion recorded later, allowed', () => {
  it('walks the way out of SD-09 to allow', async () => {
    const dept = await token({ sub: 'sd-wo-dept', role: 'department', dept: 'SD-WAYOUT', jur: 'shandong' });
    const bureau = await token({ sub: 'sd-wo-bureau', role: 'bureau', jur: 'shandong' });
    const finance = await token({ sub: 'sd-wo-finance', role: 'finance', jur: 'shandong' });

    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild({ name: '山东省人社一体化公共服务平台(出路)' })), dept, { 'idempotency-key': `wayout-${Date.now()}` });
    expect(created.status).toBe(202);
    const id = created.body.id;
    const settled = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    const tasks: { ruleId: string }[] = settled.body.preReview.reviewerTasks;
    if (settled.body.status !== 'in_library') {
      const r = await http.post(`/v1/projects/${id}/reviews`, { decisions: tasks.map((t) => ({ ruleId: t.ruleId, result: 'pass' })) }, bureau);
      expect(r.body.status).toBe('in_library');
    }
    // Approved with no opinion on record: the dead end.
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '8600000.00' }, bureau)).status).toBe(201);
    expect((await http.post('/v1/budget-gate/decisions', { projectId: id, ruleId: 'SD-28-sharing-basis', result: 'pass', comment: '共享范围已核' }, bureau)).status).toBe(201);

    const payment = { question: 'payment', projectId: id, amount: '1000000.00', purpose: 'construction', fiscalYear: 2026 };
    const denied = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(denied.status).toBe(200);
    expect(denied.body.answer).toBe('deny');
    expect(denied.body.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'SD-09-opinion-prereq', outcome: 'DENY-PAY', overridable: false })]));
    const refused = await http.post('/v1/budget-gate/overrides', { projectId: id, ruleId: 'SD-09-opinion-prereq', reason: '补办', documentRef: '鲁政服办〔2026〕1号' }, bureau);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('RULE_NOT_OVERRIDABLE');

    // The department uploads the opinion it received, naming the project; the bureau records it.
    const bytes = pdfBytes(`${OPINION} ${id}`);
    const { complete } = await uploadDocument(http, dept, { type: OPINION, title: '关于人社一体化公共服务平台(二期)的审核意见', projectId: id }, bytes);
    expect(complete.status).toBe(200);
    const record = { name: OPINION, kind: 'opinion', date: '2026-02-20', document: { sha256: sha256Of(bytes) }, note: '集中评审后出具' };
    const byDept = await http.post(`/v1/projects/${id}/authority-records`, record, dept);
    expect(byDept.status).toBe(403);
    const byFinance = await http.post(`/v1/projects/${id}/authority-records`, record, finance);
    expect(byFinance.status).toBe(403);
    const future = await http.post(`/v1/projects/${id}/authority-records`, { ...record, date: '2099-01-01' }, bureau);
    expect(future.status).toBe(400);
    const key = `wayout-ar-${id}`;
    const recorded = await http.post(`/v1/projects/${id}/authority-records`, record, bureau, { 'idempotency-key': key });
    expect(recorded.status).toBe(201);
    expect(recorded.body.record).toMatchObject({ name: OPINION, kind: 'opinion', authority: '省政务服务管理办公室', date: '2026-02-20', result: 'pass', document: { sha256: sha256Of(bytes), type: OPINION } });
    const replay = await http.post(`/v1/projects/${id}/authority-records`, record, bureau, { 'idempotency-key': key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.version).toBe(recorded.body.version);

    const allowed = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(allowed.body.reasons.map((r: { ruleId: string }) => r.ruleId)).not.toContain('SD-09-opinion-prereq');
    expect(allowed.body.answer).toBe('allow');

    // Visible to the department: the facts, the list and the event.
    const detail = await http.get(`/v1/projects/${id}`, dept);
    expect(detail.body.lifecycle.status.reviews[OPINION]).toBe('pass');
    expect((await http.get(`/v1/projects/${id}/authority-records`, dept)).body.items).toHaveLength(1);
    const events = (await http.get(`/v1/projects/${id}/events`, dept)).body.items;
    expect(events.filter((e: { type: string }) => e.type === 'authority_recorded')).toHaveLength(1);

    // The bureau reopens a closed review with a reason; the department sees it; the item is decided again.
    const decided = Object.keys(detail.body.lifecycle.status.decisions ?? {});
    expect(decided.length, 'the shandong project was admitted by reviewer decisions').toBeGreaterThan(0);
    {
      const item = decided[0];
      const closed = await http.post(`/v1/projects/${id}/reviews`, { decisions: [{ ruleId: item, result: 'pass' }] }, bureau);
      expect(closed.status).toBe(409);
      const reopened = await http.post(`/v1/projects/${id}/reviews/${encodeURIComponent(item)}/reopen`, { reason: '复核评审材料' }, bureau, { 'idempotency-key': `wayout-reopen-${id}` });
      expect(reopened.status).toBe(201);
      expect(reopened.body).toMatchObject({ item, reason: '复核评审材料', reopened: [item] });
      const seen = await http.get(`/v1/projects/${id}`, dept);
      expect(seen.body.reopenedReviews[item].reason).toBe('复核评审材料');
      const again = await http.post(`/v1/projects/${id}/reviews`, { decisions: [{ ruleId: item, result: 'pass', comment: '复核通过' }] }, bureau);
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('in_library');
    }
  });
});

describe('bijie: a library project outside the approved annual plan, denied; the plan inclusion recorded, allowed', () => {
  it('walks BJ-10-library-and-plan to allow through authority records', async () => {
    const dept = await token({ sub: 'bj-wo-dept', role: 'department', dept: 'BJ-WAYOUT', jur: 'bijie' });
    const bureau = await token({ sub: 'bj-wo-bureau', role: 'bureau', jur: 'bijie' });
    const finance = await token({ sub: 'bj-wo-finance', role: 'finance', jur: 'bijie' });
    const app = bijieDemandPlan({ name: '毕节市智慧教育公共服务平台(出路)' });
    app.documents = [...app.documents, { type: '需求方案评审报告', title: '毕节市智慧教育公共服务平台需求方案评审报告', sha256: 'ab'.repeat(32) }];
    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, app), dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    let p = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned', 'rejected'].includes(r.body?.status));
    for (let round = 0; round < 3 && p.body.status === 'pending_review'; round++) {
      const decisions = p.body.preReview.reviewerTasks.map((x: { ruleId: string }) => ({ ruleId: x.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${id}/reviews`, { decisions, reviews: { 密码应用方案专家评审: 'pass', 需求方案初审: 'pass', 需求方案评审: 'pass' } }, bureau)).status).toBe(200);
      p = await http.get(`/v1/projects/${id}`, dept);
    }
    expect(p.body.status, JSON.stringify(p.body.preReview?.blocking)).toBe('in_library');
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '2800000.00' }, bureau)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept)).status).toBe(201);

    const payment = { question: 'payment', projectId: id, amount: '500000.00', purpose: 'construction', fiscalYear: 2026, fundingSource: 'local_fiscal' };
    const denied = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(denied.body.answer).toBe('deny');
    expect(denied.body.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'BJ-10-library-and-plan', outcome: 'DENY-PAY' })]));

    // 市人民政府 approved the annual plan that lists the project; 财政部门 reviewed it: each recorded with its document.
    const bytes = pdfBytes(`毕府批 年度实施计划 ${id}`);
    expect((await uploadDocument(http, dept, { type: '年度实施计划', title: '毕节市2026年度政务信息化项目实施计划(市人民政府批准)', projectId: id }, bytes)).complete.status).toBe(200);
    const document = { sha256: sha256Of(bytes) };
    for (const [name, kind] of [['年度实施计划', 'annual_plan'], ['年度实施计划(市人民政府批准)', 'approval'], ['财政部门预算审核', 'opinion']] as const) {
      const r = await http.post(`/v1/projects/${id}/authority-records`, { name, kind, date: '2026-02-10', document }, bureau);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const detail = await http.get(`/v1/projects/${id}`, dept);
    expect(detail.body.lifecycle.status).toMatchObject({ inAnnualPlan: true, reviews: { '年度实施计划(市人民政府批准)': 'pass', 财政部门预算审核: 'pass' } });
    const allowed = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(allowed.body.reasons.map((r: { ruleId: string }) => r.ruleId)).not.toContain('BJ-10-library-and-plan');
    expect(allowed.body.answer, JSON.stringify(allowed.body.reasons)).toBe('allow');
  });
});
