import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '@gov/rules';
import { byRule, due, sdProject, withProject } from './fixtures.js';

const tracked = (more: Parameters<typeof withProject>[1]) => withProject(sdProject(), more);
const obligations = (p: ProjectFacts, on: string, id: string) => byRule(due({ project: p }, on).obligations, id);
const others = (p: ProjectFacts, on: string, id: string) => byRule(due({ project: p }, on).findings, id);

describe('SD-16-annual-report (第十六条): by 31 December of each construction year', () => {
  const p = tracked({ dates: { constructionStart: '2025-05-01' } });
  it('on 31 December the year’s report is open; on 1 January it is overdue and flagged', () => {
    const [o] = obligations(p, '2025-12-31', 'SD-16-annual-report');
    expect(o.due).toBe('2025-12-31');
    expect(o.detail).toMatchObject({ state: 'open', year: 2025 });
    expect(o.provisional).toBe(false);
    expect(others(p, '2025-12-31', 'SD-16-annual-report')).toEqual([]);
    const next = obligations(p, '2026-01-01', 'SD-16-annual-report');
    expect(next.map((x) => [x.due, (x.detail as { state: string }).state])).toEqual([
      ['2025-12-31', 'overdue'],
      ['2026-12-31', 'open'],
    ]);
    expect(others(p, '2026-01-01', 'SD-16-annual-report')[0].outcome).toBe('FLAG');
  });
  it('a recorded report meets the year; the recipients are the 审批部门 and the 财政部门', () => {
    const filed = withProject(p, { records: { 'annual_report:2025': '2025-12-20' } });
    const [o] = obligations(filed, '2026-01-01', 'SD-16-annual-report');
    expect(o.detail).toMatchObject({ state: 'met', recipients: ['项目审批部门', '财政部门'] });
    expect(others(filed, '2026-01-01', 'SD-16-annual-report')).toEqual([]);
  });
  it('in trial run the report must also cover 试运行效果及存在问题', () => {
    expect(obligations(p, '2025-06-01', 'SD-16-annual-report')[0].requires).toEqual(['建设进度', '预算执行情况']);
    const trial = withProject(p, { dates: { trialRunStart: '2025-10-01' } });
    expect(obligations(trial, '2025-11-01', 'SD-16-annual-report')[0].requires).toEqual(['建设进度', '预算执行情况', '试运行效果及存在问题']);
  });
  it('no report is due for the year in which the project was accepted', () => {
    const acc = withProject(p, { dates: { acceptancePassed: '2026-06-01' } });
    expect(obligations(acc, '2026-07-01', 'SD-16-annual-report').map((o) => o.due)).toEqual(['2025-12-31']);
  });
});

describe('SD-23-apply-3m (第二十三条): acceptance application within 3 months of completing construction', () => {
  const p = tracked({ dates: { constructionCompleted: '2026-11-30' } });
  it('month-end clamp: completed 2026-11-30 → due 2027-02-28, open on that day', () => {
    const [o] = obligations(p, '2027-02-28', 'SD-23-apply-3m');
    expect(o.due).toBe('2027-02-28');
    expect(o.detail).toMatchObject({ state: 'open', startEvent: 'construction_completed' });
    expect(o.requires).toEqual(['项目建设总结', '财务报告', '审计报告', '信息安全风险评估报告', '密码应用情况']);
  });
  it('the day after: overdue, flagged, and a 延期验收申请 is required (SD-23-extension)', () => {
    const [o] = obligations(p, '2027-03-01', 'SD-23-apply-3m');
    expect(o.detail).toMatchObject({ state: 'overdue' });
    expect(others(p, '2027-03-01', 'SD-23-apply-3m')[0].outcome).toBe('FLAG');
    const [ext] = others(p, '2027-03-01', 'SD-23-extension');
    expect(ext.outcome).toBe('REQUIRE');
    expect(ext.missing).toEqual(['延期验收申请']);
    expect(others(p, '2027-02-28', 'SD-23-extension')).toEqual([]);
  });
  it('leap year: completed 2027-11-30 → due 2028-02-29', () => {
    expect(obligations(tracked({ dates: { constructionCompleted: '2027-11-30' } }), '2028-01-01', 'SD-23-apply-3m')[0].due).toBe('2028-02-29');
  });
  it('an extension request removes the overdue flag; its approval moves the due date', () => {
    const requested = withProject(p, { records: { extension_request: '2027-02-20' } });
    expect(others(requested, '2027-03-01', 'SD-23-apply-3m')).toEqual([]);
    expect(others(requested, '2027-03-01', 'SD-23-extension')[0].missing).toEqual([]);
    const approved = withProject(requested, { dates: { acceptanceExtendedTo: '2027-05-31' } });
    const [o] = obligations(approved, '2027-05-31', 'SD-23-apply-3m');
    expect(o.due).toBe('2027-05-31');
    expect(o.detail).toMatchObject({ state: 'open', originalDue: '2027-02-28', extendedTo: '2027-05-31' });
    expect(obligations(approved, '2027-06-01', 'SD-23-apply-3m')[0].detail).toMatchObject({ state: 'overdue' });
  });
  it('the application recorded on the last day meets it', () => {
    const applied = withProject(p, { records: { acceptance_application: '2027-02-28' } });
    expect(obligations(applied, '2027-04-01', 'SD-23-apply-3m')[0].detail).toMatchObject({ state: 'met', late: false });
    expect(others(applied, '2027-04-01', 'SD-23-extension')).toEqual([]);
  });
  it('A-14: without construction_completed the contract’s scheduled completion starts the clock, flagged', () => {
    const sched = tracked({ fields: { 合同约定完工日期: '2026-08-31' } });
    const [o] = obligations(sched, '2026-10-01', 'SD-23-apply-3m');
    expect(o.due).toBe('2026-11-30');
    expect(o.detail).toMatchObject({ startEvent: 'contract_scheduled_completion' });
    expect(others(sched, '2026-10-01', 'SD-23-apply-3m')[0].message).toContain('合同约定完工日期');
  });
  it('nothing before construction is completed', () => {
    expect(obligations(sdProject(), '2027-03-01', 'SD-23-apply-3m')).toEqual([]);
  });
});

