import { describe, expect, it } from 'vitest';
import { byRule, classifyP, one, withFields, withReviews, xcProject, xcSystem, xc, on } from './fixtures.js';
import { classify } from '@gov/rules';
import { testCalendar } from '../fixtures.js';

describe('XC-02-scope (第二条): listed objects using government funds', () => {
  it('a 政务信息系统 on local fiscal funds is in scope', () => {
    const d = classifyP(xcProject());
    expect(d.inScope).toBe(true);
    expect(one(d.findings, 'XC-02-scope').sets).toEqual({ inScope: true });
  });
  it('智慧物联终端 is listed', () => {
    expect(classifyP(xcProject({ objectType: '智慧物联终端' })).inScope).toBe(true);
  });
  it('an object outside the list is out of scope', () => {
    expect(classifyP(xcProject({ objectType: '办公家具' })).inScope).toBe(false);
  });
  it('no government funds at all: out of scope', () => {
    const d = classifyP(xcProject({ fundingMode: undefined, fundingSources: ['social_capital'] }));
    expect(d.inScope).toBe(false);
    expect(one(d.findings, 'XC-02-scope').message).toContain('政府资金');
  });
  it('upper-level fiscal funds count as government funds', () => {
    expect(classifyP(xcProject({ fundingMode: undefined, fundingSources: ['upper_fiscal'] })).inScope).toBe(true);
  });
});

describe('XC-02-composite (第二条): only the IT part of a composite project', () => {
  it('composite: the finding says only the IT part applies', () => {
    const d = classifyP(withFields({ 综合性项目: true }));
    expect(one(d.findings, 'XC-02-composite').message).toContain('政务信息化建设升级部分');
    expect(d.inScope).toBe(true);
  });
  it('not composite: silent', () => {
    expect(byRule(classifyP(xcProject()).findings, 'XC-02-composite')).toHaveLength(0);
  });
});

describe('XC-04-cat-invest / XC-04-cat-service (第四条)', () => {
  it('政府投资 new → 政府投资建设类', () => {
    expect(classifyP(xcProject({ fundingMode: 'gov_invest', subtype: 'new' })).category).toBe('gov_invest_build');
  });
  it('政府与社会企业联合建设 改扩建 → 政府投资建设类', () => {
    expect(classifyP(xcProject({ fundingMode: 'gov_enterprise_joint', subtype: 'expansion' })).category).toBe('gov_invest_build');
  });
  it('续建 → 政府投资建设类', () => {
    expect(classifyP(xcProject({ subtype: 'continuation' })).category).toBe('gov_invest_build');
  });
  it('an upgrade (not 新建/续建/改扩建) is not set by the rule', () => {
    const d = classifyP(xcProject({ subtype: 'upgrade' }));
    expect(byRule(d.findings, 'XC-04-cat-invest')).toHaveLength(0);
    expect(d.category).not.toBe('gov_invest_build');
  });
  it('purchased services → 政府购买服务类', () => {
    const d = classifyP(xcProject({ deliveryMode: 'purchase_service', fundingMode: 'purchase_service' }));
    expect(d.category).toBe('gov_purchase_service');
    expect(byRule(d.findings, 'XC-04-cat-invest')).toHaveLength(0);
  });
  it('purchase_service delivery alone is enough', () => {
    expect(classifyP(xcProject({ deliveryMode: 'purchase_service' })).category).toBe('gov_purchase_service');
  });
});

describe('XC-06-origin (第六条)', () => {
  it('origin recorded: nothing missing', () => {
    expect(one(classifyP(xcProject()).findings, 'XC-06-origin').missing).toEqual([]);
  });
  it('origin missing: required', () => {
    expect(one(classifyP(xcProject({ origin: undefined })).findings, 'XC-06-origin').missing).toHaveLength(1);
  });
});

describe('XC-05-routing (第五条): roles', () => {
  it('technical review goes to the 局; roles are listed', () => {
    const d = classifyP(xcProject());
    const f = one(d.findings, 'XC-05-routing');
    expect(d.routes).toContain('县行政审批和政务信息管理局');
    expect((f.detail as { roles: Record<string, unknown> }).roles['预算']).toBe('县财政局');
    expect((f.detail as { roles: Record<string, unknown> }).roles['项目审批']).toBe('县发改委');
  });
});

