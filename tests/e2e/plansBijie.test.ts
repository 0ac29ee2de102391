/**
 * The annual plan cycle over HTTP (issue 14), bijie: a 服务方案 held by BJ-13-service-plan-in-plan (第十三条: only
 * projects of the 市人民政府-approved 年度实施计划 compile one); the bureau opens the call with a cut-off of its own
 * (第九条 fixes none), drafts the plan from the library, finance sets the envelope, the admin records 市人民政府's
 * approval (第九条 names no other body), the plan is issued; the same 服务方案 is then allowed, citing the plan. A
 * 动态调整 goes through 市人民政府 again as edition 2, and a later 服务方案 cites edition 2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { bijieDemandPlan } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const PLAN = '/v1/plans/plan-bijie-2027';
const DONE = ['returned', 'rejected', 'pending_review', 'in_library'];
const REVIEWS = { 密码应用方案专家评审: 'pass', 需求方案初审: 'pass', 需求方案评审: 'pass' };
const SERVICE_CHAPTERS = ['服务内容', '经费预算', '功能应用', '数据资源', '网络部署', '安全保障', '技术路线', '密码应用解决方案', '进度安排', '服务保障', '培训计划'];
const t: Record<string, string> = {};

/** The stack's clock as a Shanghai calendar date, shifted by `days`: submissions are recorded on it. */
const shanghaiDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t.dept = await token({ sub: 'bj-plan-dept', role: 'department', dept: 'BJ-JY-PLAN', jur: 'bijie' });
  t.bureau = await token({ sub: 'bj-plan-bureau', role: 'bureau', jur: 'bijie' });
  t.finance = await token({ sub: 'bj-plan-finance', role: 'finance', jur: 'bijie' });
  t.admin = await token({ sub: 'bj-plan-admin', role: 'admin', jur: 'bijie' });
});

const put = (path: string, body: unknown, tk: string, key?: string) => http.raw('PUT', path, { token: tk, body, headers: key ? { 'idempotency-key': key } : {} });
const post = (path: string, body: unknown, tk: string, key?: string) => http.post(path, body, tk, key ? { 'idempotency-key': key } : {});
const ruleIds = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);

async function settled(id: string) {
  const r = await eventually(() => http.get(`/v1/projects/${id}`, t.dept), (x) => DONE.includes(x.body?.status));
  expect(DONE, `project ${id} never left ${r.body?.status}`).toContain(r.body.status);
  return r;
}

/** A 需求方案 with its third-party review report, passed by the 大数据部门 into the library (入库). */
async function libraryProject(): Promise<string> {
  const app = bijieDemandPlan();
  app.documents = [...app.documents, { type: '需求方案评审报告', title: '毕节市智慧教育公共服务平台需求方案评审报告', sha256: 'ab'.repeat(32) }];
  const created = await http.post('/v1/projects', await withUploadedDocuments(http, t.dept, app), t.dept);
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  let p = await settled(created.body.id);
  for (let round = 0; round < 3 && p.body.status === 'pending_review'; round++) {
    const decisions = p.body.preReview.reviewerTasks.map((x: { ruleId: string }) => ({ ruleId: x.ruleId, result: 'pass', comment: '经审核符合要求' }));
    const r = await http.post(`/v1/projects/${created.body.id}/reviews`, { decisions, reviews: REVIEWS }, t.bureau);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    p = await http.get(`/v1/projects/${created.body.id}`, t.dept);
  }
  expect(p.body.status, JSON.stringify(p.body.preReview)).toBe('in_library');
  return created.body.id;
}

/** The 服务方案 (第十三条) that continues library project `libId`. */
async function servicePlan(libId: string, n: string) {
  const base = bijieDemandPlan();
  const app = {
    ...base,
    name: `毕节市智慧教育公共服务平台服务方案${n}`,
    applicationKind: '服务方案',
    documents: [{ type: '服务方案', title: `毕节市智慧教育公共服务平台服务方案${n}`, sha256: 'cd'.repeat(32), chapters: SERVICE_CHAPTERS }, ...base.documents.filter((d) => d.type !== '需求方案')],
    fields: { ...base.fields, 入库项目编号: libId },
  };
  const created = await http.post('/v1/projects', await withUploadedDocuments(http, t.dept, app), t.dept);
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  return settled(created.body.id);
}

