import { describe, expect, it } from 'vitest';
import type { ProjectFacts } from '@gov/rules';
import { byRule, one, track, withFields, xcProject, xcSystem } from './fixtures.js';

const built = (dates: ProjectFacts['dates'], extra: Partial<ProjectFacts> = {}, records?: ProjectFacts['records']) =>
  xcProject({ dates, records, ...extra });

describe('XC-18-acceptance-6m (第十八条): organise acceptance within 6 months of 建成 (§6.5 #2)', () => {
  const p = built({ constructionCompleted: '2026-08-31' });
  it('2026-08-31 + 6 months clamps to 2027-02-28; open on the last day', () => {
    const d = track({ project: p }, '2027-02-28');
    const o = one(d.obligations, 'XC-18-acceptance-6m');
    expect(o.due).toBe('2027-02-28');
    expect(o.provisional).toBe(false);
    expect(o.detail).toMatchObject({ state: 'open', startEvent: 'constructionCompleted' });
    expect(byRule(d.findings, 'XC-18-acceptance-6m')).toHaveLength(0);
  });
  it('the day after: overdue, FLAG without a written explanation', () => {
    const d = track({ project: p }, '2027-03-01');
    expect(one(d.obligations, 'XC-18-acceptance-6m').detail).toMatchObject({ state: 'overdue' });
    expect(one(d.findings, 'XC-18-acceptance-6m', 'FLAG').message).toContain('书面说明');
  });
  it('overdue with the written explanation on record: no FLAG', () => {
    const d = track({ project: built({ constructionCompleted: '2026-08-31' }, {}, { late_explanation: '2027-02-20' }) }, '2027-03-01');
    expect(byRule(d.findings, 'XC-18-acceptance-6m')).toHaveLength(0);
  });
  it('acceptance held: met', () => {
    const d = track({ project: built({ constructionCompleted: '2026-08-31', acceptancePassed: '2027-01-15' }) }, '2027-06-01');
    expect(one(d.obligations, 'XC-18-acceptance-6m').detail).toMatchObject({ state: 'met', late: false });
  });
  it('A-14: no 建成 date → contract completion date, flagged', () => {
    const d = track({ project: built({ contractEnd: '2026-03-15' }) }, '2026-04-01');
    expect(one(d.obligations, 'XC-18-acceptance-6m').due).toBe('2026-09-15');
    expect(one(d.findings, 'XC-18-acceptance-6m', 'FLAG').message).toContain('建成日期');
  });
  it('nothing built yet: no obligation', () => {
    expect(byRule(track({ project: xcProject() }).obligations, 'XC-18-acceptance-6m')).toHaveLength(0);
  });
});

describe('XC-18-participants / XC-18-materials (第十八条)', () => {
  it('participants are invited while acceptance is pending', () => {
    const d = track({ project: built({ constructionCompleted: '2026-01-10' }) });
    expect(one(d.findings, 'XC-18-participants').detail).toMatchObject({ optionalParticipants: ['县发改委', '县行政审批和政务信息管理局', '县财政局'] });
  });
  it('materials: all four missing, then supplied', () => {
    const d = track({ project: built({ constructionCompleted: '2026-01-10' }) });
    expect(one(d.findings, 'XC-18-materials').missing).toEqual(['项目建设总结', '财务报告', '审计报告', '安全风险评估报告']);
    const p = built({ constructionCompleted: '2026-01-10' });
    const done = track({ project: { ...p, documents: [...p.documents, ...['项目建设总结', '财务报告', '审计报告', '安全风险评估报告'].map((type) => ({ type }))] } });
    expect(one(done.findings, 'XC-18-materials').missing).toEqual([]);
  });
});

describe('XC-19-late-explanation (第十九条)', () => {
  it('not yet overdue: silent', () => {
    expect(byRule(track({ project: built({ constructionCompleted: '2026-08-31' }) }, '2027-02-28').findings, 'XC-19-late-explanation')).toHaveLength(0);
  });
  it('overdue: written explanation and committed date required', () => {
    const f = one(track({ project: built({ constructionCompleted: '2026-08-31' }) }, '2027-03-01').findings, 'XC-19-late-explanation');
    expect(f.missing).toEqual(['书面说明材料(报县行政审批和政务信息管理局)', '明确的验收时间']);
  });
  it('explanation with a committed date: the date becomes the new due date', () => {
    const d = track({ project: built({ constructionCompleted: '2026-08-31', acceptanceExtendedTo: '2027-04-30' }, {}, { late_explanation: '2027-02-25' }) }, '2027-03-01');
    expect(one(d.findings, 'XC-19-late-explanation').missing).toEqual([]);
    const o = one(d.obligations, 'XC-19-late-explanation');
    expect(o.due).toBe('2027-04-30');
    expect(o.detail).toMatchObject({ state: 'open' });
    expect(one(track({ project: built({ constructionCompleted: '2026-08-31', acceptanceExtendedTo: '2027-04-30' }, {}, { late_explanation: '2027-02-25' }) }, '2027-05-01').obligations, 'XC-19-late-explanation').detail).toMatchObject({ state: 'overdue' });
  });
});

