/**
 * Applications tied to the annual plan call at intake (issue 14): the call for the target year of the jurisdiction,
 * both sides of each cut-off per jurisdiction (hongshan and xichuan 6月底 of Y−1; jinjiang 12月底 of Y−1 and 6月底 of
 * Y; bijie and shandong only the bureau's own), a flag and never a refusal, and the recorded submission date rather
 * than a date the application claims.
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, openPlanCall, submitApplication, tieToCall, type Caller, type PlanState } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';

const at = (day: string) => new Date(`${day}T04:00:00Z`); // noon in Shanghai
const bureau = (jur: string): Caller => ({ sub: `bureau-${jur}`, role: 'bureau', jur });

async function callFor(jur: string, year: number, cutoffs?: { batch: string; date: string }[]): Promise<PlanState> {
  const deps = inMemoryDeps();
  return openPlanCall({ store: deps.plans, caller: bureau(jur), now: at('2026-03-01') }, { year, ...(cutoffs ? { cutoffs } : {}) });
}

describe('tieToCall: both sides of each cut-off, per jurisdiction', () => {
  const single: [string, string, string][] = [
    ['hongshan', '2026-06-30', '2026-07-01'],
    ['xichuan', '2026-06-30', '2026-07-01'],
  ];
  for (const [jur, onTime, late] of single) {
    it(`${jur}: the 2027 call closes 6月底 2026 — ${onTime} on time, ${late} late (flagged)`, async () => {
      const plan = await callFor(jur, 2027);
      const ok = tieToCall(jur as 'hongshan', 2027, onTime, plan);
      expect(ok).toMatchObject({ planId: `plan-${jur}-2027`, callOpen: true, batch: { batch: '年度报送', date: '2026-06-30' } });
      expect(ok.late).toBeUndefined();
      const flagged = tieToCall(jur as 'hongshan', 2027, late, plan);
      expect(flagged.late).toEqual({ cutoff: '2026-06-30', batch: '年度报送' });
      expect(flagged.batch).toBeUndefined();
      expect(flagged.message).toContain(`于${late}报送,晚于年度报送截止日期2026-06-30`);
      expect(flagged.message).toContain('原则上');
    });
  }

  it('jinjiang: 第一批 to 12月底 of Y−1, 第二批 to 6月底 of Y, late after that', async () => {
    const plan = await callFor('jinjiang', 2027);
    expect(tieToCall('jinjiang', 2027, '2026-12-31', plan).batch).toEqual({ batch: '第一批', date: '2026-12-31' });
    expect(tieToCall('jinjiang', 2027, '2027-01-01', plan).batch).toEqual({ batch: '第二批', date: '2027-06-30' });
    const lastDay = tieToCall('jinjiang', 2027, '2027-06-30', plan);
    expect([lastDay.batch?.batch, lastDay.late]).toEqual(['第二批', undefined]);
    expect(tieToCall('jinjiang', 2027, '2027-07-01', plan).late).toEqual({ cutoff: '2027-06-30', batch: '第二批' });
  });

  it('bijie and shandong: no date of the text; only the bureau\'s own cut-off makes a submission late', async () => {
    for (const jur of ['bijie', 'shandong'] as const) {
      const open = await callFor(jur, 2027);
      const t = tieToCall(jur, 2027, '2099-12-31', open);
      expect([t.callOpen, t.late, t.batch]).toEqual([true, undefined, undefined]);
      expect(t.message).toContain('无固定报送截止日期');
    }
    const own = await callFor('bijie', 2027, [{ batch: '年度报送', date: '2026-09-30' }]);
    expect(tieToCall('bijie', 2027, '2026-09-30', own).late).toBeUndefined();
    expect(tieToCall('bijie', 2027, '2026-10-01', own).late).toEqual({ cutoff: '2026-09-30', batch: '年度报送' });
  });

  it('no call open: says so, and the regulation\'s own dates still flag a late one', () => {
    const none = tieToCall('hongshan', 2027, '2026-05-01', undefined);
    expect(none).toMatchObject({ planId: 'plan-hongshan-2027', callOpen: false });
    expect(none.message).toContain('2027年度计划征集尚未开启');
    expect(tieToCall('hongshan', 2027, '2026-07-01', undefined).late).toEqual({ cutoff: '2026-06-30', batch: '年度报送' });
  });

  it('an issued plan: tied, and the message says the plan can take it only by adjustment', async () => {
    const plan = await callFor('hongshan', 2027);
    const issued: PlanState = { ...plan, draft: undefined, issued: { edition: 1, issuedOn: '2026-12-20', issuedBy: 'b', lines: [], approvals: [] } };
    expect(tieToCall('hongshan', 2027, '2026-06-01', issued).message).toContain('已于2026-12-20下达(第1版),列入须经动态调整');
  });
});

describe('submitApplication ties the application to the call, by the recorded date', () => {
  const dept: Caller = { sub: 'dept-1', role: 'department', dept: 'D001', jur: 'hongshan' };
  const app = (claimed: string) => applicationSchema.parse(hongshanSmallBuild({ targetYear: 2027, dates: { submittedOn: claimed } }));

  it('stores the tie on the project and in its submitted event; a claimed earlier date changes nothing', async () => {
    const deps = inMemoryDeps();
    await openPlanCall({ store: deps.plans, caller: bureau('hongshan'), now: at('2026-03-01') }, { year: 2027 });
    const { project } = await submitApplication(deps, dept, app('2026-06-01'), undefined, at('2026-07-01'));
    expect(project.planCall).toMatchObject({ planId: 'plan-hongshan-2027', callOpen: true, submittedOn: '2026-07-01', late: { cutoff: '2026-06-30' } });
    // 原则上: flagged, still accepted for classification.
    expect(project.status).toBe('submitted');
    const [submitted] = await deps.projects.events(project.id);
    expect(submitted.payload.planCall).toEqual(project.planCall);

    const onTime = await submitApplication(deps, dept, app('2026-06-01'), undefined, at('2026-06-30'));
    expect(onTime.project.planCall).toMatchObject({ callOpen: true, submittedOn: '2026-06-30', batch: { date: '2026-06-30' } });
    expect(onTime.project.planCall?.late).toBeUndefined();
  });

  it('no call open for the target year: tied to nothing, and says so', async () => {
    const deps = inMemoryDeps();
    const { project } = await submitApplication(deps, dept, app('2026-06-01'), undefined, at('2026-06-01'));
    expect(project.planCall).toMatchObject({ callOpen: false, planId: 'plan-hongshan-2027' });
    expect(project.planCall?.message).toContain('尚未开启');
  });
});
