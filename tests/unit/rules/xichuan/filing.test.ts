import { describe, expect, it } from 'vitest';
import type { FilingFacts, ProjectFacts } from '@gov/rules';
import { byRule, contractFiling, file, on, one, wan, withFields, withReviews, xcProject, xcSystem, CONTRACT_CLAUSES } from './fixtures.js';

describe('XC-15-contract-contents (第十五条, A-28)', () => {
  it('every clause present: complete', () => {
    const d = file({ project: xcProject(), filing: contractFiling() });
    expect(one(d.findings, 'XC-15-contract-contents').missing).toEqual([]);
    expect(d.outcome).toBe('complete');
  });
  it('no 保修期限 clause: incomplete', () => {
    const f = contractFiling();
    const { 保修期限: _drop, ...fields } = f.fields;
    const d = file({ project: xcProject(), filing: { ...f, fields } });
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['保修期限']);
  });
  it('lists the 17 checklist items', () => {
    expect(one(file({ project: xcProject(), filing: contractFiling() }).findings, 'XC-15-contract-contents').requires).toEqual(CONTRACT_CLAUSES);
  });
});

describe('XC-15-service-contract / XC-15-no-subcontract (第十五条): purchased services', () => {
  const svc = xcProject({ deliveryMode: 'purchase_service' });
  it('service contract: CHECK items, no construction clause list', () => {
    const d = file({ project: svc, filing: contractFiling({ fields: {} }) });
    expect(one(d.findings, 'XC-15-service-contract').outcome).toBe('CHECK');
    expect(byRule(d.findings, 'XC-15-contract-contents')).toHaveLength(0);
    expect(byRule(d.findings, 'XC-15-no-subcontract').some((f) => f.outcome === 'CHECK')).toBe(true);
  });
  it('no attestation of no 转包: incomplete; supplied: complete', () => {
    const missing = file({ project: svc, filing: contractFiling({ fields: {} }) });
    expect(missing.missing).toEqual(['不转包承诺', '履约过程记录保存']);
    const ok = file({ project: svc, filing: contractFiling({ fields: { 不转包承诺: true, 履约过程记录保存: true } }) });
    expect(ok.outcome).toBe('complete');
    expect(byRule(ok.findings, 'XC-15-no-subcontract').map((f) => f.outcome)).toEqual(['CHECK']);
  });
});

describe('XC-14-procure-per-approval (第十四条)', () => {
  it('procurement outside the approval: rejected', () => {
    const f = contractFiling();
    const d = file({ project: xcProject(), filing: { ...f, fields: { ...f.fields, 超出批复范围: true } } });
    expect(d.outcome).toBe('rejected');
    expect(one(d.findings, 'XC-14-procure-per-approval').outcome).toBe('REJECT');
  });
  it('contract amount exactly the approved estimate: fine; one fen over: rejected', () => {
    const f = contractFiling();
    expect(byRule(file({ project: xcProject(), filing: { ...f, fields: { ...f.fields, 合同金额: wan(100) } } }).findings, 'XC-14-procure-per-approval')).toHaveLength(0);
    expect(file({ project: xcProject(), filing: { ...f, fields: { ...f.fields, 合同金额: wan(100) + 1 } } }).outcome).toBe('rejected');
  });
  it('no technical review opinion nor 实施意见: FLAG', () => {
    const d = file({ project: withReviews({ 技术性审查: 'pending', 项目实施意见: 'pending' }), filing: contractFiling() });
    expect(one(d.findings, 'XC-14-procure-per-approval').outcome).toBe('FLAG');
  });
});

