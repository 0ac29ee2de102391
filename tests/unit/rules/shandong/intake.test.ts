import { describe, expect, it } from 'vitest';
import { byRule, review, sdProject } from './fixtures.js';

const only = (project: ReturnType<typeof sdProject>, id: string) => byRule(review({ project }).findings, id);

describe('baseline', () => {
  it('a complete provincial 立项申请 with every reviewer decision recorded is admissible', () => {
    const d = review({ project: sdProject() });
    expect(d.blocking).toEqual([]);
    expect(d.outcome).toBe('admissible');
  });
});

describe('SD-06-plan-basis (第六条): the 立项申请 rests on the 年度指导计划', () => {
  it('requires the plan item; missing → returned', () => {
    const d = review({ project: sdProject({ fields: {} }) });
    const [f] = byRule(d.findings, 'SD-06-plan-basis');
    expect(f.missing).toEqual(['年度指导计划项目']);
    expect(d.outcome).toBe('returned');
    expect(f.article).toBe('第六条');
  });
  it('supplied → missing empties', () => {
    const [f] = only(sdProject(), 'SD-06-plan-basis');
    expect(f.requires).toEqual(['年度指导计划项目']);
    expect(f.missing).toEqual([]);
  });
  it('does not apply to another application kind', () => {
    expect(only(sdProject({ applicationKind: '入库申请', fields: {} }), 'SD-06-plan-basis')).toEqual([]);
  });
});

describe('SD-07 (第七条): documents of the application', () => {
  it('default: 项目建设方案 + 投资预算, missing → returned (原则上 → overridable)', () => {
    const d = review({ project: sdProject({ documents: [{ type: '信息资源目录' }, { type: '网络与信息安全风险评估' }, { type: '等级保护方案' }] }) });
    const [f] = byRule(d.findings, 'SD-07-docs-default');
    expect(f.missing).toEqual(['项目建设方案', '投资预算']);
    expect(f.overridable).toBe(true);
    expect(d.outcome).toBe('returned');
  });
  it('default: 投资预算 as a chapter of the 建设方案 counts', () => {
    const [f] = only(
      sdProject({ documents: [{ type: '项目建设方案', chapters: ['投资预算'] }, { type: '信息资源目录' }] }),
      'SD-07-docs-default',
    );
    expect(f.missing).toEqual([]);
  });
  it('an override by 省政务服务管理办公室 lets the application through', () => {
    const p = sdProject({ documents: [{ type: '投资预算' }, { type: '信息资源目录' }, { type: '网络与信息安全风险评估' }, { type: '等级保护方案' }] });
    const overridden = { ...p, status: { ...p.status, overrides: { 'SD-07-docs-default': { authority: '省政务服务管理办公室', reason: '续建', documentRef: '鲁政管〔2026〕1号', on: '2026-03-01' } } } };
    expect(review({ project: p }).outcome).toBe('returned');
    expect(review({ project: overridden }).outcome).toBe('admissible');
  });
  it('new civil works: 可行性研究报告 + 初步设计方案 + 投资预算 instead of the default set', () => {
    const p = sdProject({ flags: { newCivilWorks: true } });
    const [f] = only(p, 'SD-07-docs-civil-works');
    expect(f.missing).toEqual(['可行性研究报告', '初步设计方案']);
    expect(only(p, 'SD-07-docs-default')).toEqual([]);
    const full = sdProject({ flags: { newCivilWorks: true }, documents: [...sdProject().documents, { type: '可行性研究报告' }, { type: '初步设计方案' }] });
    expect(only(full, 'SD-07-docs-civil-works')[0].missing).toEqual([]);
    expect(only(sdProject(), 'SD-07-docs-civil-works')).toEqual([]);
  });
  it('cross-dept / cross-region / cross-level: a jointly signed 整体方案', () => {
    for (const flags of [{ crossDept: true }, { crossRegion: true }, { crossLevel: true }]) {
      const [f] = only(sdProject({ flags }), 'SD-07-joint-overall-plan');
      expect(f.missing).toEqual(['整体方案', '整体方案共建部门会签']);
    }
    const done = sdProject({ flags: { crossRegion: true }, documents: [...sdProject().documents, { type: '整体方案' }], fields: { 年度指导计划项目: 'x', 整体方案共建部门会签: true } });
    expect(only(done, 'SD-07-joint-overall-plan')[0].missing).toEqual([]);
    expect(only(sdProject(), 'SD-07-joint-overall-plan')).toEqual([]);
  });
});

describe('SD-27-data-attributes (第二十七条): every data resource states 来源/格式/更新/共享/开放', () => {
  it('a resource without 开放属性 and 更新 is returned, naming the resource', () => {
    const d = review({ project: sdProject({ dataResources: [{ name: '人口库', source: '省公安厅', format: 'CSV', sharingType: 'conditional' }] }) });
    const [f] = byRule(d.findings, 'SD-27-data-attributes');
    expect(f.missing).toEqual(['人口库:更新', '人口库:开放属性']);
    expect(d.outcome).toBe('returned');
  });
  it('no data resource at all is returned', () => {
    expect(only(sdProject({ dataResources: [] }), 'SD-27-data-attributes')[0].missing).toEqual(['数据资源(信息资源目录条目)']);
  });
  it('all attributes present → nothing missing', () => {
    expect(only(sdProject(), 'SD-27-data-attributes')[0].missing).toEqual([]);
  });
});