const bj13 = (p: { body: any }) =>
  [...(p.body.classification?.findings ?? []), ...(p.body.preReview?.findings ?? [])].find((f: { ruleId: string }) => f.ruleId === 'BJ-13-service-plan-in-plan');

describe('bijie: call → draft → 市人民政府 → issue → 动态调整, and what the plan unlocks', () => {
  it('runs the year over HTTP', async () => {
    const libId = await libraryProject();

    // Before any plan: 第十三条 refuses the 服务方案.
    const held = await servicePlan(libId, '(一)');
    expect(held.body.status).toBe('rejected');
    expect(ruleIds(held.body.preReview.blocking)).toContain('BJ-13-service-plan-in-plan');
    expect(bj13(held).outcome).toBe('REJECT');
    // No call open for 2027 yet: the application says so (tied to nothing), and is not refused for it.
    expect(held.body.planCall).toMatchObject({ planId: 'plan-bijie-2027', callOpen: false, submittedOn: shanghaiDay() });
    expect(held.body.planCall.message).toContain('2027年度计划征集尚未开启');

    // The call: 第九条 fixes no date, so the bureau sets its own. Cut-off yesterday: the project (submitted today)
    // is flagged late on its line, never refused.
    const bad = await post('/v1/plan-calls', { year: 2027, cutoffs: [{ batch: '年度报送', date: '2026-13-01' }] }, t.bureau);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'cutoffs.0.date', message: expect.stringMatching(/日期/) });
    const call = await post('/v1/plan-calls', { year: 2027, cutoffs: [{ batch: '年度报送', date: shanghaiDay(-1) }] }, t.bureau, 'plan-call-bj-2027');
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    expect(call.body.call).toMatchObject({ cutoffs: [{ batch: '年度报送', date: shanghaiDay(-1) }], basis: expect.stringContaining('第九条') });
    expect(call.body.approvers).toEqual(['市人民政府']);

    const line = { projectId: libId, amount: '2800000.00', fundingSource: 'local_fiscal', reason: '列入2027年度拟实施计划' };
    const drafted = await put(`${PLAN}/lines`, line, t.bureau, 'plan-line-bj-0001');
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    expect(drafted.body.draft.lines[0].late).toEqual({ cutoff: shanghaiDay(-1), submittedOn: shanghaiDay() });

    // The other side of the bureau's cut-off: the 2028 call closes today, so the same submission is on time.
    await post('/v1/plan-calls', { year: 2028, cutoffs: [{ batch: '年度报送', date: shanghaiDay() }] }, t.bureau);
    const onTime = await put('/v1/plans/plan-bijie-2028/lines', line, t.bureau);
    expect(onTime.status).toBe(200);
    expect(onTime.body.draft.lines[0].late).toBeUndefined();

    // Finance's envelope; the draft goes to 市人民政府, the only body 第九条 names.
    await put(`${PLAN}/envelope`, { amount: '3000000.00', on: '2026-12-05', documentRef: '毕财预〔2026〕21号' }, t.finance);
    expect((await post(`${PLAN}/submissions`, { reason: '报市人民政府批准' }, t.bureau)).body.draft.stage).toBe('approving');
    const wrong = await post(`${PLAN}/approvals`, { body: '区人民政府', decision: 'approved', on: '2026-12-10', documentRef: 'x' }, t.admin);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'WRONG_APPROVER', details: [{ path: 'body' }] });
    expect(wrong.body.error.message).toContain('市人民政府');
    // Rejected once: back to drafting; then sent again and approved.
    const rejected = await post(`${PLAN}/approvals`, { body: '市人民政府', decision: 'rejected', on: '2026-12-10', documentRef: '毕府办函〔2026〕70号', comment: '请补充绩效目标' }, t.admin);
    expect(rejected.body.draft).toMatchObject({ stage: 'drafting', approvals: [] });
    expect((await post(`${PLAN}/issue`, {}, t.bureau)).body.error.code).toBe('NOT_APPROVED');
    await post(`${PLAN}/submissions`, { reason: '补充后重新报市人民政府批准' }, t.bureau);
    const approved = await post(`${PLAN}/approvals`, { body: '市人民政府', decision: 'approved', on: '2026-12-15', documentRef: '毕府批〔2026〕9号' }, t.admin);
    expect(approved.body.draft.stage).toBe('approved');
    const issued = await post(`${PLAN}/issue`, { on: '2026-12-20' }, t.bureau, 'plan-issue-bj-0001');
    expect(issued.body.issued).toMatchObject({ edition: 1, issuedOn: '2026-12-20', approvals: [{ body: '市人民政府', documentRef: '毕府批〔2026〕9号' }] });
    expect(issued.body.draft).toBeUndefined();

    // The same 服务方案 again: BJ-13 sets it, citing the plan.
    const allowed = await servicePlan(libId, '(二)');
    expect(ruleIds(allowed.body.preReview.blocking)).not.toContain('BJ-13-service-plan-in-plan');
    expect(bj13(allowed)).toMatchObject({ outcome: 'SET' });
    // Tied at intake to the 2027 call, after the bureau's cut-off (yesterday): flagged late for the reviewer, not refused.
    expect(allowed.body.planCall).toMatchObject({ planId: 'plan-bijie-2027', callOpen: true, late: { cutoff: shanghaiDay(-1), batch: '年度报送' } });
    const intake = (await http.get(`/v1/projects/${allowed.body.id}/events`, t.bureau)).body.items[0];
    expect(intake).toMatchObject({ type: 'submitted', payload: { planCall: { planId: 'plan-bijie-2027', late: { cutoff: shanghaiDay(-1) } } } });
    expect(bj13(allowed).message).toContain('2027年度计划 plan-bijie-2027 第1版(2026-12-20 下达,计划金额 2800000.00 元)');

    // 动态调整: edition 2 with its own approval; edition 1 stays in force until edition 2 is issued.
    const adj = await post(`${PLAN}/adjustments`, { reason: '年中动态调整:压减经费' }, t.bureau);
    expect(adj.body.draft).toMatchObject({ edition: 2, stage: 'drafting', reason: '年中动态调整:压减经费' });
    expect((await put(`${PLAN}/lines`, { ...line, amount: '2500000.00', reason: '压减30万元' }, t.bureau)).body.draft.lines[0].amount).toBe('2500000.00');
    expect((await http.get(PLAN, t.dept)).body.issued).toMatchObject({ edition: 1, lines: [{ amount: '2800000.00' }] });
    await post(`${PLAN}/submissions`, { reason: '调整报市人民政府批准' }, t.bureau);
    expect((await post(`${PLAN}/issue`, {}, t.bureau)).body.error.code).toBe('NOT_APPROVED');
    await post(`${PLAN}/approvals`, { body: '市人民政府', decision: 'approved', on: '2027-06-20', documentRef: '毕府批〔2027〕30号' }, t.admin);
    const reissued = await post(`${PLAN}/issue`, { on: '2027-06-25' }, t.bureau);
    expect(reissued.body.issued).toMatchObject({ edition: 2, issuedOn: '2027-06-25' });
    expect(reissued.body.superseded.map((e: { edition: number }) => e.edition)).toEqual([1]);

    const later = await servicePlan(libId, '(三)');
    expect(bj13(later).message).toContain('plan-bijie-2027 第2版(2027-06-25 下达,计划金额 2500000.00 元)');

    const events = (await http.get(`${PLAN}/events`, t.admin)).body.items.map((e: { type: string }) => e.type);
    expect(events).toEqual([
      'call_opened', 'plan_line_set', 'envelope_set', 'submitted_for_approval', 'approval_rejected', 'submitted_for_approval', 'approval_recorded', 'plan_issued',
      'adjustment_opened', 'plan_line_set', 'submitted_for_approval', 'approval_recorded', 'plan_issued',
    ]);
  });
});
