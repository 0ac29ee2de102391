/** The plan cycle on the in-memory store: cut-offs per jurisdiction, drafting, envelope, approvals, issue, adjustment. */
import { describe, expect, it } from 'vitest';
import {
  addTemporaryLine, annualPlanFor, issuePlan, missedCutoff, MemoryPlanStore, openPlanAdjustment, openPlanCall, planReport,
  PLAN_REGULATIONS, readPlan, recordPlanApproval, removePlanLine, setPlanEnvelope, setPlanLine, submitPlanForApproval,
  type Caller, type LibraryProject,
} from '@gov/domain';

const now = new Date('2026-07-10T02:00:00Z');
const bureau = (jur: string): Caller => ({ sub: `bureau-${jur}`, role: 'bureau', jur });
const finance = (jur: string): Caller => ({ sub: `finance-${jur}`, role: 'finance', jur });
const admin: Caller = { sub: 'admin', role: 'admin', jur: 'hongshan' };

function storeWith(jur: string, ...projects: Partial<LibraryProject>[]) {
  const s = new MemoryPlanStore();
  projects.forEach((p, i) => {
    const id = p.id ?? `p-${i + 1}`;
    s.projects.set(id, { id, jurisdiction: jur, departmentId: 'D001', name: `项目${i + 1}`, status: 'in_library', category: 'build', submittedOn: '2026-06-01', amountTotal: 100_00, fundingSources: ['local_fiscal'], ...p });
  });
  return s;
}

describe('cut-offs (原则上: a late submission is flagged, not refused), both sides per jurisdiction', () => {
  const cases: [string, string, string][] = [
    ['hongshan', '2026-06-30', '2026-07-01'],
    ['xichuan', '2026-06-30', '2026-07-01'],
    ['jinjiang', '2027-06-30', '2027-07-01'],
  ];
  for (const [jur, onTime, late] of cases) {
    it(`${jur}: plan 2027, ${onTime} on time, ${late} late`, () => {
      const cutoffs = PLAN_REGULATIONS[jur as 'hongshan'].cutoffs(2027);
      expect(missedCutoff(cutoffs, onTime)).toBeUndefined();
      expect(missedCutoff(cutoffs, late)?.date).toBe(onTime);
    });
  }
  it('jinjiang has two batches: 12月底 of the year before and 6月底 of the plan year', () => {
    expect(PLAN_REGULATIONS.jinjiang.cutoffs(2027)).toEqual([{ batch: '第一批', date: '2026-12-31' }, { batch: '第二批', date: '2027-06-30' }]);
  });
  it('bijie and shandong fix no date: nothing is late unless the bureau sets one', () => {
    expect(PLAN_REGULATIONS.bijie.cutoffs(2027)).toEqual([]);
    expect(missedCutoff([], '2099-01-01')).toBeUndefined();
    expect(missedCutoff([{ batch: '年度', date: '2026-09-30' }], '2026-09-30')).toBeUndefined();
    expect(missedCutoff([{ batch: '年度', date: '2026-09-30' }], '2026-10-01')?.date).toBe('2026-09-30');
  });
  it('a line from a late project carries the flag; an on-time one does not', async () => {
    const store = storeWith('hongshan', { id: 'ok', submittedOn: '2026-06-30' }, { id: 'late', submittedOn: '2026-07-01' });
    const ctx = { store, caller: bureau('hongshan'), now };
    await openPlanCall(ctx, { year: 2027 });
    await setPlanLine(ctx, 'plan-hongshan-2027', { projectId: 'ok', amount: 1, fundingSource: 'local_fiscal', reason: '列入' });
    const p = await setPlanLine(ctx, 'plan-hongshan-2027', { projectId: 'late', amount: 1, fundingSource: 'local_fiscal', reason: '列入' });
    expect(p.draft!.lines.find((l) => l.projectId === 'ok')!.late).toBeUndefined();
    expect(p.draft!.lines.find((l) => l.projectId === 'late')!.late).toEqual({ cutoff: '2026-06-30', submittedOn: '2026-07-01' });
  });
  it('the bureau may not set cut-offs where the regulation fixes them; it may in bijie', async () => {
    const store = storeWith('hongshan');
    await expect(openPlanCall({ store, caller: bureau('hongshan'), now }, { year: 2027, cutoffs: [{ batch: 'x', date: '2026-08-01' }] })).rejects.toMatchObject({ code: 'CUTOFFS_FIXED_BY_REGULATION' });
    const bj = await openPlanCall({ store, caller: bureau('bijie'), now }, { year: 2027, cutoffs: [{ batch: '年度', date: '2026-09-30' }] });
    expect(bj.call.cutoffs).toEqual([{ batch: '年度', date: '2026-09-30' }]);
  });
});

