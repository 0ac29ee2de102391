/**
 * The life of a project after admission, over HTTP against the whole local stack (shandong): admitted, approved,
 * contract signed and filed late, construction completed, not accepted in time, flagged by the scheduled function
 * (invoked through serverless-offline's Lambda endpoint with an injected evaluation day), then accepted and the
 * flag closed; the budget gate denies the final instalment before acceptance and allows it after.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { E2E_PORTS } from '../setup/ports.js';
import { api, eventually, token } from '../support/api.js';
import { withUploadedDocuments } from '../support/documents.js';
import { shandongBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function invokeScheduled(fn: 'acceptanceTracker' | 'filing', input: Record<string, unknown>) {
  const r = await fetch(`http://127.0.0.1:${E2E_PORTS.lambda}/2015-03-31/functions/gov-it-lifecycle-local-${fn}/invocations`, { method: 'POST', body: JSON.stringify(input) });
  expect(r.status).toBe(200);
  return r.json();
}

describe('shandong project: filed late, accepted late, flagged, closed; the gate denies then allows', () => {
  it('runs the whole life over HTTP', async () => {
    const dept = await token({ sub: 'sd-dept', role: 'department', dept: 'SD-LIFE', jur: 'shandong' });
    const bureau = await token({ sub: 'sd-bureau', role: 'bureau', jur: 'shandong' });
    const finance = await token({ sub: 'sd-finance', role: 'finance', jur: 'shandong' });
    const otherFinance = await token({ sub: 'hs-finance', role: 'finance', jur: 'hongshan' });
    const auditor = await token({ sub: 'sd-auditor', role: 'auditor', jur: 'shandong' });

    // Admitted: submitted, pre-reviewed, every reviewer task decided by the bureau.
    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild()), dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      const r = await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau);
      expect(r.body.status).toBe('in_library');
    }

    // Bad input writes nothing; a department cannot record the approval; nothing payment-relevant before approval.
    const before = (await http.get(`/v1/projects/${id}/events`, dept)).body.items.length;
    const bad = await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-02-30x' }, dept);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02' }, dept)).status).toBe(403);
    const early = await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('MILESTONE_OUT_OF_ORDER');
    expect((await http.get(`/v1/projects/${id}/events`, dept)).body.items.length).toBe(before);

    const approval = await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '5800000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau);
    expect(approval.status).toBe(201);

    // Contract signed on 2026-03-10: the 5-working-day filing is due 2026-03-17.
    const signed = await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept);
    expect(signed.status).toBe(201);
    expect(signed.body.obligations).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'SD-13-contract-5wd', due: '2026-03-17', state: 'open' })]));

    // An incomplete filing is refused with what is missing, and not recorded.
    const incomplete = await http.post('/v1/filings', { type: 'contract', projectId: id, filedOn: '2026-03-24', fields: { 项目名称: '山东省政务服务事项协同系统', 项目建设单位: '省政务服务中心' } }, dept);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('FILING_INCOMPLETE');
    expect(incomplete.body.error.details.map((d: { message: string }) => d.message).join()).toMatch(/合同文本/);

    const filed = await http.post('/v1/filings', { type: 'contract', projectId: id, filedOn: '2026-03-24', fields: { 项目名称: '山东省政务服务事项协同系统', 项目建设单位: '省政务服务中心' }, attachments: ['合同文本'] }, dept);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ outcome: 'complete', recorded: true, late: true });
    expect(filed.body.findings.find((f: { ruleId: string; outcome: string }) => f.ruleId === 'SD-13-contract-5wd' && f.outcome === 'FLAG').message).toMatch(/逾期/);

    // Completed 2026-04-30: the acceptance application is due 2026-07-30 (same day of the month) and is not made.
    const completed = await http.post(`/v1/projects/${id}/milestones`, { type: 'construction_completed', date: '2026-04-30' }, dept);
    expect(completed.body.obligations).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'SD-23-apply-3m', due: '2026-07-30' })]));
    await http.post('/v1/budget-gate/decisions', { projectId: id, ruleId: 'SD-28-sharing-basis', result: 'pass', comment: '共享范围已核' }, bureau);

    // The gate: the final instalment of an unaccepted, completed project is denied (SD-23, A-13).
    const payment = { question: 'payment', projectId: id, amount: '5800000.00', purpose: 'final_instalment', fiscalYear: 2026 };
    const denied = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(denied.status).toBe(200);
    expect(denied.body.answer).toBe('deny');
    expect(denied.body.reasons.find((r: { ruleId: string }) => r.ruleId === 'SD-23-unaccepted-no-funds')).toMatchObject({ outcome: 'DENY-PAY', article: '第二十三条', overridable: false });
    expect(denied.body.packVersion).toBeTruthy();
    expect(denied.body.facts.project.dates.constructionCompleted).toBe('2026-04-30');
    expect((await http.post('/v1/budget-gate/checks', payment, otherFinance)).status).toBe(404);
    expect((await http.post('/v1/budget-gate/checks', payment, dept)).status).toBe(403);

    // The daily scan (as the schedule runs it) flags the overdue acceptance.
    const scan = await invokeScheduled('acceptanceTracker', { job: 'daily-deadline-scan', on: today });
    expect(scan.flagsRaised).toBeGreaterThanOrEqual(1);
    const flags = await http.get(`/v1/flags?type=overdue_acceptance&status=open&department=SD-LIFE`, auditor);
    expect(flags.status).toBe(200);
    const flag = flags.body.items.find((f: { projectId: string }) => f.projectId === id);
    expect(flag).toMatchObject({ ruleId: 'SD-23-apply-3m', due: '2026-07-30', status: 'open', jurisdiction: 'shandong' });
    expect((await http.get(`/v1/flags`, finance)).status).toBe(403);
    const events = (await http.get(`/v1/projects/${id}/events`, dept)).body.items.map((e: { type: string }) => e.type);
    expect(events).toContain('flags_raised');

    // Accepted: the flag closes in the same transaction, and the gate allows the final instalment.
    // SD 第二十二条: acceptance is the 项目审批部门's (organised or delegated), so the project unit cannot record it.
    const claimed = await http.post(`/v1/projects/${id}/milestones`, { type: 'acceptance_passed', date: today, organiser: '项目审批部门' }, dept);
    expect(claimed.status).toBe(403);
    expect(claimed.body.error.code).toBe('FORBIDDEN');
    const accepted = await http.post(`/v1/projects/${id}/milestones`, { type: 'acceptance_passed', date: today, organiser: '项目审批部门' }, bureau);
    expect(accepted.status).toBe(201);
    expect(accepted.body.flagsClosed.map((f: { flagId: string }) => f.flagId)).toContain(flag.id);
    const closed = await http.get(`/v1/flags?status=closed&department=SD-LIFE`, auditor);
    expect(closed.body.items.find((f: { id: string }) => f.id === flag.id)).toMatchObject({ status: 'closed', closedOn: today });
    const allowed = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(allowed.body.answer).toBe('allow');
  });
});
