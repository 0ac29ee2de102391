import { describe, expect, it } from 'vitest';
import { checkFiling, type FilingDecision, type FilingFacts, type ProjectFacts } from '@gov/rules';
import { projectFacts } from '../fixtures.js';
import { OVERRIDE, cal, filing, hs, wan } from './fixtures-back.js';

const on = '2026-06-01';
const check = (f: FilingFacts, project: Partial<ProjectFacts> = {}, classification = {}): FilingDecision =>
  checkFiling(hs, { project: projectFacts(project), filing: f }, on, cal, classification);
const of = (d: FilingDecision, id: string) => d.findings.filter((f) => f.ruleId === id);

describe('HS-16-filing-fields (第十六条)', () => {
  const all = {
    项目名称: '智慧审计平台',
    项目单位: '区审计局',
    审批部门: '区发改委',
    绩效目标及指标: '审计覆盖率100%',
    投资额度: wan(80),
    运维费用: wan(8),
    经费渠道: '区本级财政',
    数据资源目录: '已编制',
    信息共享开放: '按目录共享',
    应用系统: '审计作业系统',
    等级保护或分级保护备案情况: '二级,已备案',
  };
  const attachments = ['密码应用方案', '密码应用安全性评估报告', '等级保护定级备案', '区公安分局等保定级备案审核意见'];
  it('the 13 contents are required; all present → complete', () => {
    const d = check(filing('other_channel', { fields: all, attachments }));
    const [f] = of(d, 'HS-16-filing-fields');
    expect(f.requires).toHaveLength(13);
    expect(f.missing).toEqual([]);
    expect(d.outcome).toBe('complete');
  });
  it('missing contents are listed and make the filing incomplete', () => {
    const { 运维费用: _a, 经费渠道: _b, ...rest } = all;
    const d = check(filing('other_channel', { fields: rest, attachments: ['密码应用方案'] }));
    expect(d.outcome).toBe('incomplete');
    expect(of(d, 'HS-16-filing-fields')[0].missing).toEqual(['运维费用', '经费渠道', '密码应用安全性评估报告']);
  });
  it('other filing types are not concerned', () => {
    expect(of(check(filing('contract')), 'HS-16-filing-fields')).toEqual([]);
  });
});

describe('HS-23-change-self / HS-23-change-other (第二十三条): the 15% boundary', () => {
  const project = { approvedEstimate: wan(1000) }; // 概算 1000万元 → 15% = 150万元
  const change = (c: Partial<NonNullable<FilingFacts['change']>> = {}) =>
    filing('change', {
      change: { newTotal: wan(1000), adjustAmount: wan(150), goalUnchanged: true, reason: '二', changedAspects: ['技术方案'], ...c },
    });

  it('exactly 15% of 概算, within 概算, same goal, reason (二) → self-adjustable, complete', () => {
    const d = check(change(), project);
    expect(d.outcome).toBe('complete');
    const [f] = of(d, 'HS-23-change-self');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.message).toContain('15.00%');
    expect(of(d, 'HS-23-change-other')).toEqual([]);
  });
  it('one fen over 15% → re-approval: ROUTE + filing rejected', () => {
    const d = check(change({ adjustAmount: wan(150) + 1 }), project);
    expect(d.outcome).toBe('rejected');
    const f = of(d, 'HS-23-change-other');
    expect(f.map((x) => x.outcome)).toEqual(['ROUTE', 'REJECT']);
    expect(f[0].route).toBe('重新报批');
    expect(of(d, 'HS-23-change-self')).toEqual([]);
  });
  it('total exactly the 概算 is fine; one fen above → re-approval', () => {
    expect(check(change({ newTotal: wan(1000) }), project).outcome).toBe('complete');
    const d = check(change({ newTotal: wan(1000) + 1 }), project);
    expect(d.outcome).toBe('rejected');
    expect(of(d, 'HS-23-change-other')[0].message).toContain('超出批复概算');
  });
  it('goal changed → re-approval', () => {
    expect(check(change({ goalUnchanged: false }), project).outcome).toBe('rejected');
  });
  it('no reason among (一)–(三) → re-approval', () => {
    expect(check(change({ reason: undefined }), project).outcome).toBe('rejected');
  });
  it('A-11: cumulative with earlier self-approved adjustments', () => {
    const d = check(change({ adjustAmount: wan(50) }), { ...project, fields: { 累计自行调整数额: wan(100) + 1 } });
    expect(d.outcome).toBe('rejected');
    expect(check(change({ adjustAmount: wan(50) }), { ...project, fields: { 累计自行调整数额: wan(100) } }).outcome).toBe('complete');
  });
  it('no approved 概算 on record → cannot be self-adjusted', () => {
    expect(check(change(), {}).outcome).toBe('rejected');
  });
  it('once the change is re-approved only the route remains', () => {
    const d = check(change({ adjustAmount: wan(200) }), { ...project, status: { reviews: { 变更审批: 'pass' } } });
    expect(of(d, 'HS-23-change-other').map((x) => x.outcome)).toEqual(['ROUTE']);
    expect(d.outcome).toBe('complete');
  });
  it('self-adjustment still needs the changed content described', () => {
    const d = check(change({ changedAspects: [] }), project);
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['主要建设内容调整情况']);
  });
  it('a change filing without change details is incomplete', () => {
    expect(check(filing('change'), project).outcome).toBe('incomplete');
  });
});