describe('acceptance-stage requirements (SD-23-report-contents, SD-20-archives, SD-28-catalogue-registered, SD-32-acceptance-products)', () => {
  const p = tracked({ dates: { constructionCompleted: '2026-11-30' } });
  it('report contents, electronic archive and catalogue registration are required and missing', () => {
    expect(others(p, '2026-12-01', 'SD-23-report-contents')[0].missing).toEqual(['项目建设总结', '财务报告', '审计报告', '信息安全风险评估报告', '密码应用情况']);
    expect(others(p, '2026-12-01', 'SD-20-archives')[0].missing).toEqual(['项目电子档案']);
    expect(others(p, '2026-12-01', 'SD-28-catalogue-registered')[0].missing).toEqual(['信息资源目录纳入共享平台目录管理系统']);
    expect(others(p, '2026-12-01', 'SD-32-acceptance-products')[0].outcome).toBe('CHECK');
  });
  it('supplied → missing empties', () => {
    const docs = ['项目建设总结', '财务报告', '审计报告', '信息安全风险评估报告', '密码应用情况', '项目电子档案'].map((type) => ({ type }));
    const full = withProject({ ...p, documents: [...p.documents, ...docs] }, { fields: { 信息资源目录纳入共享平台目录管理系统: true } });
    expect(others(full, '2026-12-01', 'SD-23-report-contents')[0].missing).toEqual([]);
    expect(others(full, '2026-12-01', 'SD-20-archives')[0].missing).toEqual([]);
    expect(others(full, '2026-12-01', 'SD-28-catalogue-registered')[0].missing).toEqual([]);
  });
  it('not before construction is completed', () => {
    for (const id of ['SD-23-report-contents', 'SD-20-archives', 'SD-28-catalogue-registered', 'SD-32-acceptance-products']) {
      expect(others(sdProject(), '2026-12-01', id)).toEqual([]);
    }
  });
});

describe('SD-23-organise-timely (第二十三条 "及时"): flag only, no number in the text', () => {
  it('an application without an acceptance result is flagged to the authority', () => {
    const p = tracked({ dates: { constructionCompleted: '2026-11-30' }, records: { acceptance_application: '2027-01-10' } });
    const [f] = others(p, '2027-02-01', 'SD-23-organise-timely');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toEqual({ applicationOn: '2027-01-10', slaDays: null });
    const acc = withProject(p, { dates: { acceptancePassed: '2027-01-30' } });
    expect(others(acc, '2027-02-01', 'SD-23-organise-timely')).toEqual([]);
  });
});

describe('SD-22-organiser (第二十二条)', () => {
  const acc = tracked({ dates: { acceptancePassed: '2027-01-30' } });
  it('the organiser must be recorded', () => {
    expect(others(acc, '2027-02-01', 'SD-22-organiser')[0].missing).toEqual(['竣工验收组织单位']);
  });
  it('项目审批部门 organises → satisfied', () => {
    expect(others(withProject(acc, { fields: { 竣工验收组织单位: '项目审批部门' } }), '2027-02-01', 'SD-22-organiser')[0].missing).toEqual([]);
  });
  it('项目建设单位 needs the delegation', () => {
    const unit = withProject(acc, { fields: { 竣工验收组织单位: '项目建设单位' } });
    expect(others(unit, '2027-02-01', 'SD-22-organiser')[0].missing).toEqual(['验收委托书']);
    const delegated = { ...unit, documents: [...unit.documents, { type: '验收委托书' }] };
    expect(others(delegated, '2027-02-01', 'SD-22-organiser')[0].missing).toEqual([]);
  });
});

