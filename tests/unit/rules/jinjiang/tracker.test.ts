import { describe, expect, it } from 'vitest';
import type { ProjectFacts, SystemFacts } from '@gov/rules';
import { deadlinesJJ, funded, of, withFields, withStatus } from './fixtures.js';

const built = (dates: ProjectFacts['dates'], over: Partial<ProjectFacts> = {}): ProjectFacts => funded({ dates, ...over });
const all = (d: ReturnType<typeof deadlinesJJ>) => [...d.obligations, ...d.findings];
const sys = (over: Partial<SystemFacts> = {}): SystemFacts => ({ id: 'S1', ownerDepartmentId: 'JJ-D01', status: 'running', lastAssessment: '2026-01-10', ...over });

describe('JJ-14-acceptance-per-contract (第十四条)', () => {
  it('once completed, the acceptance report against the contract is required', () => {
    const p = built({ constructionCompleted: '2026-05-10' });
    const d = deadlinesJJ({ project: p }, '2026-05-20');
    expect(d.binding).toBe(false);
    expect(of(d.findings, 'JJ-14-acceptance-per-contract')[0].missing).toEqual(['项目验收报告']);
    const ok = { ...p, documents: [...p.documents, { type: '项目验收报告' }] };
    expect(of(deadlinesJJ({ project: ok }, '2026-05-20').findings, 'JJ-14-acceptance-per-contract')[0].missing).toEqual([]);
  });
  it('higher-level acceptance is routed to its procedure', () => {
    const p = withFields(built({ constructionCompleted: '2026-05-10' }), { 需上级部门验收: true });
    expect(of(deadlinesJJ({ project: p }, '2026-05-20').findings, 'JJ-14-acceptance-per-contract').map((f) => f.outcome)).toEqual(['REQUIRE', 'ROUTE']);
  });
  it('nothing before completion', () => {
    expect(of(deadlinesJJ({ project: funded() }, '2026-05-20').findings, 'JJ-14-acceptance-per-contract')).toHaveLength(0);
  });
});

describe('JJ-14-no-use-before-acceptance (第十四条): formal use only after acceptance', () => {
  it('going live on the acceptance day is fine', () => {
    const p = built({ acceptancePassed: '2026-06-15', formalOperationStart: '2026-06-15' });
    expect(of(deadlinesJJ({ project: p }, '2026-07-01').findings, 'JJ-14-no-use-before-acceptance')).toHaveLength(0);
  });
  it('going live one day before acceptance is flagged', () => {
    const p = built({ acceptancePassed: '2026-06-15', formalOperationStart: '2026-06-14' });
    const [f] = of(deadlinesJJ({ project: p }, '2026-07-01').findings, 'JJ-14-no-use-before-acceptance');
    expect(f.outcome).toBe('FLAG');
  });
  it('a planned go-live without acceptance is refused', () => {
    const p = built({ formalOperationStart: '2026-08-01' });
    expect(of(deadlinesJJ({ project: p }, '2026-07-01').findings, 'JJ-14-no-use-before-acceptance')[0].outcome).toBe('REJECT');
  });
});

describe('JJ-14-late-explanation (第十四条, A-23): late acceptance needs a written explanation', () => {
  const p = built({ contractAcceptanceDue: '2026-06-30' });
  it('on the due day: nothing', () => {
    expect(of(deadlinesJJ({ project: p }, '2026-06-30').findings, 'JJ-14-late-explanation')).toHaveLength(0);
  });
  it('the day after, not accepted: FLAG + the explanation is missing', () => {
    const [f] = of(deadlinesJJ({ project: p }, '2026-07-01').findings, 'JJ-14-late-explanation');
    expect(f.outcome).toBe('FLAG');
    expect(f.missing).toEqual(['不能按期验收的书面说明']);
  });
  it('an explanation on record clears it', () => {
    expect(of(deadlinesJJ({ project: { ...p, records: { late_explanation: '2026-07-02' } } }, '2026-07-05').findings, 'JJ-14-late-explanation')).toHaveLength(0);
  });
  it('accepted late without explanation is flagged; accepted on time is not', () => {
    const late = built({ contractAcceptanceDue: '2026-06-30', acceptancePassed: '2026-07-01' });
    expect(of(deadlinesJJ({ project: late }, '2026-07-05').findings, 'JJ-14-late-explanation')).toHaveLength(1);
    const onTime = built({ contractAcceptanceDue: '2026-06-30', acceptancePassed: '2026-06-30' });
    expect(of(deadlinesJJ({ project: onTime }, '2026-07-05').findings, 'JJ-14-late-explanation')).toHaveLength(0);
  });
  it('without a scheduled acceptance date the contract end is used', () => {
    const q = built({ contractEnd: '2026-06-30' });
    expect(of(deadlinesJJ({ project: q }, '2026-07-01').findings, 'JJ-14-late-explanation')[0].due).toBe('2026-06-30');
  });
});