describe('XC-16-supervision (第十六条): 监理 for 政府投资建设类, no threshold', () => {
  it('no 监理 contract: incomplete', () => {
    const d = file({ project: xcProject({ amountTotal: 100 }), filing: contractFiling({ attachments: [] }) });
    expect(one(d.findings, 'XC-16-supervision').missing).toEqual(['监理合同', '监理单位资质证明']);
    expect(d.outcome).toBe('incomplete');
  });
  it('on file among the project documents: satisfied', () => {
    const p = xcProject();
    const d = file({ project: { ...p, documents: [...p.documents, { type: '监理合同' }, { type: '监理单位资质证明' }] }, filing: contractFiling({ attachments: [] }) });
    expect(one(d.findings, 'XC-16-supervision').missing).toEqual([]);
  });
  it('purchased services: not required', () => {
    expect(byRule(file({ project: xcProject({ deliveryMode: 'purchase_service' }), filing: contractFiling({ attachments: [] }) }).findings, 'XC-16-supervision')).toHaveLength(0);
  });
});

describe('XC-17 changes (第十七条): 15% of 概算总投资 via checkFiling', () => {
  const change = (c: Partial<NonNullable<FilingFacts['change']>>, project: ProjectFacts = xcProject()) =>
    file({
      project,
      filing: {
        type: 'change',
        filedOn: on,
        fields: {},
        change: { newTotal: wan(100), adjustAmount: wan(15), goalUnchanged: true, reason: '一', approvalsComplete: true, ...c },
      },
    });

  it('exactly 15% of the approved estimate: the unit adjusts and files with 县发改委', () => {
    const d = change({ adjustAmount: 15_000_000 });
    expect(d.outcome).toBe('complete');
    const f = one(d.findings, 'XC-17-change-self', 'REQUIRE');
    expect(f.route).toBe('县发改委');
    expect(one(d.findings, 'XC-17-change-self', 'CHECK').message).toContain('(三)');
    expect(byRule(d.findings, 'XC-17-change-other')).toHaveLength(0);
  });
  it('one fen over 15%: re-approval, not a filing', () => {
    const d = change({ adjustAmount: 15_000_001 });
    expect(d.outcome).toBe('rejected');
    expect(one(d.findings, 'XC-17-change-other', 'ROUTE').route).toBe('re-approval');
    expect(byRule(d.findings, 'XC-17-change-self')).toHaveLength(0);
  });
  it('cumulative with earlier self-adjustments (A-11)', () => {
    const d = change({ adjustAmount: wan(10) }, withFields({ 累计自行调整金额: wan(5) + 1 }));
    expect(d.outcome).toBe('rejected');
    expect(change({ adjustAmount: wan(10) }, withFields({ 累计自行调整金额: wan(5) })).outcome).toBe('complete');
  });
  it('new total one fen above 概算: re-approval', () => {
    const d = change({ newTotal: wan(100) + 1, adjustAmount: wan(1) });
    expect(d.outcome).toBe('rejected');
    expect(one(d.findings, 'XC-17-change-other', 'ROUTE').message).toContain('超出概算批复');
  });
  it('goal changed: re-approval', () => {
    expect(change({ goalUnchanged: false }).outcome).toBe('rejected');
  });
  it('reason (三) covers schedule only', () => {
    expect(change({ reason: '三', changedAspects: ['建设进度'] }).outcome).toBe('complete');
    expect(change({ reason: '三', changedAspects: ['建设进度', '建设内容'] }).outcome).toBe('rejected');
  });
  it('no reason: re-approval', () => {
    expect(change({ reason: undefined }).outcome).toBe('rejected');
  });
  it('XC-17-change-tech-opinion: reason (二) needs the 局 opinion', () => {
    const d = change({ reason: '二' });
    expect(one(d.findings, 'XC-17-change-tech-opinion').missing).toEqual(['县行政审批和政务信息管理局意见']);
    expect(d.outcome).toBe('incomplete');
    const ok = change({ reason: '二' }, withReviews({ 技术方案优化意见: 'pass' }));
    expect(one(ok.findings, 'XC-17-change-tech-opinion').missing).toEqual([]);
    expect(ok.outcome).toBe('complete');
  });
  it('XC-17-change-before-approval: approvals incomplete → independent chapter in 初步设计', () => {
    const d = change({ approvalsComplete: false, adjustAmount: wan(40) });
    expect(one(d.findings, 'XC-17-change-before-approval').missing).toEqual(['初步设计方案:调整部分定量补充说明(独立章节)']);
    expect(byRule(d.findings, 'XC-17-change-other')).toHaveLength(0);
    const p = xcProject();
    const withChapter = {
      ...p,
      documents: p.documents.map((x) => (x.type === '初步设计方案' ? { ...x, chapters: [...(x.chapters ?? []), '调整部分定量补充说明(独立章节)'] } : x)),
    };
    expect(change({ approvalsComplete: false, adjustAmount: wan(40) }, withChapter).outcome).toBe('complete');
  });
  it('XC-17-no-unauthorised-change: content changed with no change filing on record → FLAG', () => {
    const d = file({ project: withFields({ 建设内容已调整: true }), filing: contractFiling() });
    expect(one(d.findings, 'XC-17-no-unauthorised-change').outcome).toBe('FLAG');
    const filed = file({ project: withFields({ 建设内容已调整: true }, { records: { change_filing: '2026-02-01' } }), filing: contractFiling() });
    expect(byRule(filed.findings, 'XC-17-no-unauthorised-change')).toHaveLength(0);
  });
});

