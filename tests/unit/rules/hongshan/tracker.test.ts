import { describe, expect, it } from 'vitest';
import { deadlines, type DeadlineDecision, type Facts, type ProjectFacts } from '@gov/rules';
import { projectFacts } from '../fixtures.js';
import { cal, hs, system } from './fixtures-back.js';

const run = (project: Partial<ProjectFacts>, on: string, extra: Partial<Facts> = {}): DeadlineDecision =>
  deadlines(hs, { project: projectFacts(project), ...extra }, on, cal);
const obl = (d: DeadlineDecision, id: string) => d.obligations.filter((f) => f.ruleId === id);
const fnd = (d: DeadlineDecision, id: string) => d.findings.filter((f) => f.ruleId === id);
const state = (f: { detail?: Readonly<Record<string, unknown>> }) => f.detail?.state;

describe('HS-28-acceptance-6m (第二十八条)', () => {
  const stable = { dates: { trialRunStart: '2026-05-01', trialRunStable: '2026-08-31' } };
  it('6 months from the stable trial run with month-end clamping: 2026-08-31 → 2027-02-28', () => {
    const [o] = obl(run(stable, '2026-10-01'), 'HS-28-acceptance-6m');
    expect(o.due).toBe('2027-02-28');
    expect(o.provisional).toBe(false);
    expect(o.detail).toMatchObject({ startEvent: 'trial_run_stable', state: 'open', obligation: '提交竣工验收备案表及附件' });
  });
  it('on the due date it is still open, no overdue flag', () => {
    const d = run(stable, '2027-02-28');
    expect(state(obl(d, 'HS-28-acceptance-6m')[0])).toBe('open');
    expect(fnd(d, 'HS-28-acceptance-6m')).toEqual([]);
  });
  it('the day after with no filing and no extension → overdue + FLAG to the 项目审批部门', () => {
    const d = run(stable, '2027-03-01');
    expect(state(obl(d, 'HS-28-acceptance-6m')[0])).toBe('overdue');
    const f = fnd(d, 'HS-28-acceptance-6m');
    expect(f.map((x) => x.outcome)).toEqual(['FLAG']);
    expect(f[0].message).toContain('无经批准的延期验收申请');
  });
  it('the acceptance filing record satisfies it', () => {
    const d = run({ ...stable, records: { acceptance_filing: '2027-02-20' } }, '2027-03-01');
    expect(state(obl(d, 'HS-28-acceptance-6m')[0])).toBe('met');
    expect(fnd(d, 'HS-28-acceptance-6m')).toEqual([]);
  });
  it('a late filing is met but flagged', () => {
    const d = run({ ...stable, records: { acceptance_filing: '2027-03-05' } }, '2027-03-10');
    expect(state(obl(d, 'HS-28-acceptance-6m')[0])).toBe('met');
    expect(fnd(d, 'HS-28-acceptance-6m')[0].message).toContain('晚于期限2027-02-28');
  });
  it('A-04: no stable date → clock from trial_run_start (stricter) + FLAG', () => {
    const d = run({ dates: { trialRunStart: '2026-03-15' } }, '2026-04-01');
    const [o] = obl(d, 'HS-28-acceptance-6m');
    expect(o.due).toBe('2026-09-15');
    expect(o.detail).toMatchObject({ startEvent: 'trial_run_start' });
    expect(fnd(d, 'HS-28-acceptance-6m')[0].message).toContain('A-04');
  });
  it('an approved extension replaces due', () => {
    const d = run({ dates: { ...stable.dates, acceptanceExtendedTo: '2027-05-31' } }, '2027-03-01');
    const [o] = obl(d, 'HS-28-acceptance-6m');
    expect(o.due).toBe('2027-05-31');
    expect(o.detail).toMatchObject({ state: 'open', originalDue: '2027-02-28', extendedTo: '2027-05-31' });
    expect(fnd(d, 'HS-28-acceptance-6m')).toEqual([]);
    expect(state(obl(run({ dates: { ...stable.dates, acceptanceExtendedTo: '2027-05-31' } }, '2027-06-01'), 'HS-28-acceptance-6m')[0])).toBe(
      'overdue',
    );
  });
  it('no trial run recorded → no obligation', () => {
    expect(obl(run({}, '2026-10-01'), 'HS-28-acceptance-6m')).toEqual([]);
  });
});

