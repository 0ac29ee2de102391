import { describe, expect, it } from 'vitest';
import { projectFacts } from '../fixtures.js';
import { approvalApp, cls, doc, ids, of } from './fixtures-front.js';

const ON2 = '2026-03-01';
const p = (o: Parameters<typeof projectFacts>[0] = {}) => projectFacts({ objectType: '业务信息系统', ...o });

describe('HS-02 categories (第二条(二)–(四))', () => {
  it('HS-02-cat-build: a new project is 建设类', () => {
    const d = cls(p({ subtype: 'new', category: undefined }));
    expect(d.category).toBe('build');
    expect(of(d.findings, 'HS-02-cat-build', 'SET')).toHaveLength(1);
  });
  it('HS-02-cat-build: an upgrade declared as O&M but over the caps stays 建设类', () => {
    const d = cls(p({ subtype: 'upgrade', category: 'om', amountTotal: 15_000_001, originalInvestment: 100_000_000 }));
    expect(d.category).toBe('build');
    expect(of(d.findings, 'HS-02-cat-build')[0].message).toContain('升级改造');
  });
  it('HS-02-cat-procure: 采购服务方式 → 采购服务类; 建设 delivery is not', () => {
    expect(cls(p({ deliveryMode: 'procure_service' })).category).toBe('procure_service');
    expect(ids(cls(p({ deliveryMode: 'procure_service' })).findings)).toContain('HS-02-cat-procure');
    expect(cls(p({ deliveryMode: 'build' })).category).toBe('build');
  });
  it('HS-02-cat-om: only 第二条(四) items → 运维服务类; one other item → 建设类', () => {
    const om = cls(p({ lineItems: [{ type: '机柜租赁', amount: 100_000 }, { type: '短信费', amount: 50_000 }] }));
    expect(om.category).toBe('om');
    expect(ids(om.findings)).toContain('HS-02-cat-om');
    const mixed = cls(p({ lineItems: [{ type: '机柜租赁', amount: 100_000 }, { type: '服务器采购', amount: 50_000 }] }));
    expect(mixed.category).toBe('build');
    expect(ids(mixed.findings)).not.toContain('HS-02-cat-om');
  });
  it('HS-02-cat-om (A-02): 功能修改完善/接口开发 above 60万 is flagged as a possible upgrade; exactly 60万 is not', () => {
    const over = cls(p({ lineItems: [{ type: '功能修改完善', amount: 30_000_000 }, { type: '接口开发', amount: 30_000_001 }] }));
    expect(over.category).toBe('om');
    expect(of(over.findings, 'HS-02-cat-om', 'FLAG')).toHaveLength(1);
    const at = cls(p({ lineItems: [{ type: '功能修改完善', amount: 30_000_000 }, { type: '接口开发', amount: 30_000_000 }] }));
    expect(of(at.findings, 'HS-02-cat-om', 'FLAG')).toHaveLength(0);
  });
  it('HS-02-upgrade-as-om (A-01): cumulative 12-month upgrades are added; exactly 60万 cumulative is O&M, one fen more is 建设类 + FLAG', () => {
    const base = { subtype: 'upgrade' as const, category: 'build' as const, originalInvestment: 1_000_000_000 };
    expect(cls(p({ ...base, amountTotal: 30_000_000, priorUpgradesLast12Months: 30_000_000 })).category).toBe('om');
    const d = cls(p({ ...base, amountTotal: 30_000_000, priorUpgradesLast12Months: 30_000_001 }));
    expect(d.category).toBe('build');
    expect(of(d.findings, 'HS-02-upgrade-as-om', 'FLAG')).toHaveLength(1);
  });
  it('HS-02-upgrade-as-om (A-01): no original investment → 建设类 with a FLAG asking for the base', () => {
    const d = cls(p({ subtype: 'upgrade', amountTotal: 10_000_000 }));
    expect(d.category).toBe('build');
    expect(of(d.findings, 'HS-02-upgrade-as-om', 'FLAG')[0].message).toContain('原项目投资');
  });
});

describe('HS-02-scope / HS-41-embedded (第二条, 第四十一条)', () => {
  it('no 财政资金 → out of scope (REJECT)', () => {
    const d = cls(p({ fundingSources: ['self_raised'] }));
    expect(d.inScope).toBe(false);
    expect(of(d.findings, 'HS-02-scope', 'REJECT')).toHaveLength(1);
  });
  it('upper-level 财政资金 is 财政资金 too; a listed object type raises nothing', () => {
    const d = cls(p({ fundingSources: ['upper_fiscal'] }));
    expect(d.inScope).toBe(true);
    expect(ids(d.findings)).not.toContain('HS-02-scope');
  });
  it('an unknown object type goes to a reviewer (FLAG), still in scope', () => {
    const d = cls(p({ objectType: '办公家具' }));
    expect(d.inScope).toBe(true);
    expect(of(d.findings, 'HS-02-scope', 'FLAG')).toHaveLength(1);
  });
  it('HS-41-embedded: the IT part of another fiscal project applies 参照', () => {
    const d = cls(p({ fields: { 所属财政资金项目: '红山区老旧小区改造工程' } }));
    expect(of(d.findings, 'HS-41-embedded', 'SET')).toHaveLength(1);
    expect(ids(cls(p()).findings)).not.toContain('HS-41-embedded');
  });
});

