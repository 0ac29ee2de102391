/**
 * The annual plan cycle over HTTP (issue 14), hongshan: an approval application held by HS-12-plan-precondition;
 * the bureau opens the call, drafts the plan from the library, finance sets the envelope, the admin records
 * 区人民政府's approval, the plan is issued (下达) and frozen; the same approval application is then allowed,
 * citing the plan. The workbook is opened and its cells checked; an adjustment opens edition 2.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanImplementationBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const PLAN = '/v1/plans/plan-hongshan-2027';
const DONE = ['returned', 'rejected', 'pending_review', 'in_library'];
const t: Record<string, string> = {};

beforeAll(async () => {
  t.dept = await token({ sub: 'plan-dept', role: 'department', dept: 'D-PLAN', jur: 'hongshan' });
  t.other = await token({ sub: 'plan-other', role: 'department', dept: 'D-OTHER', jur: 'hongshan' });
  t.bureau = await token({ sub: 'plan-bureau', role: 'bureau', jur: 'hongshan' });
  t.finance = await token({ sub: 'plan-finance', role: 'finance', jur: 'hongshan' });
  t.admin = await token({ sub: 'plan-admin', role: 'admin', jur: 'hongshan' });
});

const put = (path: string, body: unknown, tk: string, key?: string) => http.raw('PUT', path, { token: tk, body, headers: key ? { 'idempotency-key': key } : {} });
const post = (path: string, body: unknown, tk: string, key?: string) => http.post(path, body, tk, key ? { 'idempotency-key': key } : {});

async function settled(id: string) {
  return eventually(() => http.get(`/v1/projects/${id}`, t.dept), (r) => DONE.includes(r.body?.status));
}

describe('hongshan: call → draft → envelope → approval → issue, and what the plan unlocks', () => {
  it('runs the year over HTTP', async () => {
    // A library project (入库).
    const lib = await http.post('/v1/projects', await withUploadedDocuments(http, t.dept, hongshanImplementationBuild()), t.dept);
    expect(lib.status).toBe(202);
    const libId: string = lib.body.id;
    const reviewed = await settled(libId);
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((x: { ruleId: string }) => ({ ruleId: x.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${libId}/reviews`, { decisions }, t.bureau)).body.status).toBe('in_library');
    }

    // Its approval application before any plan: held by HS-12-plan-precondition.
    const approvalApp = (n: string) => hongshanImplementationBuild({ name: `政务服务事项标准化管理系统审批申请${n}`, applicationKind: 'approval_application', fields: { ...hongshanImplementationBuild().fields, 入库项目编号: libId } });
    const held = await http.post('/v1/projects', await withUploadedDocuments(http, t.dept, approvalApp('一')), t.dept);
    const heldDone = await settled(held.body.id);
    expect(heldDone.body.status).toBe('rejected');
    expect(heldDone.body.preReview.blocking.map((f: { ruleId: string }) => f.ruleId)).toContain('HS-12-plan-precondition');

    // The call: 第七条 cut-off 6月底 of the year before.
    const call = await post('/v1/plan-calls', { year: 2027 }, t.bureau, 'plan-call-hs-2027');
    expect(call.status).toBe(201);
    expect(call.body.call.cutoffs).toEqual([{ batch: '年度报送', date: '2026-06-30' }]);
    expect((await post('/v1/plan-calls', { year: 2027 }, t.bureau, 'plan-call-hs-2027')).status).toBe(201);
    expect((await post('/v1/plan-calls', { year: 2027 }, t.bureau, 'plan-call-hs-2027b')).body.error.code).toBe('PLAN_EXISTS');
    // Nothing issued yet: a department sees nothing.
    expect((await http.get(PLAN, t.dept)).status).toBe(404);

    // Bad input: a Chinese error with the field path; nothing written.
    const bad = await put(`${PLAN}/lines`, { projectId: libId, amount: '1.234', fundingSource: 'local_fiscal', reason: '列入' }, t.bureau);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('amount');
    expect(bad.body.error.details[0].message).toMatch(/金额/);
    expect((await put(`${PLAN}/lines`, { projectId: held.body.id, amount: '1.00', fundingSource: 'local_fiscal', reason: '列入' }, t.bureau)).body.error.code).toBe('NOT_IN_LIBRARY');
    expect((await put(`${PLAN}/lines`, { projectId: libId, amount: '1.00', fundingSource: 'local_fiscal', reason: 'x' }, t.finance)).status).toBe(403);

    // The draft line, idempotent: the retry does not add an event.
    const line = { projectId: libId, amount: '580000.01', fundingSource: 'local_fiscal', reason: '按轻重缓急列入2027年度计划' };
    const drafted = await put(`${PLAN}/lines`, line, t.bureau, 'plan-line-hs-0001');
    expect(drafted.status).toBe(200);
    expect((await put(`${PLAN}/lines`, line, t.bureau, 'plan-line-hs-0001')).body.version).toBe(drafted.body.version);
    expect(drafted.body.draftTotals).toMatchObject({ total: '580000.01', byDepartment: { 'D-PLAN': '580000.01' }, byFundingSource: { local_fiscal: '580000.01' } });
    // Submitted after the 6月底 cut-off (the stack's clock): flagged, not refused.
    const flagged = drafted.body.draft.lines[0];
    expect(flagged.amount).toBe('580000.01');
    if (new Date().toISOString().slice(0, 10) > '2026-06-30') expect(flagged.late.cutoff).toBe('2026-06-30');

    // Finance's envelope is one fen short: the draft cannot go up; at the total it can.
    await put(`${PLAN}/envelope`, { amount: '580000.00', on: '2026-11-01', documentRef: '红财预〔2026〕12号' }, t.finance);
    const over = await post(`${PLAN}/submissions`, { reason: '报区人民政府审定' }, t.bureau);
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('OVER_ENVELOPE');
    await put(`${PLAN}/envelope`, { amount: '580000.01', on: '2026-11-02', documentRef: '红财预〔2026〕13号' }, t.finance);
    expect((await post(`${PLAN}/submissions`, { reason: '报区人民政府审定' }, t.bureau)).body.draft.stage).toBe('approving');
    expect((await post(`${PLAN}/approvals`, { body: '市人民政府', decision: 'approved', on: '2026-12-10', documentRef: 'x' }, t.admin)).body.error.code).toBe('WRONG_APPROVER');
    const approved = await post(`${PLAN}/approvals`, { body: '区人民政府', decision: 'approved', on: '2026-12-10', documentRef: '红府办〔2026〕88号' }, t.admin);
    expect(approved.body.draft.stage).toBe('approved');

    // 下达: frozen afterwards.
    const issued = await post(`${PLAN}/issue`, { on: '2026-12-20' }, t.bureau);
    expect(issued.body.issued).toMatchObject({ edition: 1, issuedOn: '2026-12-20' });
    expect(issued.body.issuedTotals.total).toBe('580000.01');
    const frozen = await put(`${PLAN}/lines`, { ...line, amount: '1.00' }, t.bureau);
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('NO_DRAFT');

    // Departments read the issued lines of their own projects only.
    expect((await http.get(PLAN, t.dept)).body.issued.lines.map((l: { projectId: string }) => l.projectId)).toEqual([libId]);
    expect((await http.get(PLAN, t.other)).body.issued.lines).toEqual([]);

    // The same approval application again: HS-12 now allows it and cites the plan.
    const again = await http.post('/v1/projects', await withUploadedDocuments(http, t.dept, approvalApp('二')), t.dept);
    const done = await settled(again.body.id);
    expect(done.body.preReview.blocking.map((f: { ruleId: string }) => f.ruleId)).not.toContain('HS-12-plan-precondition');
    const cite = done.body.classification.findings.find((f: { ruleId: string }) => f.ruleId === 'HS-12-plan-precondition');
    expect(cite.outcome).toBe('SET');
    expect(cite.message).toContain('plan-hongshan-2027 第1版(2026-12-20 下达,计划金额 580000.01 元)');

    // Every change is an event with who and why.
    const events = (await http.get(`${PLAN}/events`, t.admin)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['call_opened', 'plan_line_set', 'envelope_set', 'envelope_set', 'submitted_for_approval', 'approval_recorded', 'plan_issued']);
    expect(events[1]).toMatchObject({ actor: 'plan-bureau', payload: { reason: '按轻重缓急列入2027年度计划' } });
    expect(events[6].prevHash).toBe(events[5].hash);

    // The workbook an approval meeting reads, opened and checked cell by cell; the printable page.
    const wbRes = await fetch(`${stack.baseUrl}${PLAN}/workbook`, { headers: { authorization: `Bearer ${t.finance}` } });
    expect(wbRes.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await wbRes.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('2027年度政务信息化项目计划(第1版,2026-12-20 下达)');
    expect(ws.getRow(2).values).toEqual([undefined, '序号', '项目编号', '项目名称', '项目单位', '类别', '计划金额(元)', '资金来源', '备注']);
    expect([ws.getCell('B3').value, ws.getCell('C3').value, ws.getCell('D3').value, ws.getCell('F3').value, ws.getCell('G3').value]).toEqual([libId, '红山区政务服务事项标准化管理系统', 'D-PLAN', '580000.01', '本级财政资金']);
    expect([ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['合计', '580000.01']);
    const html = await fetch(`${stack.baseUrl}${PLAN}/print`, { headers: { authorization: `Bearer ${t.bureau}` } });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toContain('<td>580000.01</td>');
    expect((await http.get(`${PLAN}/report`, t.finance)).body.byDepartment).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'D-PLAN', planned: '580000.01', paid: '0.00' })]));

    // 动态调整: edition 2 drafts beside edition 1, which stays in force until issued.
    const adj = await post(`${PLAN}/adjustments`, { reason: '年中动态调整' }, t.bureau);
    expect(adj.body.draft).toMatchObject({ edition: 2, stage: 'drafting', reason: '年中动态调整' });
    expect(adj.body.issued.edition).toBe(1);
  });
});