describe('HS-28-extension (第二十八条)', () => {
  const stable = { dates: { trialRunStable: '2026-08-31' } };
  it('up to the due date the 延期验收申请 is required only if the unit cannot finish (nothing missing yet)', () => {
    const [f] = fnd(run(stable, '2027-02-28'), 'HS-28-extension');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.requires).toEqual(['延期验收申请']);
    expect(f.missing).toEqual([]);
  });
  it('the day after the due date without filing or request → 延期验收申请 missing', () => {
    expect(fnd(run(stable, '2027-03-01'), 'HS-28-extension')[0].missing).toEqual(['延期验收申请']);
  });
  it('a request made before the deadline clears the gap (pending approval)', () => {
    const [f, ...rest] = fnd(run({ ...stable, records: { extension_request: '2027-02-10' } }, '2027-03-01'), 'HS-28-extension');
    expect(f.missing).toEqual([]);
    expect(rest).toEqual([]);
  });
  it('a request made after the deadline is flagged', () => {
    const f = fnd(run({ ...stable, records: { extension_request: '2027-03-02' } }, '2027-03-05'), 'HS-28-extension');
    expect(f.map((x) => x.outcome)).toEqual(['REQUIRE', 'FLAG']);
  });
  it('an approved extension shows the new due date', () => {
    const [f] = fnd(run({ dates: { trialRunStable: '2026-08-31', acceptanceExtendedTo: '2027-05-31' } }, '2027-03-01'), 'HS-28-extension');
    expect(f.due).toBe('2027-05-31');
    expect(f.missing).toEqual([]);
  });
});

describe('H items of the tracker', () => {
  it('HS-28-spot-check and HS-20-acceptance-items appear once a trial run is recorded', () => {
    const d = run({ dates: { trialRunStable: '2026-08-31' } }, '2026-10-01');
    expect(fnd(d, 'HS-28-spot-check')[0].outcome).toBe('CHECK');
    const [items] = fnd(d, 'HS-20-acceptance-items');
    expect(items.outcome).toBe('CHECK');
    expect(items.requires).toEqual(['软硬件产品安全可靠情况', '密码应用和安全审查情况', '硬件设备和新建数据中心能源利用效率情况']);
  });
  it('HS-32-post-eval appears after acceptance', () => {
    expect(fnd(run({ dates: { acceptancePassed: '2026-03-10' } }, '2026-10-01'), 'HS-32-post-eval')[0].outcome).toBe('CHECK');
    expect(fnd(run({}, '2026-10-01'), 'HS-32-post-eval')).toEqual([]);
  });
  it('HS-30-ex-ante is offered before approval only', () => {
    expect(fnd(run({}, '2026-10-01'), 'HS-30-ex-ante')[0].outcome).toBe('CHECK');
    expect(fnd(run({ dates: { approvalDate: '2026-05-10' } }, '2026-10-01'), 'HS-30-ex-ante')).toEqual([]);
  });
  it('HS-21-incident-report: checklist during construction; a determination requires the report', () => {
    expect(fnd(run({ dates: { approvalDate: '2026-05-10' } }, '2026-10-01'), 'HS-21-incident-report')[0].outcome).toBe('CHECK');
    const d = run({ dates: { approvalDate: '2026-05-10' }, fields: { 工程严重逾期: true } }, '2026-10-01');
    const f = fnd(d, 'HS-21-incident-report');
    expect(f.map((x) => x.outcome)).toEqual(['FLAG', 'REQUIRE']);
    expect(f[1].missing).toEqual(['向项目审批部门报告']);
    const done = run({ dates: { approvalDate: '2026-05-10' }, fields: { 工程严重逾期: true }, records: { incident_report: '2026-09-01' } }, '2026-10-01');
    expect(fnd(done, 'HS-21-incident-report')[1].missing).toEqual([]);
  });
});