describe('HS-04 routing (第四条, 第九条, 第十一条)', () => {
  it('HS-04-routing: 区政数局 decides; non-classified 等保 review by 区公安分局, classified by 区委保密机要局', () => {
    const plain = cls(p());
    expect(plain.decisionLevel).toBe('区政数局');
    expect(of(plain.findings, 'HS-04-routing')[0].detail).toMatchObject({ roles: { 前置审核: '蒙东云计算中心', 等级保护定级备案审核: '区公安分局' } });
    const secret = cls(p({ flags: { classified: true } }));
    expect(of(secret.findings, 'HS-04-routing')[0].detail).toMatchObject({ roles: { 分级保护测评审查: '区委保密机要局(区国家密码管理局)' } });
  });
  it('HS-04-common-projects: the CHECK item appears; a common tier routes to 蒙东云计算中心', () => {
    expect(of(cls(p()).findings, 'HS-04-common-projects', 'CHECK')).toHaveLength(1);
    expect(cls(p()).routes.some((r) => r.startsWith('蒙东云计算中心'))).toBe(false);
    expect(cls(p({ tier: '基础性' })).routes.some((r) => r.startsWith('蒙东云计算中心'))).toBe(true);
  });
});

describe('HS-10 / HS-12 approval paths (第十条, 第十二条)', () => {
  it('HS-12-path-600k: exactly 600,000.00 → 可研(二合一) + 初步设计方案', () => {
    const d = cls(p({ amountTotal: 60_000_000 }));
    expect(d.approvalPath).toBe('区政数局审批可行性研究报告(二合一)和初步设计方案');
    expect(d.requiredDocuments).toEqual(expect.arrayContaining(['可行性研究报告', '初步设计方案']));
    expect(d.requiredDocuments).not.toContain('实施方案');
  });
  it('HS-12-path-below-600k: 599,999.99 → 实施方案(三合一)', () => {
    const d = cls(p({ amountTotal: 59_999_999 }));
    expect(d.approvalPath).toBe('区政数局审批实施方案(三合一)');
    expect(d.requiredDocuments).toContain('实施方案');
    expect(d.requiredDocuments).not.toContain('可行性研究报告');
    expect(ids(d.findings)).not.toContain('HS-12-path-600k');
  });
  it('HS-12-path-600k also applies to 采购服务类', () => {
    expect(ids(cls(p({ deliveryMode: 'procure_service', amountTotal: 60_000_000 })).findings)).toContain('HS-12-path-600k');
  });
  it('HS-12-path-om: 运维服务类 is implemented directly by the unit, whatever the amount', () => {
    const d = cls(p({ category: 'om', amountTotal: 90_000_000 }));
    expect(d.approvalPath).toBe('项目单位直接组织实施(入库后无需审批)');
    expect(d.requiredDocuments).toEqual(['运维方案']);
    expect(ids(d.findings)).not.toContain('HS-12-path-600k');
  });
  it('HS-02-upgrade-as-om feeds HS-12-path-om', () => {
    const d = cls(p({ subtype: 'upgrade', amountTotal: 60_000_000, originalInvestment: 400_000_000 }));
    expect(d.approvalPath).toBe('项目单位直接组织实施(入库后无需审批)');
  });
  it('HS-10-path-urgent: basis, its document and 区政府同意 are required; missing empties when supplied', () => {
    const bare = cls(p({ flags: { urgentSupplement: true } }));
    const req = of(bare.findings, 'HS-10-path-urgent', 'REQUIRE')[0];
    expect(req.missing).toEqual(['增补依据', '增补依据文件', '区政府同意']);
    expect(bare.routes).toContain('紧急增补:经区政府同意后由区政数局审批');
    const full = cls(
      p({
        flags: { urgentSupplement: true },
        fields: { 增补依据: '公共卫生事件' },
        documents: [doc('增补依据文件')],
        status: { reviews: { 区政府同意: 'pass' } },
      }),
    );
    expect(of(full.findings, 'HS-10-path-urgent', 'REQUIRE')[0].missing).toEqual([]);
  });
  it('HS-10-path-urgent: a basis outside the listed kinds is missing', () => {
    const d = cls(p({ flags: { urgentSupplement: true }, fields: { 增补依据: '领导要求' } }));
    expect(of(d.findings, 'HS-10-path-urgent', 'REQUIRE')[0].missing).toContain('增补依据');
  });
  it('HS-12-urgent-3in1: an urgent project of 60万 and above may be approved on a 实施方案(三合一)', () => {
    const d = cls(p({ flags: { urgentSupplement: true }, amountTotal: 200_000_000 }));
    expect(d.approvalPath).toBe('紧急增补项目:区政数局审批实施方案(三合一)');
    expect(d.requiredDocuments).toContain('实施方案');
    expect(d.requiredDocuments).not.toContain('初步设计方案');
    expect(ids(cls(p({ amountTotal: 200_000_000 })).findings)).not.toContain('HS-12-urgent-3in1');
  });
  it('HS-12-simplified: a national rule routes to the simplified procedure with a reviewer CHECK', () => {
    const d = cls(p({ flags: { specialNationalRule: true } }));
    expect(d.approvalPath).toBe('按国家有关规定简化的审批程序');
    expect(of(d.findings, 'HS-12-simplified', 'CHECK')).toHaveLength(1);
    expect(ids(cls(p()).findings)).not.toContain('HS-12-simplified');
  });
  it('HS-12-plan-precondition: an approval application not in the annual plan is held (REJECT, overridable); in the plan it is not', () => {
    const held = cls(approvalApp({ status: { inAnnualPlan: false } }));
    const f = of(held.findings, 'HS-12-plan-precondition', 'REJECT');
    expect(f).toHaveLength(1);
    expect(f[0].overridable).toBe(true);
    expect(ids(cls(approvalApp()).findings)).not.toContain('HS-12-plan-precondition');
    // not for 入库 applications, nor for urgent supplements
    expect(ids(cls(approvalApp({ applicationKind: '入库申请', status: {} })).findings)).not.toContain('HS-12-plan-precondition');
    expect(ids(cls(approvalApp({ status: {}, flags: { urgentSupplement: true } })).findings)).not.toContain('HS-12-plan-precondition');
  });
  it('HS-12-plan-precondition: a recorded 区政数局 override is reported', () => {
    const override = { authority: '区政数局', reason: '年度计划调整中', documentRef: '红政数〔2026〕3号', on: ON2 };
    const d = cls(approvalApp({ status: { inAnnualPlan: false, overrides: { 'HS-12-plan-precondition': override } } }));
    expect(of(d.findings, 'HS-12-plan-precondition')[0].overriddenBy).toEqual(override);
  });
});

