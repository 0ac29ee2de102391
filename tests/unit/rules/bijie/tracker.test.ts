import { describe, expect, it } from 'vitest';
import { deadlines, type ProjectDates, type ProjectFacts } from '@gov/rules';
import { bj, bjProject, cal, withStatus } from './fixtures.js';

const track = (p: ProjectFacts, date: string) => deadlines(bj, { project: p }, date, cal, {});
const obl = (d: ReturnType<typeof track>, id: string) => d.obligations.filter((f) => f.ruleId === id);
const flags = (d: ReturnType<typeof track>, id: string) => d.findings.filter((f) => f.ruleId === id && f.outcome === 'FLAG');
const state = (f: { detail?: Readonly<Record<string, unknown>> }) => f.detail?.state;
const project = (dates: ProjectDates, o: Partial<ProjectFacts> = {}) => bjProject({ dates, records: {}, ...o });

describe('BJ-20-acceptance (第二十条, A-23): due on the contract date, flag only', () => {
  const p = project({ contractSigned: '2026-01-10', contractAcceptanceDue: '2026-06-30', contractEnd: '2026-12-31' });
  it('open on the contract acceptance date', () => {
    const d = track(p, '2026-06-30');
    const o = obl(d, 'BJ-20-acceptance')[0];
    expect(o.due).toBe('2026-06-30');
    expect(state(o)).toBe('open');
    expect(flags(d, 'BJ-20-acceptance')).toHaveLength(0);
  });
  it('overdue the day after, and flagged', () => {
    const d = track(p, '2026-07-01');
    expect(state(obl(d, 'BJ-20-acceptance')[0])).toBe('overdue');
    expect(flags(d, 'BJ-20-acceptance')).toHaveLength(1);
  });
  it('met once acceptance passed', () => {
    expect(state(obl(track({ ...p, dates: { ...p.dates, acceptancePassed: '2026-06-20' } }, '2026-07-01'), 'BJ-20-acceptance')[0])).toBe('met');
  });
  it('without a scheduled acceptance date the contract end is used', () => {
    expect(obl(track(project({ contractSigned: '2026-01-10', contractEnd: '2026-12-31' }), '2026-03-02'), 'BJ-20-acceptance')[0].due).toBe('2026-12-31');
  });
  it('with neither, no due date is invented', () => {
    const o = obl(track(project({ contractSigned: '2026-01-10' }), '2030-01-01'), 'BJ-20-acceptance')[0];
    expect(o.due).toBeUndefined();
    expect(state(o)).toBe('open');
  });
  it('the acceptance record must show 用户单位, 大数据部门 and the 三方服务合同 as basis', () => {
    const accepted = { ...p, dates: { ...p.dates, acceptancePassed: '2026-06-20' } };
    const req = track(accepted, '2026-07-01').findings.find((f) => f.ruleId === 'BJ-20-acceptance' && f.outcome === 'REQUIRE');
    expect(req?.missing).toEqual(['验收组织:用户单位', '验收参加:大数据部门', '验收依据:三方服务合同']);
    const complete = { ...accepted, fields: { '验收组织:用户单位': true, '验收参加:大数据部门': true, '验收依据:三方服务合同': true } };
    expect(track(complete, '2026-07-01').findings.find((f) => f.ruleId === 'BJ-20-acceptance' && f.outcome === 'REQUIRE')?.missing).toEqual([]);
  });
  it('no contract, no obligation', () => {
    expect(obl(track(project({}), '2026-03-02'), 'BJ-20-acceptance')).toHaveLength(0);
  });
});

describe('BJ-28-annual-security-reports (第二十八条): each contract year, 31 Dec (inferred)', () => {
  const p = project({ contractSigned: '2025-03-01' });
  it('one obligation per contract year so far', () => {
    const o = obl(track(p, '2026-03-02'), 'BJ-28-annual-security-reports');
    expect(o.map((f) => f.due)).toEqual(['2025-12-31', '2026-12-31']);
    expect(o.map(state)).toEqual(['overdue', 'open']);
  });
  it('open on 31 Dec, overdue and flagged on 1 Jan', () => {
    expect(state(obl(track(p, '2025-12-31'), 'BJ-28-annual-security-reports')[0])).toBe('open');
    const d = track(p, '2026-01-01');
    expect(state(obl(d, 'BJ-28-annual-security-reports')[0])).toBe('overdue');
    expect(flags(d, 'BJ-28-annual-security-reports')[0].message).toContain('信息安全检测、密码安全性评估、风险评估');
  });
  it('met when the three reports are recorded', () => {
    const done = { ...p, records: { 'security_test:2025': '2025-11-01', 'crypto_assessment:2025': '2025-11-20', 'risk_assessment:2025': '2025-12-01' } };
    const d = track(done, '2026-03-02');
    expect(state(obl(d, 'BJ-28-annual-security-reports')[0])).toBe('met');
    expect(flags(d, 'BJ-28-annual-security-reports')).toHaveLength(0);
  });
  it('two of three reports are not enough', () => {
    const partial = { ...p, records: { 'security_test:2025': '2025-11-01', 'risk_assessment:2025': '2025-12-01' } };
    expect(obl(track(partial, '2026-03-02'), 'BJ-28-annual-security-reports')[0].detail?.missing).toEqual(['密码安全性评估']);
  });
  it('stops at the contract end year', () => {
    const ended = project({ contractSigned: '2024-03-01', contractEnd: '2025-02-28' });
    expect(obl(track(ended, '2026-03-02'), 'BJ-28-annual-security-reports').map((f) => f.due)).toEqual(['2024-12-31', '2025-12-31']);
  });
});