describe('HS-29-classified-golive (第二十九条)', () => {
  const classified = { flags: { classified: true }, dates: { operationStart: '2026-09-01' } };
  it('classified system in use without 保密测评 and 审查合格 → REJECT', () => {
    expect(fnd(run(classified, '2026-10-01'), 'HS-29-classified-golive')[0].outcome).toBe('REJECT');
  });
  it('with the 测评审查合格证 → nothing', () => {
    expect(fnd(run({ ...classified, documents: [{ type: '涉密信息系统测评审查合格证' }] }, '2026-10-01'), 'HS-29-classified-golive')).toEqual([]);
  });
  it('with 保密测评报告 and 保密审查 pass → nothing; report alone is not enough', () => {
    const docs = [{ type: '保密测评报告' }];
    expect(fnd(run({ ...classified, documents: docs, status: { reviews: { 保密审查: 'pass' } } }, '2026-10-01'), 'HS-29-classified-golive')).toEqual([]);
    expect(fnd(run({ ...classified, documents: docs }, '2026-10-01'), 'HS-29-classified-golive')).toHaveLength(1);
  });
  it('non-classified systems are not concerned', () => {
    expect(fnd(run({ dates: { operationStart: '2026-09-01' } }, '2026-10-01'), 'HS-29-classified-golive')).toEqual([]);
  });
});

describe('HS-30-annual-self-eval (第三十条): 绩效自评报告 due Y-12-31 in the construction period', () => {
  const approved = { dates: { approvalDate: '2025-05-10' } };
  it('one obligation per year-end in the construction period; the past one overdue + FLAG', () => {
    const d = run(approved, '2026-03-02');
    const o = obl(d, 'HS-30-annual-self-eval');
    expect(o.map((x) => [x.due, state(x)])).toEqual([
      ['2025-12-31', 'overdue'],
      ['2026-12-31', 'open'],
    ]);
    expect(fnd(d, 'HS-30-annual-self-eval')).toHaveLength(1);
  });
  it('the annual_report:YYYY record satisfies the year', () => {
    const d = run({ ...approved, records: { 'annual_report:2025': '2025-12-20' } }, '2026-03-02');
    expect(state(obl(d, 'HS-30-annual-self-eval')[0])).toBe('met');
    expect(fnd(d, 'HS-30-annual-self-eval')).toEqual([]);
  });
  it('open on 12-31, overdue on 01-01', () => {
    const rec = { 'annual_report:2025': '2025-12-20' };
    expect(state(obl(run({ ...approved, records: rec }, '2026-12-31'), 'HS-30-annual-self-eval')[1])).toBe('open');
    expect(state(obl(run({ ...approved, records: rec }, '2027-01-01'), 'HS-30-annual-self-eval')[1])).toBe('overdue');
  });
  it('accepted before the year-end → no report for that year', () => {
    const d = run({ dates: { approvalDate: '2025-05-10', acceptancePassed: '2026-11-30' } }, '2027-01-15');
    expect(obl(d, 'HS-30-annual-self-eval').map((x) => x.due)).toEqual(['2025-12-31']);
  });
  it('A-09: an O&M service contract reports during its service period', () => {
    const d = run({ category: 'om', dates: { contractSigned: '2026-01-05', omPeriodEnd: '2026-12-31' } }, '2026-06-01');
    expect(obl(d, 'HS-30-annual-self-eval')).toEqual([]); // period ends on 12-31: nothing runs past the year-end
    const d2 = run({ category: 'om', dates: { contractSigned: '2026-01-05', omPeriodEnd: '2027-12-31' } }, '2026-06-01');
    expect(obl(d2, 'HS-30-annual-self-eval').map((x) => x.due)).toEqual(['2026-12-31']);
  });
});

