/**
 * The plan stays one DynamoDB item far under 400 KB (docs/decisions/071): lines per edition and bytes of lines are
 * bounded, both sides, for the draft, an adjustment and a temporary addition; superseded editions keep a summary in
 * the state and their lines go to the log. The report counts money paid within the plan's year only.
 */
import { describe, expect, it } from 'vitest';
import {
  addTemporaryLine, editionBytes, issuePlan, MemoryPlanStore, openPlanAdjustment, openPlanCall, paidInYear, paymentsFromEvents, PLAN_LIMITS,
  planReport, recordPlanApproval, setPlanEnvelope, setPlanLine, submitPlanForApproval, type Caller, type PlanState,
} from '@gov/domain';

const now = new Date('2026-07-10T02:00:00Z');
const bureau = (jur: string): Caller => ({ sub: `bureau-${jur}`, role: 'bureau', jur });
const finance = (jur: string): Caller => ({ sub: `finance-${jur}`, role: 'finance', jur });
const admin: Caller = { sub: 'admin', role: 'admin', jur: 'xichuan' };

function store(jur: string, n: number, name = (i: number) => `项目${i}`) {
  const s = new MemoryPlanStore();
  for (let i = 1; i <= n; i++) {
    const id = `p-${i}`;
    s.projects.set(id, { id, jurisdiction: jur, departmentId: 'D001', name: name(i), status: 'in_library', category: 'build', submittedOn: '2026-06-01', amountTotal: 100, fundingSources: ['local_fiscal'] });
  }
  return s;
}

async function drafted(s: MemoryPlanStore, jur: string, year: number, from: number, to: number): Promise<PlanState> {
  const b = { store: s, caller: bureau(jur), now };
  let p: PlanState | undefined;
  for (let i = from; i <= to; i++) p = await setPlanLine(b, `plan-${jur}-${year}`, { projectId: `p-${i}`, amount: 1, fundingSource: 'local_fiscal', reason: '列入' });
  return p!;
}

async function issue(s: MemoryPlanStore, jur: string, id: string, approvers: string[]) {
  const b = { store: s, caller: bureau(jur), now };
  await setPlanEnvelope({ store: s, caller: finance(jur), now }, id, { amount: 1_000_000_000, on: '2026-11-01', documentRef: 'f' });
  await submitPlanForApproval(b, id, { reason: '报批' });
  for (const body of approvers) await recordPlanApproval({ store: s, caller: admin, now }, id, { body, decision: 'approved', on: '2026-12-01', documentRef: 'd' });
  return issuePlan(b, id, { on: '2026-12-20' });
}

const tooMany = { status: 400, code: 'PLAN_TOO_MANY_LINES', details: [{ path: 'projectId', message: expect.stringContaining(`最多列入${PLAN_LIMITS.linesPerEdition}个项目`) }] };

describe('lines per edition', () => {
  const max = PLAN_LIMITS.linesPerEdition;

  it(`the draft takes ${max} lines, not ${max + 1}; changing a line at the limit still works`, async () => {
    const s = store('hongshan', max + 1);
    await openPlanCall({ store: s, caller: bureau('hongshan'), now }, { year: 2027 });
    const full = await drafted(s, 'hongshan', 2027, 1, max);
    expect(full.draft!.lines).toHaveLength(max);
    await expect(drafted(s, 'hongshan', 2027, max + 1, max + 1)).rejects.toMatchObject(tooMany);
    const changed = await setPlanLine({ store: s, caller: bureau('hongshan'), now }, 'plan-hongshan-2027', { projectId: 'p-1', amount: 2, fundingSource: 'local_fiscal', reason: '改' });
    expect(changed.draft!.lines).toHaveLength(max);
    // The stored item with a full draft stays far under 400 KB.
    expect(Buffer.byteLength(JSON.stringify(changed))).toBeLessThan(200_000);
  });

  it('an adjustment and a temporary addition (xichuan XC-08) are bounded the same way', async () => {
    const s = store('xichuan', max + 2);
    const id = 'plan-xichuan-2027';
    await openPlanCall({ store: s, caller: bureau('xichuan'), now }, { year: 2027 });
    await drafted(s, 'xichuan', 2027, 1, max - 1);
    await issue(s, 'xichuan', id, ['县政府']);
    const b = { store: s, caller: bureau('xichuan'), now };
    const temp = { amount: 1, fundingSource: 'local_fiscal', reason: '临时安排', body: '县分管领导', on: '2027-02-01', documentRef: '纪要1' } as const;
    expect((await addTemporaryLine(b, id, { projectId: `p-${max}`, ...temp })).issued!.lines).toHaveLength(max);
    await expect(addTemporaryLine(b, id, { projectId: `p-${max + 1}`, ...temp })).rejects.toMatchObject(tooMany);
    await openPlanAdjustment(b, id, { reason: '动态调整' });
    await expect(drafted(s, 'xichuan', 2027, max + 1, max + 1)).rejects.toMatchObject(tooMany);
  });
});