describe('the year of bijie: call, draft, envelope, 市人民政府, issue, adjust', () => {
  const id = 'plan-bijie-2027';
  async function issued() {
    const store = storeWith('bijie', { id: 'a', amountTotal: 50_000_000 }, { id: 'b', departmentId: 'D002', category: 'om_service' }, { id: 'x', status: 'returned' });
    const b = { store, caller: bureau('bijie'), now };
    await openPlanCall(b, { year: 2027 });
    await setPlanLine(b, id, { projectId: 'a', amount: 33_333_333, fundingSource: 'local_fiscal', reason: '列入' });
    await setPlanLine(b, id, { projectId: 'b', amount: 66_666_667, fundingSource: 'upper_fiscal', reason: '列入' });
    await setPlanEnvelope({ store, caller: finance('bijie'), now }, id, { amount: 100_000_000, on: '2026-11-01', documentRef: '毕财预〔2026〕1号' });
    await submitPlanForApproval(b, id, { reason: '报市人民政府' });
    await recordPlanApproval({ store, caller: admin, now }, id, { body: '市人民政府', decision: 'approved', on: '2026-12-15', documentRef: '毕府批〔2026〕9号' });
    return { store, b, plan: await issuePlan(b, id, { on: '2026-12-20' }) };
  }

  it('totals are exact in fen by department, category and funding source', async () => {
    const { plan, store } = await issued();
    const view = await readPlan(store, bureau('bijie'), id);
    expect(view.issuedTotals).toEqual({
      total: 100_000_000,
      byDepartment: { D001: 33_333_333, D002: 66_666_667 },
      byCategory: { build: 33_333_333, om_service: 66_666_667 },
      byFundingSource: { local_fiscal: 33_333_333, upper_fiscal: 66_666_667 },
    });
    expect(plan.issued!.approvals.map((a) => a.body)).toEqual(['市人民政府']);
  });

  it('the issued plan is what a project carries in its facts, by its own id or the library project it names', async () => {
    const { store } = await issued();
    const line = await annualPlanFor(store, { id: 'a', jurisdiction: 'bijie', application: { targetYear: 2027 } });
    expect(line).toEqual({ planId: id, edition: 1, year: 2027, issuedOn: '2026-12-20', amount: 33_333_333, fundingSource: 'local_fiscal', approvedBy: ['市人民政府'] });
    expect(await annualPlanFor(store, { id: 'svc', jurisdiction: 'bijie', application: { targetYear: 2027, fields: { 入库项目编号: 'b' } } })).toMatchObject({ amount: 66_666_667 });
    expect(await annualPlanFor(store, { id: 'a', jurisdiction: 'bijie', application: { targetYear: 2028 } })).toBeUndefined();
  });

  it('an issued plan cannot be edited; an adjustment is edition 2 with its own approval, edition 1 stays in force until then', async () => {
    const { store, b } = await issued();
    await expect(setPlanLine(b, id, { projectId: 'a', amount: 1, fundingSource: 'local_fiscal', reason: '改' })).rejects.toMatchObject({ code: 'NO_DRAFT' });
    await openPlanAdjustment(b, id, { reason: '动态调整:项目a缩减' });
    await setPlanLine(b, id, { projectId: 'a', amount: 30_000_000, fundingSource: 'local_fiscal', reason: '缩减' });
    expect((await annualPlanFor(store, { id: 'a', jurisdiction: 'bijie', application: { targetYear: 2027 } }))!.amount).toBe(33_333_333);
    await expect(issuePlan(b, id, {})).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    await submitPlanForApproval(b, id, { reason: '报批调整' });
    await recordPlanApproval({ store, caller: admin, now }, id, { body: '市人民政府', decision: 'approved', on: '2027-05-01', documentRef: '毕府批〔2027〕2号' });
    const p = await issuePlan(b, id, { on: '2027-05-02' });
    expect(p.issued!.edition).toBe(2);
    expect(p.superseded!.map((e) => e.edition)).toEqual([1]);
    expect(await annualPlanFor(store, { id: 'a', jurisdiction: 'bijie', application: { targetYear: 2027 } })).toMatchObject({ edition: 2, amount: 30_000_000, issuedOn: '2027-05-02' });
    const types = (await store.events(id)).map((e) => e.type);
    expect(types).toEqual(['call_opened', 'plan_line_set', 'plan_line_set', 'envelope_set', 'submitted_for_approval', 'approval_recorded', 'plan_issued', 'adjustment_opened', 'plan_line_set', 'submitted_for_approval', 'approval_recorded', 'plan_issued']);
  });

  it('bijie has no temporary additions outside the plan', async () => {
    const { b } = await issued();
    await expect(addTemporaryLine(b, id, { projectId: 'x', amount: 1, fundingSource: 'local_fiscal', reason: 'r', body: '市人民政府', on: '2027-01-01', documentRef: 'd' })).rejects.toMatchObject({ code: 'NO_TEMPORARY_ADDITIONS' });
  });

  it('only library projects; a department sees only its own issued lines; the report compares plan, library and paid', async () => {
    const { store, b } = await issued();
    await openPlanAdjustment(b, id, { reason: '增补' });
    await expect(setPlanLine(b, id, { projectId: 'x', amount: 1, fundingSource: 'local_fiscal', reason: 'r' })).rejects.toMatchObject({ code: 'NOT_IN_LIBRARY' });
    const dept = await readPlan(store, { sub: 'd', role: 'department', dept: 'D002', jur: 'bijie' }, id);
    expect((dept.issued as { lines: { projectId: string }[] }).lines.map((l) => l.projectId)).toEqual(['b']);
    await expect(readPlan(store, bureau('hongshan'), id)).rejects.toMatchObject({ status: 404 });
    const payments = { a: [{ date: '2027-03-01', amount: 10_000_001 }] } as Record<string, { date: string; amount: number }[]>;
    const r = await planReport(store, bureau('bijie'), id, async (pid) => payments[pid] ?? []);
    expect(r.byDepartment.find((x) => x.key === 'D001')).toEqual({ key: 'D001', planned: 33_333_333, library: 50_000_000, paid: 10_000_001 });
  });
});