describe('HS-30-1/2/3 report content (D)', () => {
  const inBuild = { dates: { approvalDate: '2026-01-10' } };
  it('建设类: 建设进度 and 投资计划执行情况 required, missing until the report has them', () => {
    const [f] = fnd(run(inBuild, '2026-10-01'), 'HS-30-1-build-content');
    expect(f.requires).toEqual(['项目绩效自评报告:建设进度', '项目绩效自评报告:投资计划执行情况']);
    expect(f.missing).toEqual(f.requires);
    const [g] = fnd(
      run({ ...inBuild, documents: [{ type: '项目绩效自评报告', chapters: ['建设进度', '投资计划执行情况'] }] }, '2026-10-01'),
      'HS-30-1-build-content',
    );
    expect(g.missing).toEqual([]);
  });
  it('建设类 in trial run also needs 试运行效果及遇到的问题', () => {
    const [f] = fnd(run({ dates: { approvalDate: '2026-01-10', trialRunStart: '2026-09-01' } }, '2026-10-01'), 'HS-30-1-build-content');
    expect(f.requires).toContain('项目绩效自评报告:试运行效果及遇到的问题');
  });
  it('采购服务类: 阶段性总结 + 服务质量评价; a 情况说明专项报告 for major problems', () => {
    const p = { category: 'procure_service' as const, dates: { approvalDate: '2026-01-10' }, fields: { 存在重大问题: true } };
    const [f] = fnd(run(p, '2026-10-01'), 'HS-30-2-procure-content');
    expect(f.requires).toEqual(['项目绩效自评报告:工作开展情况阶段性总结', '项目绩效自评报告:服务质量评价', '情况说明专项报告']);
    const docs = [{ type: '项目绩效自评报告', chapters: ['工作开展情况阶段性总结', '服务质量评价'] }, { type: '情况说明专项报告' }];
    expect(fnd(run({ ...p, documents: docs }, '2026-10-01'), 'HS-30-2-procure-content')[0].missing).toEqual([]);
  });
  it('运维服务类: one report per O&M provider', () => {
    const p = { category: 'om' as const, dates: { contractSigned: '2026-01-05' }, fields: { 运维单位: '甲公司、乙公司' } };
    const [f] = fnd(run(p, '2026-10-01'), 'HS-30-3-om-content');
    expect(f.requires).toHaveLength(4);
    const docs = [{ type: '项目绩效自评报告', title: '甲公司运维评价报告', chapters: ['运维总结', '运维质量评价'] }];
    expect(fnd(run({ ...p, documents: docs }, '2026-10-01'), 'HS-30-3-om-content')[0].missing).toEqual([
      '项目绩效自评报告(乙公司):运维总结',
      '项目绩效自评报告(乙公司):运维质量评价',
    ]);
  });
});

describe('HS-26-asset-archive (第二十六条, D)', () => {
  it('after acceptance: 国有资产登记 and 项目档案 required; missing empties when recorded', () => {
    const [f] = fnd(run({ dates: { acceptancePassed: '2026-03-10' } }, '2026-10-01'), 'HS-26-asset-archive');
    expect(f.requires).toEqual(['国有资产登记记录', '项目档案']);
    expect(f.missing).toEqual(['国有资产登记记录', '项目档案']);
    const [g] = fnd(
      run({ dates: { acceptancePassed: '2026-03-10' }, records: { asset_registration: '2026-04-01', project_archive: '2026-04-02' } }, '2026-10-01'),
      'HS-26-asset-archive',
    );
    expect(g.missing).toEqual([]);
  });
  it('not before acceptance', () => {
    expect(fnd(run({}, '2026-10-01'), 'HS-26-asset-archive')).toEqual([]);
  });
});