describe('bytes of lines per edition', () => {
  it('long lines hit the byte bound before the count: the last that fits is taken, the next refused', async () => {
    const long = (i: number) => `${'长'.repeat(190)}${i}`; // ≈ 570 bytes of name alone
    const s = store('hongshan', 250, long);
    await openPlanCall({ store: s, caller: bureau('hongshan'), now }, { year: 2027 });
    const b = { store: s, caller: bureau('hongshan'), now };
    let last: PlanState | undefined;
    let refused: unknown;
    for (let i = 1; i <= 250 && !refused; i++) {
      try {
        last = await setPlanLine(b, 'plan-hongshan-2027', { projectId: `p-${i}`, amount: 1, fundingSource: 'local_fiscal', reason: '列入' });
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toMatchObject({ status: 400, code: 'PLAN_TOO_LARGE', details: [{ path: 'projectId' }] });
    const kept = last!.draft!.lines;
    expect(kept.length).toBeLessThan(PLAN_LIMITS.linesPerEdition);
    expect(editionBytes(kept)).toBeLessThanOrEqual(PLAN_LIMITS.editionBytes);
    // One more line of the same size would have crossed the bound.
    expect(editionBytes([...kept, { ...kept[0], projectId: 'p-999', projectName: long(999) }])).toBeGreaterThan(PLAN_LIMITS.editionBytes);
  });
});

describe('superseded editions', () => {
  it('keep a summary in the state; the issued lines are in the plan_issued event', async () => {
    const s = store('bijie', 2);
    const id = 'plan-bijie-2027';
    await openPlanCall({ store: s, caller: bureau('bijie'), now }, { year: 2027 });
    await drafted(s, 'bijie', 2027, 1, 2);
    await issue(s, 'bijie', id, ['市人民政府']);
    await openPlanAdjustment({ store: s, caller: bureau('bijie'), now }, id, { reason: '调整' });
    const p = await issue(s, 'bijie', id, ['市人民政府']);
    expect(p.superseded).toEqual([expect.objectContaining({ edition: 1, lineCount: 2, total: 2 })]);
    expect(p.superseded![0]).not.toHaveProperty('lines');
    const issued = (await s.events(id)).filter((e) => e.type === 'plan_issued');
    expect((issued[0].payload.lines as { projectId: string }[]).map((l) => l.projectId)).toEqual(['p-1', 'p-2']);
  });
});

describe('the report counts money paid within the plan year only', () => {
  it('payments on 12-31 of the year before and 01-01 of the year after are not the plan year\'s', async () => {
    const payments = [
      { date: '2026-12-31', amount: 1_000 },
      { date: '2027-01-01', amount: 200 },
      { date: '2027-12-31', amount: 30 },
      { date: '2028-01-01', amount: 4_000 },
    ];
    expect(paidInYear(payments, 2027)).toBe(230);
    expect(paidInYear(payments, 2026)).toBe(1_000);

    const s = store('bijie', 1);
    const id = 'plan-bijie-2027';
    await openPlanCall({ store: s, caller: bureau('bijie'), now }, { year: 2027 });
    await drafted(s, 'bijie', 2027, 1, 1);
    await issue(s, 'bijie', id, ['市人民政府']);
    const r = await planReport(s, bureau('bijie'), id, async (pid) => (pid === 'p-1' ? payments : []));
    expect(r.year).toBe(2027);
    expect(r.byDepartment).toEqual([{ key: 'D001', planned: 1, library: 100, paid: 230 }]);
  });

  it('reads payments from the recorded payment milestones only', () => {
    const events = [
      { type: 'milestone_recorded', payload: { milestone: { type: 'payment_made', date: '2027-05-01', amount: 12_345 } } },
      { type: 'milestone_recorded', payload: { milestone: { type: 'contract_signed', date: '2027-04-01' } } },
      { type: 'submitted', payload: { application: { amounts: { total: 99 } } } },
    ];
    expect(paymentsFromEvents(events)).toEqual([{ date: '2027-05-01', amount: 12_345 }]);
  });
});