describe('XC-19-failed-rectify-1m (第十九条): rectify within one month of a failed acceptance (§6.5 #3)', () => {
  const failed = built({ constructionCompleted: '2025-12-01', acceptanceFailed: '2026-01-31' });
  it('2026-01-31 + 1 month = 2026-02-28; open on that day', () => {
    const o = one(track({ project: failed }, '2026-02-28').obligations, 'XC-19-failed-rectify-1m');
    expect(o.due).toBe('2026-02-28');
    expect(o.detail).toMatchObject({ state: 'open' });
  });
  it('the day after: overdue and flagged', () => {
    const d = track({ project: failed }, '2026-03-01');
    expect(one(d.obligations, 'XC-19-failed-rectify-1m').detail).toMatchObject({ state: 'overdue' });
    expect(byRule(d.findings, 'XC-19-failed-rectify-1m').map((f) => f.outcome)).toEqual(['FLAG']);
  });
  it('rectification recorded: met', () => {
    const d = track({ project: built({ constructionCompleted: '2025-12-01', acceptanceFailed: '2026-01-31' }, {}, { rectification: '2026-02-20' }) }, '2026-03-01');
    expect(one(d.obligations, 'XC-19-failed-rectify-1m').detail).toMatchObject({ state: 'met' });
  });
  it('A-39: no re-acceptance a further month after the rectification due date → FLAG', () => {
    const p = built({ constructionCompleted: '2025-12-01', acceptanceFailed: '2026-01-31' }, {}, { rectification: '2026-02-20' });
    expect(byRule(track({ project: p }, '2026-03-28').findings, 'XC-19-failed-rectify-1m')).toHaveLength(0);
    expect(byRule(track({ project: p }, '2026-03-29').findings, 'XC-19-failed-rectify-1m')).toHaveLength(1);
  });
  it('re-accepted: met, nothing flagged', () => {
    const d = track({ project: built({ constructionCompleted: '2025-12-01', acceptanceFailed: '2026-01-31', acceptancePassed: '2026-03-20' }) }, '2026-06-01');
    expect(one(d.obligations, 'XC-19-failed-rectify-1m').detail).toMatchObject({ state: 'met', reaccepted: true });
    expect(byRule(d.findings, 'XC-19-failed-rectify-1m')).toHaveLength(0);
  });
});

describe('XC-05-initial-acceptance (第五条)', () => {
  it('no 初步验收: required', () => {
    expect(one(track({ project: built({ constructionCompleted: '2026-01-10' }) }).findings, 'XC-05-initial-acceptance').missing).toEqual(['初步验收记录']);
  });
  it('recorded before 竣工验收: satisfied', () => {
    const d = track({ project: built({ constructionCompleted: '2026-01-10', preliminaryAcceptance: '2026-01-20', acceptancePassed: '2026-02-10' }) });
    expect(one(d.findings, 'XC-05-initial-acceptance').missing).toEqual([]);
  });
  it('recorded after 竣工验收: out of order', () => {
    const d = track({ project: built({ constructionCompleted: '2026-01-10', preliminaryAcceptance: '2026-02-20', acceptancePassed: '2026-02-10' }) });
    expect(one(d.findings, 'XC-05-initial-acceptance').missing).toEqual(['初步验收记录']);
  });
});

describe('acceptance CHECK items (第十二条, 第三十[三]条)', () => {
  it('new project at acceptance: AI effect and product reliability items', () => {
    const d = track({ project: built({ constructionCompleted: '2026-01-10' }) });
    expect(one(d.findings, 'XC-12-ai-acceptance').outcome).toBe('CHECK');
    expect(one(d.findings, 'XC-33-acceptance-products').outcome).toBe('CHECK');
  });
  it('a continuation has no AI indicator; not built: neither', () => {
    expect(byRule(track({ project: built({ constructionCompleted: '2026-01-10' }, { subtype: 'continuation' }) }).findings, 'XC-12-ai-acceptance')).toHaveLength(0);
    expect(byRule(track({ project: xcProject() }).findings, 'XC-33-acceptance-products')).toHaveLength(0);
  });
});