describe('HS-31-post-eval-12-24m (第三十一条)', () => {
  const both = { dates: { acceptancePassed: '2026-03-10', operationStart: '2026-04-15' } };
  it('t0 = max(acceptance, operation): window [t0+12M, t0+24M]', () => {
    const [o] = obl(run(both, '2026-10-01'), 'HS-31-post-eval-12-24m');
    expect(o.due).toBe('2028-04-15');
    expect(o.detail).toMatchObject({ windowStart: '2027-04-15', t0: '2026-04-15', startEvent: 'operation_start', state: 'open' });
  });
  it('t0 is the acceptance when it comes later', () => {
    const [o] = obl(run({ dates: { acceptancePassed: '2026-08-31', operationStart: '2026-05-01' } }, '2026-10-01'), 'HS-31-post-eval-12-24m');
    expect(o.detail).toMatchObject({ windowStart: '2027-08-31', t0: '2026-08-31', startEvent: 'acceptance_passed' });
    expect(o.due).toBe('2028-08-31');
  });
  it('before the window opens: no REQUIRE yet; from the window start: report to both bodies required', () => {
    expect(fnd(run(both, '2027-04-14'), 'HS-31-post-eval-12-24m')).toEqual([]);
    const [r] = fnd(run(both, '2027-04-15'), 'HS-31-post-eval-12-24m');
    expect(r.outcome).toBe('REQUIRE');
    expect(r.missing).toEqual(['自评价报告(报项目审批部门)', '自评价报告(报财政部门)']);
  });
  it('last day of the window open; the day after overdue + FLAG', () => {
    expect(state(obl(run(both, '2028-04-15'), 'HS-31-post-eval-12-24m')[0])).toBe('open');
    const d = run(both, '2028-04-16');
    expect(state(obl(d, 'HS-31-post-eval-12-24m')[0])).toBe('overdue');
    expect(fnd(d, 'HS-31-post-eval-12-24m').map((f) => f.outcome)).toEqual(['REQUIRE', 'FLAG']);
  });
  it('sent to the 审批部门 only → still missing the 财政部门, not met', () => {
    const d = run({ ...both, records: { self_evaluation: '2027-06-01' } }, '2028-04-16');
    expect(state(obl(d, 'HS-31-post-eval-12-24m')[0])).toBe('overdue');
    expect(fnd(d, 'HS-31-post-eval-12-24m')[0].missing).toEqual(['自评价报告(报财政部门)']);
  });
  it('sent to both → met', () => {
    const d = run({ ...both, records: { self_evaluation: '2027-06-01', self_evaluation_finance: '2027-06-02' } }, '2028-04-16');
    expect(state(obl(d, 'HS-31-post-eval-12-24m')[0])).toBe('met');
    expect(fnd(d, 'HS-31-post-eval-12-24m').map((f) => f.outcome)).toEqual(['REQUIRE']);
  });
  it('A-10: an early submission counts but is flagged', () => {
    const d = run({ ...both, records: { self_evaluation: '2027-04-14', self_evaluation_finance: '2027-04-14' } }, '2027-05-01');
    expect(state(obl(d, 'HS-31-post-eval-12-24m')[0])).toBe('met');
    expect(fnd(d, 'HS-31-post-eval-12-24m').some((f) => f.outcome === 'FLAG' && f.message.includes('早于窗口起点2027-04-15'))).toBe(true);
  });
  it('no obligation until both acceptance and operation are recorded', () => {
    expect(obl(run({ dates: { acceptancePassed: '2026-03-10' } }, '2026-10-01'), 'HS-31-post-eval-12-24m')).toEqual([]);
  });
});