describe('SD-24-post-eval-12-24m (第二十四条, A-10): window 12–24 months after acceptance and use', () => {
  const p = tracked({ dates: { acceptancePassed: '2026-03-31', operationStart: '2026-01-10' } });
  it('t0 = the later of acceptance and operation; last day of the window open, the day after overdue', () => {
    const [o] = obligations(p, '2028-03-31', 'SD-24-post-eval-12-24m');
    expect(o.due).toBe('2028-03-31');
    expect(o.detail).toMatchObject({ state: 'open', windowStart: '2027-03-31', recipient: '省政务服务管理办公室' });
    expect(obligations(p, '2028-04-01', 'SD-24-post-eval-12-24m')[0].detail).toMatchObject({ state: 'overdue' });
    expect(others(p, '2028-04-01', 'SD-24-post-eval-12-24m')[0].outcome).toBe('FLAG');
    const later = tracked({ dates: { acceptancePassed: '2026-03-31', operationStart: '2026-05-15' } });
    expect(obligations(later, '2027-01-01', 'SD-24-post-eval-12-24m')[0].due).toBe('2028-05-15');
  });
  it('a report inside the window meets it; one before the window is accepted but flagged early', () => {
    const inWindow = withProject(p, { records: { self_evaluation: '2027-03-31' } });
    expect(obligations(inWindow, '2028-04-01', 'SD-24-post-eval-12-24m')[0].detail).toMatchObject({ state: 'met', early: false });
    expect(others(inWindow, '2028-04-01', 'SD-24-post-eval-12-24m')).toEqual([]);
    const early = withProject(p, { records: { self_evaluation: '2027-03-30' } });
    expect(obligations(early, '2028-04-01', 'SD-24-post-eval-12-24m')[0].detail).toMatchObject({ state: 'met', early: true });
    expect(others(early, '2028-04-01', 'SD-24-post-eval-12-24m')[0].message).toContain('早于');
  });
  it('SD-24-third-party: once the self-evaluation is in, the optional 后评价 task appears', () => {
    expect(others(p, '2027-05-01', 'SD-24-third-party')).toEqual([]);
    const filed = withProject(p, { records: { self_evaluation: '2027-04-01' } });
    expect(others(filed, '2027-05-01', 'SD-24-third-party')[0].outcome).toBe('CHECK');
  });
});

describe('SD-19-incident-report (第十九条)', () => {
  it('a checklist question while construction is under way', () => {
    const p = tracked({ dates: { constructionStart: '2026-01-01' } });
    expect(others(p, '2026-03-01', 'SD-19-incident-report').map((f) => f.outcome)).toEqual(['CHECK']);
  });
  it('serious delay detected → FLAG and a report required until recorded', () => {
    const p = tracked({ dates: { constructionStart: '2026-01-01' }, fields: { 工程严重逾期: true } });
    const fs = others(p, '2026-03-01', 'SD-19-incident-report');
    expect(fs.map((f) => f.outcome)).toEqual(['FLAG', 'REQUIRE']);
    expect(fs[1].missing).toEqual(['向项目审批部门报告']);
    const reported = withProject(p, { records: { incident_report: '2026-02-15' } });
    expect(others(reported, '2026-03-01', 'SD-19-incident-report')[1].missing).toEqual([]);
  });
});

describe('SD-34-rectification (第三十四条): the notice’s due date', () => {
  const p = tracked({ status: { openFindings: [{ ruleId: 'SD-29-sharing-platform', status: 'open', due: '2026-06-30' }] } });
  it('open on the due day, overdue the day after with the sanctions flag', () => {
    const [o] = obligations(p, '2026-06-30', 'SD-34-rectification');
    expect(o.due).toBe('2026-06-30');
    expect(o.detail).toMatchObject({ state: 'open', findingRuleId: 'SD-29-sharing-platform' });
    expect(others(p, '2026-06-30', 'SD-34-rectification')).toEqual([]);
    expect(obligations(p, '2026-07-01', 'SD-34-rectification')[0].detail).toMatchObject({ state: 'overdue' });
    expect(others(p, '2026-07-01', 'SD-34-rectification')[0].message).toContain('暂缓拨付建设资金');
  });
  it('closed → met; rectified but still non-compliant → flagged', () => {
    const closed = tracked({ status: { openFindings: [{ ruleId: 'X', status: 'closed', due: '2026-06-30' }] } });
    expect(obligations(closed, '2026-07-01', 'SD-34-rectification')[0].detail).toMatchObject({ state: 'met' });
    const bad = tracked({ status: { openFindings: [{ ruleId: 'X', status: 'rectified_noncompliant', due: '2026-06-30' }] } });
    expect(others(bad, '2026-06-01', 'SD-34-rectification')[0].message).toContain('整改后仍不符合要求');
  });
});