describe('XC-20-shutdown-filing (第二十条)', () => {
  const stop = (project: ProjectFacts, attachments: string[] = []) =>
    file({ project, system: xcSystem({ status: 'long_unused' }), filing: { type: 'stop_operation', filedOn: on, fields: {}, attachments } });
  it('no report, no approval: incomplete', () => {
    expect(stop(xcProject()).missing).toEqual(['停用情况报告', '县行政审批和政务信息管理局核准']);
  });
  it('report and approval: complete', () => {
    expect(stop(withReviews({ 关停核准: 'pass' }), ['停用情况报告']).outcome).toBe('complete');
  });
  it('approval refused: rejected', () => {
    expect(stop(withReviews({ 关停核准: 'fail' }), ['停用情况报告']).outcome).toBe('rejected');
  });
});

describe('XC-28-annual-catalogue / XC-05-county-catalogue (第二十[八]条, 第五条)', () => {
  const FIELDS = ['名称', '类型', '建设依据', '审批部门和文件号', '投资额度', '运维费用', '经费渠道', '信息资源目录', '信息共享开放情况', '等级保护和分级保护情况', '绩效指标'];
  const catalogue = (fields: Record<string, string>) =>
    file({ project: xcProject({ records: { 'annual_catalogue:2025': '2025-12-30' } }), filing: { type: 'annual_catalogue', filedOn: on, fields } });
  it('all 11 fields: complete, routed to the county catalogue', () => {
    const d = catalogue(Object.fromEntries(FIELDS.map((f) => [f, '已填'])));
    expect(d.outcome).toBe('complete');
    expect(one(d.findings, 'XC-28-annual-catalogue', 'REQUIRE').requires).toEqual(FIELDS);
    expect(one(d.findings, 'XC-05-county-catalogue').route).toContain('县级政务信息系统目录');
  });
  it('绩效指标 missing: incomplete', () => {
    const d = catalogue(Object.fromEntries(FIELDS.filter((f) => f !== '绩效指标').map((f) => [f, '已填'])));
    expect(d.missing).toEqual(['绩效指标']);
  });
  it('a running system left out of the catalogue is flagged', () => {
    const d = file({
      project: xcProject(),
      unit: { systems: [xcSystem({ id: 'A', inAnnualCatalogue: true }), xcSystem({ id: 'B' })] },
      filing: { type: 'annual_catalogue', filedOn: on, fields: Object.fromEntries(FIELDS.map((f) => [f, '已填'])) },
    });
    expect(byRule(d.findings, 'XC-28-annual-catalogue').find((f) => f.outcome === 'FLAG' && f.message.includes('B'))).toBeDefined();
  });
  it('not a catalogue filing: no county routing', () => {
    expect(byRule(file({ project: xcProject(), filing: contractFiling() }).findings, 'XC-05-county-catalogue')).toHaveLength(0);
  });
});