describe('HS-06-5-lockout-clock (第六条(五))', () => {
  const unit = (acc: string) => ({ unit: { systems: [system({ id: 'SYS-LOW', usageLow: true, acceptancePassed: acc })] } });
  it('low usage → LOCKOUT until 终验 + 12 months, inclusive of the last day', () => {
    const [f] = fnd(run({}, '2026-09-30', unit('2025-09-30')), 'HS-06-5-lockout-clock');
    expect(f.outcome).toBe('LOCKOUT');
    expect(f.due).toBe('2026-09-30');
    expect(fnd(run({}, '2026-10-01', unit('2025-09-30')), 'HS-06-5-lockout-clock')).toEqual([]);
  });
  it('month-end: 2024-02-29 + 12M = 2025-02-28', () => {
    expect(fnd(run({}, '2025-01-01', unit('2024-02-29')), 'HS-06-5-lockout-clock')[0].due).toBe('2025-02-28');
  });
  it('normal usage → nothing', () => {
    expect(fnd(run({}, '2026-01-01', { system: system() }), 'HS-06-5-lockout-clock')).toEqual([]);
  });
});

describe('HS-24-free-om-end (第二十四条, 第八条)', () => {
  it('acceptance + 12 months by default; O&M 入库 due 30 June of the year before it ends', () => {
    const [o] = obl(run({ dates: { acceptancePassed: '2026-03-10' } }, '2026-05-01'), 'HS-08-om-new-window');
    expect(o.detail).toMatchObject({ freeOmEnd: '2027-03-10', intakeYear: 2026, state: 'open' });
    expect(o.due).toBe('2026-06-30');
  });
  it('the contract period (24 months) moves the end and the intake year', () => {
    const [o] = obl(run({ dates: { acceptancePassed: '2026-03-10' }, fields: { 免费运维期: 24 } }, '2026-05-01'), 'HS-08-om-new-window');
    expect(o.detail).toMatchObject({ freeOmEnd: '2028-03-10', intakeYear: 2027 });
  });
  it('a contract period under 12 months is flagged (overridable)', () => {
    const f = fnd(run({ dates: { acceptancePassed: '2026-03-10' }, fields: { 免费运维期: '6个月' } }, '2026-05-01'), 'HS-24-free-om-end');
    expect(f[0].outcome).toBe('FLAG');
    expect(f[0].overridable).toBe(true);
    expect(fnd(run({ dates: { acceptancePassed: '2026-03-10' }, fields: { 免费运维期: '1年' } }, '2026-05-01'), 'HS-24-free-om-end')).toEqual([]);
  });
  it('om_intake satisfies it', () => {
    expect(state(obl(run({ dates: { acceptancePassed: '2026-03-10' }, records: { om_intake: '2026-06-01' } }, '2026-07-01'), 'HS-08-om-new-window')[0])).toBe('met');
  });
  it('the reminder is 第八条\'s obligation: it cites 第八条 and no obligation is reported under HS-24', () => {
    const d = run({ dates: { acceptancePassed: '2026-03-10' } }, '2026-05-01');
    expect(obl(d, 'HS-08-om-new-window')[0].article).toContain('第八条');
    expect(obl(d, 'HS-24-free-om-end')).toEqual([]);
  });
  it('acceptance on 30 June: due that day (第七条 cycle), open on the acceptance day', () => {
    const [o] = obl(run({ dates: { acceptancePassed: '2026-06-30' } }, '2026-06-30'), 'HS-08-om-new-window');
    expect(o.due).toBe('2026-06-30');
    expect(o.detail).toMatchObject({ freeOmEnd: '2027-06-30', intakeYear: 2026, dueBasis: 'annual_cycle', state: 'open' });
  });
  it('acceptance on 1 July: never due before acceptance; due 31 December of the intake year (第八条)', () => {
    const [o] = obl(run({ dates: { acceptancePassed: '2026-07-01' } }, '2026-07-01'), 'HS-08-om-new-window');
    expect(o.due).toBe('2026-12-31');
    expect(o.detail).toMatchObject({ freeOmEnd: '2027-07-01', intakeYear: 2026, dueBasis: 'year_end', state: 'open' });
    expect(o.message).toContain('2026-12-31');
    expect(state(obl(run({ dates: { acceptancePassed: '2026-07-01' } }, '2026-12-31'), 'HS-08-om-new-window')[0])).toBe('open');
    expect(state(obl(run({ dates: { acceptancePassed: '2026-07-01' } }, '2027-01-01'), 'HS-08-om-new-window')[0])).toBe('overdue');
  });
  it('a free O&M period ending in the year of acceptance (intake year already past): due on the acceptance day', () => {
    const d = run({ dates: { acceptancePassed: '2026-09-01', freeOmEnd: '2026-12-31' } }, '2026-09-01');
    const [o] = obl(d, 'HS-08-om-new-window');
    expect(o.due).toBe('2026-09-01');
    expect(o.detail).toMatchObject({ intakeYear: 2025, dueBasis: 'acceptance', state: 'open' });
    expect(fnd(d, 'HS-24-free-om-end').map((f) => f.outcome)).toEqual(['FLAG']);
  });
});