describe('hongshan: the envelope, the approval order and idempotency', () => {
  const id = 'plan-hongshan-2027';
  it('a draft over the envelope is refused, at the envelope it goes; the wrong body cannot approve; a rejection reopens the draft', async () => {
    const store = storeWith('hongshan', { id: 'a' });
    const b = { store, caller: bureau('hongshan'), now };
    await openPlanCall(b, { year: 2027 });
    await setPlanLine(b, id, { projectId: 'a', amount: 58_000_001, fundingSource: 'local_fiscal', reason: '列入' });
    await expect(submitPlanForApproval(b, id, { reason: 'r' })).rejects.toMatchObject({ code: 'NO_ENVELOPE' });
    await setPlanEnvelope({ store, caller: finance('hongshan'), now }, id, { amount: 58_000_000, on: '2026-11-01', documentRef: 'f1' });
    await expect(submitPlanForApproval(b, id, { reason: 'r' })).rejects.toMatchObject({ code: 'OVER_ENVELOPE', message: expect.stringContaining('580000.01') });
    await setPlanEnvelope({ store, caller: finance('hongshan'), now }, id, { amount: 58_000_001, on: '2026-11-02', documentRef: 'f2' });
    await submitPlanForApproval(b, id, { reason: 'r' });
    await expect(recordPlanApproval({ store, caller: admin, now }, id, { body: '市人民政府', decision: 'approved', on: '2026-12-01', documentRef: 'x' })).rejects.toMatchObject({ code: 'WRONG_APPROVER' });
    const back = await recordPlanApproval({ store, caller: admin, now }, id, { body: '区人民政府', decision: 'rejected', on: '2026-12-01', documentRef: 'x' });
    expect(back.draft!.stage).toBe('drafting');
  });
  it('jinjiang goes through 领导小组会 → 区委财经委员会 → 区政府常务会议 in order', async () => {
    const store = storeWith('jinjiang', { id: 'a' });
    const b = { store, caller: bureau('jinjiang'), now };
    const jid = 'plan-jinjiang-2027';
    await openPlanCall(b, { year: 2027 });
    await setPlanLine(b, jid, { projectId: 'a', amount: 1, fundingSource: 'local_fiscal', reason: 'r' });
    await setPlanEnvelope({ store, caller: finance('jinjiang'), now }, jid, { amount: 1, on: '2026-11-01', documentRef: 'f' });
    await submitPlanForApproval(b, jid, { reason: 'r' });
    const adm = { store, caller: { ...admin, jur: 'jinjiang' }, now };
    await expect(recordPlanApproval(adm, jid, { body: '区政府常务会议', decision: 'approved', on: '2026-12-01', documentRef: 'x' })).rejects.toMatchObject({ code: 'WRONG_APPROVER' });
    for (const body of ['领导小组会', '区委财经委员会']) await recordPlanApproval(adm, jid, { body, decision: 'approved', on: '2026-12-01', documentRef: 'x' });
    await expect(issuePlan(b, jid, {})).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    await recordPlanApproval(adm, jid, { body: '区政府常务会议', decision: 'approved', on: '2026-12-02', documentRef: 'y' });
    const p = await issuePlan(b, jid, {});
    const t = await addTemporaryLine(b, jid, { projectId: 'a', amount: 1, fundingSource: 'local_fiscal', reason: 'r', body: '区委', on: '2027-01-01', documentRef: 'd' }).catch((e) => e);
    expect(t.code).toBe('ALREADY_IN_PLAN');
    expect(p.issued!.approvals.map((a) => a.body)).toEqual(['领导小组会', '区委财经委员会', '区政府常务会议']);
  });
  it('the same Idempotency-Key with the same body adds no event; with another body it is refused', async () => {
    const store = storeWith('hongshan', { id: 'a' });
    const b = { store, caller: bureau('hongshan'), now, key: 'k-00000001' };
    await openPlanCall({ ...b, key: 'k-open-0001' }, { year: 2027 });
    await openPlanCall({ ...b, key: 'k-open-0001' }, { year: 2027 });
    const input = { projectId: 'a', amount: 5, fundingSource: 'local_fiscal', reason: 'r' };
    await setPlanLine(b, id, input);
    await setPlanLine(b, id, input);
    expect((await store.events(id)).length).toBe(2);
    await expect(setPlanLine(b, id, { ...input, amount: 6 })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    await expect(openPlanCall({ ...b, key: 'k-open-0002' }, { year: 2027 })).rejects.toMatchObject({ code: 'PLAN_EXISTS' });
    const magic = await setPlanLine({ ...b, key: '__proto__' }, id, { ...input, amount: 7 });
    expect(magic.draft!.lines[0].amount).toBe(7);
    expect((await setPlanLine({ ...b, key: '__proto__' }, id, { ...input, amount: 7 })).version).toBe(magic.version);
    expect(Object.keys(magic.keys)).toContain('k:__proto__');
    await removePlanLine({ ...b, key: undefined }, id, { projectId: 'a', reason: '撤出' });
    expect((await store.get(id))!.draft!.lines).toEqual([]);
  });
});