describe('HS-13-extra-approvals (第十三条)', () => {
  it('no civil works, no high energy → none of 节能评估/规划选址/用地预审/环评', () => {
    const d = cls(p());
    expect(d.extraApprovals).toEqual([]);
    expect(ids(d.findings)).not.toContain('HS-13-extra-approvals');
  });
  it('新建土建工程 → all four required; missing empties when supplied', () => {
    const d = cls(p({ flags: { newCivilWorks: true } }));
    expect(d.extraApprovals).toEqual(['节能评估', '规划选址', '用地预审', '环境影响评价']);
    expect(of(d.findings, 'HS-13-extra-approvals')[0].missing).toHaveLength(4);
    const done = cls(
      p({
        flags: { highEnergy: true },
        documents: [doc('节能评估'), doc('规划选址'), doc('用地预审')],
        status: { reviews: { 环境影响评价: 'pass' } },
      }),
    );
    expect(done.extraApprovals).toHaveLength(4);
    expect(of(done.findings, 'HS-13-extra-approvals')[0].missing).toEqual([]);
  });
});

describe('HS-16-other-channel / HS-33-self-om', () => {
  it('HS-16: approved by another body → filing route; 区政数局 itself → no', () => {
    const d = cls(p({ fields: { 审批部门: '区发改委' } }));
    expect(d.approvalPath).toBe('区发改委审批后向区政数局备案');
    expect(ids(d.findings)).not.toContain('HS-12-path-below-600k');
    expect(ids(cls(p({ fields: { 审批部门: '区政数局' } })).findings)).not.toContain('HS-16-other-channel');
  });
  it('HS-33: O&M applied for by a unit that does not own the system is flagged', () => {
    const sys = (owner: string) => ({ id: 'S1', ownerDepartmentId: owner, status: 'running' as const });
    expect(of(cls(p({ category: 'om' }), { system: sys('D999') }).findings, 'HS-33-self-om', 'FLAG')).toHaveLength(1);
    expect(ids(cls(p({ category: 'om' }), { system: sys('D001') }).findings)).not.toContain('HS-33-self-om');
  });
});