describe('XC-07-path-invest / XC-07-path-simple (第七条, 第九条)', () => {
  it('政府投资建设类 → 发改委 path, 县政府 decides the reserve list', () => {
    const d = classifyP(xcProject());
    expect(d.approvalPath).toBe('xc-invest');
    expect(d.decisionLevel).toBe('县政府');
    expect(d.routes).toContain('县发改委');
    expect(byRule(d.findings, 'XC-07-path-simple')).toHaveLength(0);
  });
  it('政府购买服务类 → 局 审查 + 县政府 批准', () => {
    const d = classifyP(xcProject({ deliveryMode: 'purchase_service' }));
    expect(d.approvalPath).toBe('xc-simple');
    expect(byRule(d.findings, 'XC-07-path-invest')).toHaveLength(0);
  });
  it('单纯设备和软件类采购 takes the simple path even when government-invested', () => {
    const d = classifyP(xcProject({ flags: { pureEquipmentSoftwareProcurement: true } }));
    expect(d.approvalPath).toBe('xc-simple');
    expect(byRule(d.findings, 'XC-07-path-invest')).toHaveLength(0);
  });
});

describe('XC-08-temporary (第八条)', () => {
  it('temporary and not in the annual plan: 县分管领导同意 required, temporary path', () => {
    const d = classifyP(xcProject({ flags: { temporary: true }, status: { inAnnualPlan: false } }));
    const f = one(d.findings, 'XC-08-temporary');
    expect(f.missing).toEqual(['县分管领导同意']);
    expect(d.approvalPath).toBe('xc-temporary');
    expect(d.requiredDocuments).toContain('县分管领导同意');
  });
  it('with the leader’s consent nothing is missing', () => {
    const d = classifyP(withReviews({ 县分管领导同意: 'pass' }, { flags: { temporary: true } }));
    expect(one(d.findings, 'XC-08-temporary').missing).toEqual([]);
  });
  it('already in the annual plan: not the temporary path', () => {
    expect(byRule(classifyP(xcProject({ flags: { temporary: true }, status: { inAnnualPlan: true } })).findings, 'XC-08-temporary')).toHaveLength(0);
  });
});

describe('XC-21-om-mode (第二十一条)', () => {
  const om = (mode: string | undefined, extra: Record<string, string | boolean> = {}) =>
    classify(xc, { project: withFields(extra), system: xcSystem({ omMode: mode as never }) }, on, testCalendar).findings;
  it('self-managed: requirement met, suitability is a CHECK', () => {
    const fs = byRule(om('自管'), 'XC-21-om-mode');
    expect(fs.find((f) => f.outcome === 'REQUIRE')?.missing).toEqual([]);
    expect(fs.some((f) => f.outcome === 'CHECK')).toBe(true);
  });
  it('no mode: required', () => {
    expect(byRule(om(undefined), 'XC-21-om-mode').find((f) => f.outcome === 'REQUIRE')?.missing).toEqual(['运行维护方式(自管/集中运维/外包运维)']);
  });
  it('集中运维 needs a qualified institution', () => {
    expect(byRule(om('集中运维'), 'XC-21-om-mode').find((f) => f.outcome === 'REQUIRE')?.missing).toEqual(['集中运维受托机构资质']);
    expect(byRule(om('集中运维', { 集中运维受托机构资质: '县大数据中心(资质证书号…)' }), 'XC-21-om-mode').find((f) => f.outcome === 'REQUIRE')?.missing).toEqual([]);
  });
  it('a construction project with no O&M arrangement yet: silent', () => {
    expect(byRule(classifyP(xcProject()).findings, 'XC-21-om-mode')).toHaveLength(0);
  });
});

describe('XC-10-extra-approvals (第十条)', () => {
  it('no civil works, not high-energy: none required', () => {
    const d = classifyP(xcProject());
    expect(d.extraApprovals).toEqual([]);
    expect(byRule(d.findings, 'XC-10-extra-approvals')).toHaveLength(0);
  });
  it('new civil works: the four approvals', () => {
    const d = classifyP(xcProject({ flags: { newCivilWorks: true } }));
    expect(d.extraApprovals).toEqual(['节能评估', '规划选址', '用地预审', '环境影响评价']);
    expect(one(d.findings, 'XC-10-extra-approvals').missing).toHaveLength(4);
  });
  it('high energy alone triggers it too; recorded approvals empty missing', () => {
    const d = classifyP(withReviews({ 节能评估: 'pass', 规划选址: 'pass', 用地预审: 'pass', 环境影响评价: 'pass' }, { flags: { highEnergy: true } }));
    expect(d.extraApprovals).toHaveLength(4);
    expect(one(d.findings, 'XC-10-extra-approvals').missing).toEqual([]);
  });
});

describe('XC-38-classified (第三十[八]条)', () => {
  it('classified: out of pack, external route', () => {
    const d = classifyP(xcProject({ flags: { classified: true } }));
    expect(d.inScope).toBe(false);
    expect(d.approvalPath).toBe('external');
    expect(one(d.findings, 'XC-38-classified').article).toBe('第三十[八]条');
  });
  it('special national rule: out of pack', () => {
    expect(classifyP(xcProject({ flags: { specialNationalRule: true } })).inScope).toBe(false);
  });
  it('ordinary project: not routed out', () => {
    expect(byRule(classifyP(xcProject()).findings, 'XC-38-classified')).toHaveLength(0);
  });
});
