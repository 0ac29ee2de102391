import { describe, expect, it } from 'vitest';
import type { FilingFacts, ProjectFacts } from '@gov/rules';
import { byRule, due, file, sdProject, wan, withProject } from './fixtures.js';

const ident = { 项目名称: '山东省政务服务数据共享系统', 项目建设单位: '省直某部门' };
const filing = (type: FilingFacts['type'], filedOn: string, more: Partial<FilingFacts> = {}): FilingFacts => ({
  type,
  filedOn,
  fields: ident,
  ...more,
});
const obligations = (p: ProjectFacts, on: string, id: string) => byRule(due({ project: p }, on).obligations, id);

describe('SD-13-contract-5wd (第十三条): contract text within 5 working days of signing', () => {
  // 2026-09-30 signed; 国庆 10-01..10-07 off; 10-08 (1), 10-09 (2), 10-10 Sat worked (3), 10-12 (4), 10-13 (5).
  const signed = withProject(sdProject(), { dates: { contractSigned: '2026-09-30' } });
  it('signed 2026-09-30 → due 2026-10-13 (国庆 off, 10-10 worked); open on the last day', () => {
    const [o] = obligations(signed, '2026-10-13', 'SD-13-contract-5wd');
    expect(o.due).toBe('2026-10-13');
    expect(o.provisional).toBe(false);
    expect(o.requires).toEqual(['合同文本']);
    expect(o.detail).toMatchObject({ state: 'open', startEvent: 'contract_signed', recipient: '省政务服务管理办公室' });
  });
  it('the day after (2026-10-14) it is overdue', () => {
    expect(obligations(signed, '2026-10-14', 'SD-13-contract-5wd')[0].detail).toMatchObject({ state: 'overdue' });
  });
  it('a filing recorded on the last day meets it', () => {
    const filed = withProject(signed, { records: { contract_filing: '2026-10-13' } });
    expect(obligations(filed, '2026-10-20', 'SD-13-contract-5wd')[0].detail).toMatchObject({ state: 'met', late: false });
  });
  it('checking the filing: on 2026-10-13 complete; on 2026-10-14 flagged late', () => {
    const onTime = file(signed, filing('contract', '2026-10-13', { attachments: ['合同文本'] }));
    expect(onTime.outcome).toBe('complete');
    expect(byRule(onTime.findings, 'SD-13-contract-5wd').map((f) => f.outcome)).toEqual(['REQUIRE']);
    const late = file(signed, filing('contract', '2026-10-14', { attachments: ['合同文本'] }));
    const fs = byRule(late.findings, 'SD-13-contract-5wd');
    expect(fs.map((f) => f.outcome)).toEqual(['REQUIRE', 'FLAG']);
    expect(fs[1].due).toBe('2026-10-13');
  });
  it('the contract text must be attached', () => {
    const d = file(signed, filing('contract', '2026-10-09'));
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['合同文本']);
  });
});

describe('SD-13-procure-approved-content (第十三条): procure what was approved', () => {
  const approved = withProject(sdProject({ lineItems: [{ type: '业务应用软件', amount: wan(300) }, { type: '服务器', amount: wan(100) }] }), {
    dates: { contractSigned: '2026-09-30' },
  });
  const contract = (contractItems: FilingFacts['contractItems']) =>
    byRule(file(approved, filing('contract', '2026-10-09', { attachments: ['合同文本'], contractItems })).findings, 'SD-13-procure-approved-content');
  it('within the approved content and amounts (exactly) → silent', () => {
    expect(contract([{ type: '业务应用软件', amount: wan(300) }, { type: '服务器', amount: wan(100) }])).toEqual([]);
  });
  it('an item outside the approved content, or one fen over an approved amount, is flagged', () => {
    const [f] = contract([{ type: '业务应用软件', amount: wan(300) + 1 }, { type: '大屏显示系统', amount: wan(10) }]);
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toEqual({ outside: ['大屏显示系统'], over: ['业务应用软件'] });
  });
  it('no approved line items on file → flagged for manual comparison', () => {
    const bare = withProject(sdProject(), { dates: { contractSigned: '2026-09-30' } });
    const fs = byRule(file(bare, filing('contract', '2026-10-09', { attachments: ['合同文本'], contractItems: [{ type: '服务器', amount: 1 }] })).findings, 'SD-13-procure-approved-content');
    expect(fs[0].message).toContain('人工核对');
  });
});

describe('SD-03-full-scope-filing (第三条, 第四条)', () => {
  it('every filing identifies the project and the unit', () => {
    const d = file(sdProject(), filing('other_channel', '2026-05-01', { fields: {} }));
    expect(byRule(d.findings, 'SD-03-full-scope-filing')[0].missing).toEqual(['项目名称', '项目建设单位']);
    expect(d.outcome).toBe('incomplete');
    expect(byRule(file(sdProject(), filing('other_channel', '2026-05-01')).findings, 'SD-03-full-scope-filing')[0].missing).toEqual([]);
  });
});