describe('contract filing: HS-24-contract-warranty (第二十四条) and HS-17-procurement-records (第十七条)', () => {
  const attachments = ['招标投标或政府采购记录', '合同'];
  const contract = (fields: FilingFacts['fields'], extra: Partial<FilingFacts> = {}) => filing('contract', { fields, attachments, ...extra });

  it('质保期 and a 12-month free O&M period → complete', () => {
    const d = check(contract({ 质保期: '3年', 免费运维期: 12, 免费运维期起算: '竣工验收合格之日' }));
    expect(d.outcome).toBe('complete');
    expect(of(d, 'HS-24-contract-warranty')[0].requires).toEqual(['质保期', '免费运维期']);
  });
  it('11 months → rejected, overridable; the override lets it through', () => {
    const d = check(contract({ 质保期: '3年', 免费运维期: 11 }));
    expect(d.outcome).toBe('rejected');
    const rej = of(d, 'HS-24-contract-warranty').find((f) => f.outcome === 'REJECT')!;
    expect(rej.overridable).toBe(true);
    const o = check(contract({ 质保期: '3年', 免费运维期: 11 }), { status: { overrides: { 'HS-24-contract-warranty': OVERRIDE } } });
    expect(o.outcome).toBe('complete');
  });
  it('"1年" reads as 12 months; "11个月" as 11', () => {
    expect(check(contract({ 质保期: '3年', 免费运维期: '1年' })).outcome).toBe('complete');
    expect(check(contract({ 质保期: '3年', 免费运维期: '11个月' })).outcome).toBe('rejected');
  });
  it('missing 质保期 / 免费运维期 → incomplete', () => {
    const d = check(contract({}));
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['质保期', '免费运维期']);
  });
  it('free O&M counted from contract signing instead of acceptance → rejected', () => {
    expect(check(contract({ 质保期: '3年', 免费运维期: 12, 免费运维期起算: '合同签订之日' })).outcome).toBe('rejected');
  });
  it('only 建设类 contracts (the classified category wins)', () => {
    expect(of(check(contract({}), { category: 'procure_service' }), 'HS-24-contract-warranty')).toEqual([]);
    expect(of(check(contract({}), { category: 'build' }, { category: 'om' }), 'HS-24-contract-warranty')).toEqual([]);
  });
  it('HS-17: procurement record and contract required; missing empties when attached', () => {
    const d = check(contract({ 质保期: '3年', 免费运维期: 12 }, { attachments: [] }));
    const [f] = of(d, 'HS-17-procurement-records');
    expect(f.requires).toEqual(['招标投标或政府采购记录', '合同']);
    expect(f.missing).toEqual(['招标投标或政府采购记录', '合同']);
    expect(of(check(contract({ 质保期: '3年', 免费运维期: 12 })), 'HS-17-procurement-records')[0].missing).toEqual([]);
  });
  it('HS-17: civil works add 工程监理合同; classified adds the 保密 review', () => {
    const [f] = of(check(contract({}), { flags: { newCivilWorks: true, classified: true } }), 'HS-17-procurement-records');
    expect(f.requires).toEqual(['招标投标或政府采购记录', '合同', '工程监理合同', '涉密招标采购保密审查意见']);
  });
});

describe('HS-28-acceptance-filing (第二十八条) and HS-04-djcp-filing (第四条(四))', () => {
  const common = ['竣工验收备案表', '项目建设总结', '初步验收报告', '财务报告', '审计报告', '安全风险评估报告', '密码应用安全性评估报告', '性能压力测试报告', '数据共享情况确认书', '试运行报告(含用户使用评价)'];
  const djcp = ['等级保护定级备案', '区公安分局等保定级备案审核意见'];

  it('non-classified: 等保测评报告 required; everything attached → complete', () => {
    const d = check(filing('acceptance', { attachments: [...common, '网络安全等级保护测评报告', ...djcp] }));
    expect(of(d, 'HS-28-acceptance-filing')[0].requires).toContain('网络安全等级保护测评报告');
    expect(of(d, 'HS-28-acceptance-filing')[0].requires).not.toContain('软件测试报告');
    expect(d.outcome).toBe('complete');
  });
  it('missing attachments → incomplete, named', () => {
    const d = check(filing('acceptance', { attachments: [...common.filter((a) => a !== '审计报告'), ...djcp] }));
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['审计报告', '网络安全等级保护测评报告']);
  });
  it('classified + custom software: 测评审查合格证 instead of 等保测评报告, plus 软件测试报告; no 等保 filing', () => {
    const d = check(filing('acceptance', { attachments: common }), { flags: { classified: true, hasCustomSoftware: true } });
    expect(d.missing).toEqual(['涉密信息系统测评审查合格证', '软件测试报告']);
    expect(of(d, 'HS-04-djcp-filing')).toEqual([]);
  });
  it('HS-04: non-classified needs the 定级备案 and the 区公安分局 review; the review may be recorded on the project', () => {
    const d = check(filing('acceptance', { attachments: [...common, '网络安全等级保护测评报告'] }));
    expect(of(d, 'HS-04-djcp-filing')[0].missing).toEqual(djcp);
    const e = check(filing('acceptance', { attachments: [...common, '网络安全等级保护测评报告', '等级保护定级备案'] }), {
      status: { reviews: { 等保定级备案审核: 'pass' } },
    });
    expect(of(e, 'HS-04-djcp-filing')[0].missing).toEqual([]);
    expect(e.outcome).toBe('complete');
  });
});