describe('XC-20-unused-report (第二十条, §6.5 #7)', () => {
  it('a stopped system: FLAG and report required', () => {
    const d = track({ project: xcProject(), system: xcSystem({ status: 'stopped' }) });
    const fs = byRule(d.findings, 'XC-20-unused-report');
    expect(fs.map((f) => f.outcome)).toEqual(['FLAG', 'REQUIRE']);
    expect(fs[1].missing).toHaveLength(1);
  });
  it('reported: nothing missing', () => {
    const d = track({ project: xcProject({ records: { stop_notice: '2026-02-01' } }), system: xcSystem({ status: 'long_unused' }) });
    expect(one(d.findings, 'XC-20-unused-report', 'REQUIRE').missing).toEqual([]);
  });
  it('running: silent', () => {
    expect(byRule(track({ project: xcProject(), system: xcSystem() }).findings, 'XC-20-unused-report')).toHaveLength(0);
  });
});

describe('XC-35-rectification (第三十[五]条, §6.5 #8)', () => {
  const p = xcProject({ status: { openFindings: [{ ruleId: 'XC-11-per-approval', status: 'open', due: '2026-04-30' }] } });
  it('due date from the notice; open on the day', () => {
    const d = track({ project: p }, '2026-04-30');
    const o = one(d.obligations, 'XC-35-rectification');
    expect(o.due).toBe('2026-04-30');
    expect(o.detail).toMatchObject({ state: 'open' });
    expect(byRule(d.findings, 'XC-35-rectification')).toHaveLength(0);
  });
  it('the day after: overdue, sanctions possible', () => {
    const d = track({ project: p }, '2026-05-01');
    expect(one(d.obligations, 'XC-35-rectification').detail).toMatchObject({ state: 'overdue' });
    expect(one(d.findings, 'XC-35-rectification').message).toContain('暂缓拨付建设资金');
  });
  it('closed findings: nothing', () => {
    expect(byRule(track({ project: xcProject({ status: { openFindings: [{ ruleId: 'x', status: 'closed', due: '2026-01-01' }] } }) }).obligations, 'XC-35-rectification')).toHaveLength(0);
  });
});

describe('XC-37-monitoring / XC-05-service-perf-eval', () => {
  it('optional third-party monitoring once the contract is signed', () => {
    expect(one(track({ project: built({ contractSigned: '2026-01-05' }) }).findings, 'XC-37-monitoring').outcome).toBe('CHECK');
    expect(byRule(track({ project: xcProject() }).findings, 'XC-37-monitoring')).toHaveLength(0);
  });
  it('purchased services: a performance-evaluation task for the 局 until evaluated', () => {
    const svc = xcProject({ deliveryMode: 'purchase_service' });
    expect(one(track({ project: svc }).findings, 'XC-05-service-perf-eval').detail).toMatchObject({ owner: '县行政审批和政务信息管理局' });
    const evaluated = { ...svc, status: { reviews: { 政府购买服务绩效评价: 'pass' as const } } };
    expect(byRule(track({ project: evaluated }).findings, 'XC-05-service-perf-eval')).toHaveLength(0);
    expect(byRule(track({ project: xcProject() }).findings, 'XC-05-service-perf-eval')).toHaveLength(0);
  });
});

describe('XC-28-annual-catalogue obligation (§6.5 #4, A-27: 31 Dec inferred)', () => {
  // The 清单 lists systems "已建成投入运行": the obligation starts with the year the system went into operation.
  const running = (records?: Record<string, string>) => xcProject({ dates: { operationStart: '2025-09-15' }, ...(records ? { records } : {}) });
  it('last year missing: overdue; this year open', () => {
    const d = track({ project: running() }, '2026-03-02');
    const os = byRule(d.obligations, 'XC-28-annual-catalogue');
    expect(os.map((o) => [o.due, (o.detail as { state: string }).state])).toEqual([
      ['2025-12-31', 'overdue'],
      ['2026-12-31', 'open'],
    ]);
  });
  it('filed on record: met; 31 Dec is still on time', () => {
    const d = track({ project: running({ 'annual_catalogue:2025': '2025-12-20' }) }, '2026-12-31');
    const os = byRule(d.obligations, 'XC-28-annual-catalogue');
    expect(os.map((o) => (o.detail as { state: string }).state)).toEqual(['met', 'open']);
    expect(byRule(d.findings, 'XC-28-annual-catalogue')).toHaveLength(0);
  });
  it('in the first year (2025) only that year is owed', () => {
    expect(byRule(track({ project: running() }, '2025-10-01').obligations, 'XC-28-annual-catalogue').map((o) => o.due)).toEqual(['2025-12-31']);
  });
  it('a project with no system in operation owes no catalogue; operation from 2026 owes none for 2025', () => {
    expect(byRule(track({ project: xcProject() }, '2026-03-02').obligations, 'XC-28-annual-catalogue')).toEqual([]);
    const from2026 = xcProject({ dates: { operationStart: '2026-01-05' } });
    expect(byRule(track({ project: from2026 }, '2026-03-02').obligations, 'XC-28-annual-catalogue').map((o) => o.due)).toEqual(['2026-12-31']);
  });
});