describe('BJ-32-performance-monitoring (第三十二条): period is a parameter (A-15)', () => {
  const p = project({ contractSigned: '2026-01-10' });
  it('without a parameter the obligation has no due date and never goes overdue', () => {
    const o = obl(track(p, '2026-12-31'), 'BJ-32-performance-monitoring')[0];
    expect(o.due).toBeUndefined();
    expect(state(o)).toBe('open');
  });
  it('with the parameter: open on the day, overdue and flagged the day after', () => {
    const withParam = { ...p, fields: { 绩效自评截止日期: '2026-06-30' } };
    expect(state(obl(track(withParam, '2026-06-30'), 'BJ-32-performance-monitoring')[0])).toBe('open');
    const d = track(withParam, '2026-07-01');
    expect(state(obl(d, 'BJ-32-performance-monitoring')[0])).toBe('overdue');
    expect(flags(d, 'BJ-32-performance-monitoring')).toHaveLength(1);
  });
  it('met with the monitoring record and the self-assessment', () => {
    const done = { ...p, records: { 'performance_monitoring:2026': '2026-05-01', 'performance_self_evaluation:2026': '2026-06-01' } };
    expect(state(obl(track(done, '2026-07-01'), 'BJ-32-performance-monitoring')[0])).toBe('met');
  });
});

describe('BJ-33-comprehensive-eval (第三十三条)', () => {
  const p = project({ contractSigned: '2025-01-10', operationStart: '2026-01-05' });
  it('going live creates the evaluation obligation with its three scopes, no invented due date', () => {
    const o = obl(track(p, '2026-03-02'), 'BJ-33-comprehensive-eval')[0];
    expect(o.due).toBeUndefined();
    expect(o.detail?.scopes).toEqual(['使用效果', '服务水平和质量', '评审质量']);
  });
  it('with the parameter it goes overdue after the date', () => {
    const withParam = { ...p, fields: { 综合评估截止日期: '2026-10-31' } };
    expect(state(obl(track(withParam, '2026-10-31'), 'BJ-33-comprehensive-eval')[0])).toBe('open');
    expect(state(obl(track(withParam, '2026-11-01'), 'BJ-33-comprehensive-eval')[0])).toBe('overdue');
    expect(flags(track(withParam, '2026-11-01'), 'BJ-33-comprehensive-eval')).toHaveLength(1);
  });
  it('met when the evaluation is recorded', () => {
    expect(state(obl(track({ ...p, records: { comprehensive_evaluation: '2026-09-01' } }, '2026-11-01'), 'BJ-33-comprehensive-eval')[0])).toBe('met');
  });
  it('not before go-live', () => {
    expect(obl(track(project({ contractSigned: '2025-01-10' }), '2026-03-02'), 'BJ-33-comprehensive-eval')).toHaveLength(0);
  });
});

describe('BJ-31-rectification-report (第三十一条): "及时" = the notice date, if any', () => {
  const withFinding = (status: 'open' | 'rectified_noncompliant' | 'closed', due?: string) =>
    withStatus(project({}), { openFindings: [{ ruleId: 'BJ-31-3-not-on-city-cloud', status, due }] });
  it('open on the notice date, overdue and flagged the day after', () => {
    expect(state(obl(track(withFinding('open', '2026-03-31'), '2026-03-31'), 'BJ-31-rectification-report')[0])).toBe('open');
    const d = track(withFinding('open', '2026-03-31'), '2026-04-01');
    expect(state(obl(d, 'BJ-31-rectification-report')[0])).toBe('overdue');
    expect(flags(d, 'BJ-31-rectification-report')).toHaveLength(1);
  });
  it('a non-compliant rectification stays open', () => {
    expect(state(obl(track(withFinding('rectified_noncompliant', '2026-03-31'), '2026-03-15'), 'BJ-31-rectification-report')[0])).toBe('open');
  });
  it('a closed finding is met', () => {
    expect(state(obl(track(withFinding('closed', '2026-03-31'), '2026-04-01'), 'BJ-31-rectification-report')[0])).toBe('met');
  });
  it('without a notice date it is never overdue (no number in the text)', () => {
    const o = obl(track(withFinding('open'), '2030-01-01'), 'BJ-31-rectification-report')[0];
    expect(o.due).toBeUndefined();
    expect(state(o)).toBe('open');
  });
});

describe('bijie filing rules create no deadlines (no numbers in the text)', () => {
  it('a fully recorded project yields only the tracker obligations', () => {
    const d = track(bjProject(), '2026-03-02');
    expect(new Set(d.obligations.map((f) => f.ruleId))).toEqual(
      new Set(['BJ-20-acceptance', 'BJ-28-annual-security-reports', 'BJ-32-performance-monitoring']),
    );
  });
});