describe('HS-35-4-zombie-scan (第三十五条(四), A-05)', () => {
  it('low usage → candidate FLAG for a reviewer', () => {
    const [f] = fnd(run({}, '2026-10-01', { system: system({ usageLow: true }) }), 'HS-35-4-zombie-scan');
    expect(f.outcome).toBe('FLAG');
    expect(f.message).toContain('确认系统状态');
  });
  it('already confirmed zombie or normal usage → nothing', () => {
    expect(fnd(run({}, '2026-10-01', { system: system({ usageLow: true, status: 'zombie' }) }), 'HS-35-4-zombie-scan')).toEqual([]);
    expect(fnd(run({}, '2026-10-01', { system: system() }), 'HS-35-4-zombie-scan')).toEqual([]);
  });
});

describe('HS-37-rectification (第三十七条)', () => {
  const notice = (status: 'open' | 'rectified_noncompliant' | 'closed') => ({
    status: { openFindings: [{ ruleId: 'HS-35-1-no-sharing', status, due: '2026-05-31' }] },
  });
  it('DEADLINE at the notice date: open on the day, overdue + escalation FLAG after', () => {
    expect(state(obl(run(notice('open'), '2026-05-31'), 'HS-37-rectification')[0])).toBe('open');
    const d = run(notice('open'), '2026-06-01');
    expect(obl(d, 'HS-37-rectification')[0].due).toBe('2026-05-31');
    expect(state(obl(d, 'HS-37-rectification')[0])).toBe('overdue');
    expect(fnd(d, 'HS-37-rectification')[0].message).toContain('暂缓安排投资计划');
  });
  it('still non-compliant after rectification escalates; closed is met', () => {
    expect(fnd(run(notice('rectified_noncompliant'), '2026-05-01'), 'HS-37-rectification')).toHaveLength(1);
    expect(state(obl(run(notice('closed'), '2026-06-01'), 'HS-37-rectification')[0])).toBe('met');
  });
});

describe('HS-39-periodic-assessments (第三十九条, A-32)', () => {
  it('no assessment date recorded → FLAG', () => {
    expect(fnd(run({}, '2026-10-01', { system: system() }), 'HS-39-periodic-assessments')[0].outcome).toBe('FLAG');
  });
  it('with a 12-month parameter: the last day is fine, the day after flags', () => {
    const p = { fields: { '定期评估周期(月)': 12 } };
    const s = { system: system({ lastAssessment: '2025-03-01' }) };
    expect(fnd(run(p, '2026-03-01', s), 'HS-39-periodic-assessments')).toEqual([]);
    expect(fnd(run(p, '2026-03-02', s), 'HS-39-periodic-assessments')[0].due).toBe('2026-03-01');
  });
  it('no parameter configured → no period flag', () => {
    expect(fnd(run({}, '2030-01-01', { system: system({ lastAssessment: '2025-03-01' }) }), 'HS-39-periodic-assessments')).toEqual([]);
  });
});