describe('SD-10-ministry-filing (第十条): file after the ministry approves', () => {
  const approved = withProject(sdProject(), { records: { ministry_approval: '2026-04-01' } });
  it('an obligation flagged 30 days after approval (A-24, inferred)', () => {
    const [o] = obligations(approved, '2026-05-01', 'SD-10-ministry-filing');
    expect(o.due).toBe('2026-05-01');
    expect(o.detail).toMatchObject({ state: 'open', inferred: true });
    expect(obligations(approved, '2026-05-02', 'SD-10-ministry-filing')[0].detail).toMatchObject({ state: 'overdue' });
    const filed = withProject(approved, { records: { ministry_filing: '2026-04-20' } });
    expect(obligations(filed, '2026-05-02', 'SD-10-ministry-filing')[0].detail).toMatchObject({ state: 'met' });
  });
  it('the filing carries the ministry’s approval', () => {
    expect(file(approved, filing('upstream_approval', '2026-04-20')).missing).toEqual(['国家有关部委审批文件']);
    expect(file(approved, filing('upstream_approval', '2026-04-20', { attachments: ['国家有关部委审批文件'] })).outcome).toBe('complete');
  });
});

describe('SD-18-change-prior-application (第十八条, A-12)', () => {
  const p = sdProject({ approvedEstimate: wan(500) });
  const change = (c: Partial<NonNullable<FilingFacts['change']>>, project = p) =>
    file(project, filing('change', '2026-06-10', { change: { newTotal: wan(500), adjustAmount: 0, goalUnchanged: true, ...c } }));
  it('a change of 建设地点 without a prior 调整申请 and re-review is incomplete', () => {
    const d = change({ changedAspects: ['建设地点'] });
    const [f] = byRule(d.findings, 'SD-18-change-prior-application');
    expect(f.missing).toEqual(['事先提交的调整申请', '省政务服务管理办公室重新审核意见']);
    expect(f.detail).toMatchObject({ aspects: ['建设地点'] });
    expect(d.outcome).toBe('incomplete');
  });
  it('with the application before the change and a passed re-review → complete', () => {
    const ok = withProject(p, { records: { change_application: '2026-05-20' }, status: { reviews: { 调整申请审核意见: 'pass' } } });
    expect(change({ changedAspects: ['主要建设内容'] }, ok).outcome).toBe('complete');
    const after = withProject(p, { records: { change_application: '2026-06-11' }, status: { reviews: { 调整申请审核意见: 'pass' } } });
    expect(byRule(change({ changedAspects: ['主要建设内容'] }, after).findings, 'SD-18-change-prior-application')[0].missing).toEqual(['事先提交的调整申请']);
  });
  it('budget: threshold 0 — one fen changes it; unchanged budget with nothing else → not a 较大变化', () => {
    const [f] = byRule(change({ newTotal: wan(500) + 1 }).findings, 'SD-18-change-prior-application');
    expect(f.detail).toMatchObject({ aspects: ['项目预算'], budgetChange: 1 });
    expect(byRule(change({}).findings, 'SD-18-change-prior-application')).toEqual([]);
    expect(change({}).outcome).toBe('complete');
  });
  it('a changed goal counts even if not listed', () => {
    expect(byRule(change({ goalUnchanged: false }).findings, 'SD-18-change-prior-application')[0].detail).toMatchObject({ aspects: ['建设目标'] });
  });
});

describe('SD-23-acceptance-filing (第二十三条)', () => {
  const acc = withProject(sdProject(), { dates: { acceptancePassed: '2027-01-30' }, fields: { 竣工验收组织单位: '项目审批部门' } });
  it('an obligation flagged 30 days after acceptance (A-24, inferred)', () => {
    const [o] = obligations(acc, '2027-03-01', 'SD-23-acceptance-filing');
    expect(o.due).toBe('2027-03-01');
    expect(o.detail).toMatchObject({ state: 'open', inferred: true });
    expect(obligations(acc, '2027-03-02', 'SD-23-acceptance-filing')[0].detail).toMatchObject({ state: 'overdue' });
  });
  it('the filing needs the acceptance report and the organiser; filed by someone else → flagged', () => {
    expect(file(acc, filing('acceptance', '2027-02-10')).missing).toEqual(['验收报告', '验收组织单位']);
    const ok = file(acc, filing('acceptance', '2027-02-10', { attachments: ['验收报告'], fields: { ...ident, 验收组织单位: '项目审批部门' } }));
    expect(ok.outcome).toBe('complete');
    expect(byRule(ok.findings, 'SD-23-acceptance-filing').map((f) => f.outcome)).toEqual(['REQUIRE']);
    const other = file(acc, filing('acceptance', '2027-02-10', { attachments: ['验收报告'], fields: { ...ident, 验收组织单位: '项目建设单位' } }));
    expect(byRule(other.findings, 'SD-23-acceptance-filing').map((f) => f.outcome)).toEqual(['REQUIRE', 'FLAG']);
  });
});