describe('JJ-17-annual-eval (第十七条(一)): formal operation for a full year', () => {
  const p = built({ acceptancePassed: '2025-03-01', formalOperationStart: '2025-03-02' });
  it('2026-03-01: not yet a full year', () => {
    expect(of(deadlinesJJ({ project: p }, '2026-03-01').findings, 'JJ-17-annual-eval')).toHaveLength(0);
  });
  it('2026-03-02: joins this year’s evaluation', () => {
    const [f] = of(deadlinesJJ({ project: p }, '2026-03-02').findings, 'JJ-17-annual-eval');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toMatchObject({ eligibleFrom: '2026-03-02', year: 2026 });
  });
});

describe('JJ-17-fail-rectify (第十七条(二)): rectification by the date the office sets', () => {
  const p = withStatus(funded(), { openFindings: [{ ruleId: 'JJ-17-fail-rectify', status: 'open', due: '2026-04-30' }] });
  it('open on the due day', () => {
    const [o] = of(deadlinesJJ({ project: p }, '2026-04-30').obligations, 'JJ-17-fail-rectify');
    expect(o.due).toBe('2026-04-30');
    expect(o.detail).toMatchObject({ state: 'open' });
  });
  it('overdue the day after, with a sanctions flag', () => {
    const d = deadlinesJJ({ project: p }, '2026-05-01');
    expect(of(d.obligations, 'JJ-17-fail-rectify')[0].detail).toMatchObject({ state: 'overdue' });
    expect(of(d.findings, 'JJ-17-fail-rectify')[0].outcome).toBe('FLAG');
  });
  it('met by a rectification record on time', () => {
    const done = { ...p, records: { rectification: '2026-04-28' } };
    expect(of(deadlinesJJ({ project: done }, '2026-05-10').obligations, 'JJ-17-fail-rectify')[0].detail).toMatchObject({ state: 'met' });
  });
  it('a 不合格 evaluation without a set due date asks the office to set one', () => {
    const d = deadlinesJJ({ project: funded(), system: sys({ lastEvaluation: '不合格' }) }, '2026-05-10');
    expect(of(d.findings, 'JJ-17-fail-rectify')[0].message).toContain('整改期限');
    expect(of(deadlinesJJ({ project: funded(), system: sys({ lastEvaluation: '合格' }) }, '2026-05-10').findings, 'JJ-17-fail-rectify')).toHaveLength(0);
  });
});

describe('JJ-12-progress-warnings (第十二条)', () => {
  const p = withFields(funded(), { 计划完成日期: '2026-03-01' });
  it('no warning up to the planned date, a warning the day after', () => {
    expect(of(deadlinesJJ({ project: p }, '2026-03-01').findings, 'JJ-12-progress-warnings')).toHaveLength(0);
    expect(of(deadlinesJJ({ project: p }, '2026-03-02').findings, 'JJ-12-progress-warnings')[0].outcome).toBe('FLAG');
  });
  it('no warning once completed', () => {
    const done = { ...p, dates: { constructionCompleted: '2026-03-01' } };
    expect(of(deadlinesJJ({ project: done }, '2026-04-01').findings, 'JJ-12-progress-warnings')).toHaveLength(0);
  });
});

describe('JJ-18-periodic-testing (第十八条, A-32)', () => {
  it('a running system with no test on record is flagged', () => {
    expect(of(deadlinesJJ({ project: funded(), system: sys({ lastAssessment: undefined }) }).findings, 'JJ-18-periodic-testing')).toHaveLength(1);
  });
  it('with a 12-month period: due on the anniversary, flagged the day after', () => {
    const p = withFields(funded(), { '安全检测评估周期(月)': 12 });
    const s = sys({ lastAssessment: '2025-03-02' });
    expect(of(deadlinesJJ({ project: p, system: s }, '2026-03-02').findings, 'JJ-18-periodic-testing')).toHaveLength(0);
    expect(of(deadlinesJJ({ project: p, system: s }, '2026-03-03').findings, 'JJ-18-periodic-testing')[0].due).toBe('2026-03-02');
  });
  it('no period configured: no number is invented', () => {
    expect(of(deadlinesJJ({ project: funded(), system: sys({ lastAssessment: '2020-01-01' }) }).findings, 'JJ-18-periodic-testing')).toHaveLength(0);
  });
});

describe('JJ-19-acceptance-items / JJ-03-platform-verified (第十九条, 第三条): at acceptance', () => {
  const p = built({ constructionCompleted: '2026-05-10' });
  it('the acceptance checklist appears', () => {
    const [f] = of(deadlinesJJ({ project: p }, '2026-05-20').findings, 'JJ-19-acceptance-items');
    expect(f.outcome).toBe('CHECK');
    expect(f.requires).toEqual(['软硬件产品的安全可靠情况', '项目密码应用和安全审查情况', '硬件设备等情况']);
  });
  it('platform integration evidence is required', () => {
    expect(of(all(deadlinesJJ({ project: p }, '2026-05-20')), 'JJ-03-platform-verified')[0].missing).toEqual(['智慧蓉城锦江运行管理平台接入证明']);
    const ok = { ...p, documents: [...p.documents, { type: '智慧蓉城锦江运行管理平台接入证明' }] };
    expect(of(all(deadlinesJJ({ project: ok }, '2026-05-20')), 'JJ-03-platform-verified')[0].missing).toEqual([]);
    expect(of(all(deadlinesJJ({ project: funded() }, '2026-05-20')), 'JJ-03-platform-verified')).toHaveLength(0);
  });
});
