import { describe, expect, it } from 'vitest';
import { budgetGate, type Facts, type ProjectFacts } from '@gov/rules';
import { bj, bjProject, cal, ids, omBudget, on, payment, withReviews, withStatus } from './fixtures.js';

const gate = (f: Facts) => budgetGate(bj, f, on, cal, {});
const of = (d: ReturnType<typeof gate>, id: string) => d.reasons.filter((f) => f.ruleId === id);
const soe = (o: Partial<ProjectFacts> = {}) => bjProject({ applicant: { type: '市属国企' }, fundingSources: ['soe_own'], ...o });

describe('baseline', () => {
  it('a payment for a library + approved-plan project with a 三方服务合同 is allowed', () => {
    const d = gate(payment(bjProject()));
    expect(d.reasons).toEqual([]);
    expect(d.answer).toBe('allow');
  });
  it('an O&M budget for a compliant system is allowed', () => {
    expect(gate(omBudget(bjProject())).answer).toBe('allow');
  });
});

describe('BJ-10-library-and-plan (第十条)', () => {
  it('not in the 项目库: DENY-PAY', () => {
    const d = gate(payment(withStatus(bjProject(), { inLibrary: false })));
    expect(d.answer).toBe('deny');
    expect(of(d, 'BJ-10-library-and-plan')[0].outcome).toBe('DENY-PAY');
    expect(of(d, 'BJ-10-library-and-plan')[0].message).toContain('未纳入大数据部门项目库');
  });
  it('in a plan not approved by 市人民政府: denied', () => {
    const d = gate(payment(withReviews(bjProject(), { '年度实施计划(市人民政府批准)': 'pending' })));
    expect(ids(d.reasons)).toContain('BJ-10-library-and-plan');
  });
  it('without the 财政部门 review: denied', () => {
    expect(ids(gate(payment(withReviews(bjProject(), { 财政部门预算审核: undefined }))).reasons)).toContain('BJ-10-library-and-plan');
  });
  it('Q2: not in the plan → DENY-OM', () => {
    const d = gate(omBudget(withStatus(bjProject(), { inAnnualPlan: false })));
    expect(of(d, 'BJ-10-library-and-plan')[0].outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
  });
  it('a payment from 上级资金 is governed by the upper-level rules, not this one', () => {
    const d = gate(payment(withStatus(bjProject(), { inLibrary: false }), { fundingSource: 'upper_fiscal' }));
    expect(of(d, 'BJ-10-library-and-plan')).toHaveLength(0);
  });
});

describe('BJ-10-soe-no-fiscal (第十条): 市属国企 projects are self-funded', () => {
  it('a fiscal payment to a 市属国企 project is denied', () => {
    const d = gate(payment(soe(), { fundingSource: 'local_fiscal' }));
    expect(of(d, 'BJ-10-soe-no-fiscal')[0].outcome).toBe('DENY-PAY');
    expect(d.answer).toBe('deny');
  });
  it('a payment from the enterprise own funds is not', () => {
    const d = gate(payment(soe(), { fundingSource: 'soe_own' }));
    expect(of(d, 'BJ-10-soe-no-fiscal')).toHaveLength(0);
    expect(d.answer).toBe('allow');
  });
  it('city O&M funds for a 市属国企 system are denied (inferred)', () => {
    expect(of(gate(omBudget(soe())), 'BJ-10-soe-no-fiscal')[0].outcome).toBe('DENY-OM');
  });
  it('a city department is not concerned', () => {
    expect(of(gate(payment(bjProject())), 'BJ-10-soe-no-fiscal')).toHaveLength(0);
  });
});

describe('BJ-11 (第十一条): excluded line items deny the request and are named', () => {
  const li = (type: string, amount: number, extra = {}) => ({ type, amount, ...extra });

  it('(一) 差旅费 in a payment: DENY-PAY naming the item and its amount', () => {
    const d = gate(payment(bjProject(), { lineItems: [li('开发服务', 9_000_000), li('差旅费', 1_000_000)] }));
    const f = of(d, 'BJ-11-1-staff-public')[0];
    expect(f.outcome).toBe('DENY-PAY');
    expect(f.message).toContain('“差旅费”(10000.00元)');
    expect(f.detail).toEqual({ lineItems: ['差旅费'], amount: 1_000_000 });
    expect(d.answer).toBe('deny');
  });
  it('(一) an item paid from 公用经费 is excluded whatever its name', () => {
    const d = gate(payment(bjProject(), { lineItems: [li('运维服务', 500_000, { fundingClass: '公用经费' })] }));
    expect(ids(d.reasons)).toContain('BJ-11-1-staff-public');
  });
  it('(一) 办公相关短信费 is excluded; business SMS only goes to a reviewer (A-34)', () => {
    expect(ids(gate(payment(bjProject(), { lineItems: [li('办公相关短信费', 10_000)] })).reasons)).toContain('BJ-11-1-staff-public');
    const d = gate(payment(bjProject(), { lineItems: [li('短信费', 10_000)] }));
    expect(ids(d.reasons)).toEqual(['BJ-11-support-scope']);
    expect(d.answer).toBe('review');
  });
  it('(一) also denies an O&M budget carrying 耗材', () => {
    const d = gate(omBudget(bjProject(), { lineItems: [li('运维服务', 4_000_000), li('耗材', 1)] }));
    expect(of(d, 'BJ-11-1-staff-public')[0].outcome).toBe('DENY-OM');
  });
  it('(二) 内容采编 bundled into O&M is denied', () => {
    const d = gate(omBudget(bjProject(), { lineItems: [li('运维服务', 3_000_000), li('内容采编', 2_000_000)] }));
    expect(of(d, 'BJ-11-2-business-ops')[0].outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
  });
  it('(二) 宣传推广 in a payment is denied', () => {
    expect(of(gate(payment(bjProject(), { lineItems: [li('宣传推广', 300_000)] })), 'BJ-11-2-business-ops')[0].outcome).toBe('DENY-PAY');
  });
  it('(三) IT infrastructure of an office-building works is denied', () => {
    const d = gate(payment(bjProject(), { lineItems: [li('相关配套服务', 2_000_000, { linkedToOfficeBuildingWorks: true })] }));
    expect(of(d, 'BJ-11-3-office-building')[0].outcome).toBe('DENY-PAY');
    expect(of(gate(payment(bjProject(), { lineItems: [li('相关配套服务', 2_000_000, { linkedToOfficeBuildingWorks: false })] })), 'BJ-11-3-office-building')).toHaveLength(0);
  });
  it('the project line items are checked when the payment carries none', () => {
    const d = gate(payment(bjProject({ lineItems: [li('办公电脑', 600_000)] })));
    expect(ids(d.reasons)).toContain('BJ-11-1-staff-public');
  });
  it('supported services pass', () => {
    const d = gate(payment(bjProject(), { lineItems: [li('开发服务', 5_000_000), li('运维服务', 3_000_000), li('政务云资源', 2_000_000)] }));
    expect(d.answer).toBe('allow');
  });
  it('support-scope: an unlisted item is flagged for review', () => {
    const d = gate(payment(bjProject(), { lineItems: [li('等保测评服务', 200_000)] }));
    expect(of(d, 'BJ-11-support-scope')[0].outcome).toBe('FLAG');
  });
});

describe('BJ-12-slow-execution (第十二条)', () => {
  const slow = (decision?: 'pass' | 'fail') => {
    const p = bjProject({ fields: { 资金执行进度滞后: true } });
    return decision ? withStatus(p, { decisions: { 'BJ-12-slow-execution': { result: decision, reviewer: '李四', on } } }) : p;
  };
  it('a recorded lag asks for a decision', () => {
    const d = gate(payment(slow()));
    expect(of(d, 'BJ-12-slow-execution')[0].outcome).toBe('CHECK');
    expect(d.answer).toBe('review');
  });
  it('a decision to postpone / terminate denies', () => {
    expect(gate(payment(slow('fail'))).answer).toBe('deny');
  });
  it('a decision to continue allows', () => {
    expect(gate(payment(slow('pass'))).answer).toBe('allow');
  });
});

describe('BJ-16-contract-before-pay (第十六条, 第十七条)', () => {
  it('no 三方服务合同 signed: DENY-PAY', () => {
    const d = gate(payment(bjProject({ dates: {} })));
    expect(of(d, 'BJ-16-contract-before-pay')[0].outcome).toBe('DENY-PAY');
    expect(d.answer).toBe('deny');
  });
  it('signed: no denial', () => {
    expect(of(gate(payment(bjProject())), 'BJ-16-contract-before-pay')).toHaveLength(0);
  });
  it('does not concern O&M budgeting (Q2)', () => {
    expect(of(gate(omBudget(bjProject({ dates: {} }))), 'BJ-16-contract-before-pay')).toHaveLength(0);
  });
});

describe('BJ-31-block (第三十一条): unrectified findings block subsequent funds until closed', () => {
  const withFinding = (ruleId: string, status: 'open' | 'rectified_noncompliant' | 'closed') =>
    withStatus(bjProject(), { openFindings: [{ ruleId, status, due: '2026-04-30' }] });

  it('an open finding denies payments and O&M budgets', () => {
    const pay = gate(payment(withFinding('BJ-31-6-security', 'open')));
    expect(of(pay, 'BJ-31-block')[0].outcome).toBe('DENY-PAY');
    expect(of(pay, 'BJ-31-block')[0].message).toContain('BJ-31-6-security(未整改,整改期限2026-04-30)');
    expect(pay.answer).toBe('deny');
    expect(of(gate(omBudget(withFinding('BJ-31-6-security', 'open'))), 'BJ-31-block')[0].outcome).toBe('DENY-OM');
  });
  it('a rectification that does not comply still blocks', () => {
    expect(gate(payment(withFinding('BJ-31-1-noncompliant', 'rectified_noncompliant'))).answer).toBe('deny');
  });
  it('a closed finding no longer blocks', () => {
    const d = gate(payment(withFinding('BJ-31-6-security', 'closed')));
    expect(d.answer).toBe('allow');
  });
  it('A-29: an unrectified finding on another project of the unit is flagged, not blocking', () => {
    const f: Facts = { ...payment(bjProject()), unit: { otherProjectFindings: [{ projectId: 'P-OLD', ruleId: 'BJ-31-7-no-domestic-crypto', status: 'open' }] } };
    const d = gate(f);
    expect(of(d, 'BJ-31-block').map((x) => x.outcome)).toEqual(['FLAG']);
    expect(d.answer).toBe('review');
    const closed: Facts = { ...f, unit: { otherProjectFindings: [{ projectId: 'P-OLD', ruleId: 'BJ-31-7-no-domestic-crypto', status: 'closed' }] } };
    expect(gate(closed).answer).toBe('allow');
  });
  it('findings of other rules are not 第三十一条 findings', () => {
    expect(of(gate(payment(withFinding('HS-37-rectification', 'open'))), 'BJ-31-block')).toHaveLength(0);
  });

  for (const id of ['BJ-31-1-noncompliant', 'BJ-31-6-security', 'BJ-31-9-other', 'BJ-31-2-unauthorised-change', 'BJ-31-5-no-sharing']) {
    it(`${id}: a registered open finding denies under its own article`, () => {
      const d = gate(payment(withFinding(id, 'open')));
      expect(of(d, id)[0].outcome).toBe('DENY-PAY');
      expect(of(gate(payment(withFinding(id, 'closed'))), id)).toHaveLength(0);
    });
  }
});

describe('BJ-31 items detected from the facts', () => {
  it('(二) service content changed without approval denies; approved change does not', () => {
    const changed = bjProject({ fields: { 服务内容已调整: true } });
    expect(of(gate(payment(changed)), 'BJ-31-2-unauthorised-change')[0].outcome).toBe('DENY-PAY');
    expect(of(gate(payment(withReviews(changed, { 服务内容调整审批: 'pass' }))), 'BJ-31-2-unauthorised-change')).toHaveLength(0);
  });
  it('(三) a system outside the 毕节市城市数据中心 is denied O&M', () => {
    expect(of(gate(omBudget(bjProject(), {}, { deploymentTarget: '某商业云' })), 'BJ-31-3-not-on-city-cloud')[0].outcome).toBe('DENY-OM');
    expect(of(gate(omBudget(bjProject(), {}, { deploymentTarget: '毕节市城市数据中心' })), 'BJ-31-3-not-on-city-cloud')).toHaveLength(0);
  });
  it('(三) an unrecorded deployment is flagged for review', () => {
    const d = gate(omBudget(bjProject(), {}, { deploymentTarget: undefined }));
    expect(of(d, 'BJ-31-3-not-on-city-cloud')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
  it('(三) a project planned off the city cloud is denied payment', () => {
    expect(ids(gate(payment(bjProject({ deploymentTarget: '本单位机房' }))).reasons)).toContain('BJ-31-3-not-on-city-cloud');
  });
  it('(四) not connected to the 全省政务服务一体化平台 although required', () => {
    const d = gate(omBudget(bjProject(), {}, { requiresGovServicePlatform: true, onGovServicePlatform: false }));
    expect(of(d, 'BJ-31-4-not-on-service-platform')[0].outcome).toBe('DENY-OM');
    expect(of(gate(omBudget(bjProject(), {}, { requiresGovServicePlatform: true, onGovServicePlatform: true })), 'BJ-31-4-not-on-service-platform')).toHaveLength(0);
    expect(of(gate(omBudget(bjProject(), {}, { requiresGovServicePlatform: false, onGovServicePlatform: false })), 'BJ-31-4-not-on-service-platform')).toHaveLength(0);
  });
  it('(五) shareable data not shared', () => {
    expect(of(gate(omBudget(bjProject(), {}, { shareableData: true, dataShared: false })), 'BJ-31-5-no-sharing')[0].outcome).toBe('DENY-OM');
    expect(of(gate(omBudget(bjProject(), {}, { shareableData: true, dataShared: true })), 'BJ-31-5-no-sharing')).toHaveLength(0);
  });
  it('(七) no domestic cryptography deployed', () => {
    expect(of(gate(omBudget(bjProject(), {}, { domesticCryptoDeployed: false })), 'BJ-31-7-no-domestic-crypto')[0].outcome).toBe('DENY-OM');
    expect(of(gate(omBudget(bjProject(), {}, { domesticCryptoDeployed: true })), 'BJ-31-7-no-domestic-crypto')).toHaveLength(0);
  });
  it('(八) an unreviewed third-party system with one of (一)–(七)', () => {
    const p = bjProject({ flags: { usesThirdPartySystem: true } });
    const d = gate(omBudget(p, {}, { domesticCryptoDeployed: false }));
    expect(of(d, 'BJ-31-8-third-party-system')[0].outcome).toBe('DENY-OM');
    const reviewed = withReviews(p, { 市级大数据部门服务方案评审: 'pass' });
    expect(of(gate(omBudget(reviewed, {}, { domesticCryptoDeployed: false })), 'BJ-31-8-third-party-system')).toHaveLength(0);
    expect(of(gate(omBudget(p)), 'BJ-31-8-third-party-system')).toHaveLength(0);
  });
});

describe('BJ-32-ex-ante-major (第三十二条): 新增重大项目 need a 事前绩效评估', () => {
  it('a new major project without it is denied payment', () => {
    const d = gate(payment(bjProject({ flags: { isMajor: true } })));
    expect(of(d, 'BJ-32-ex-ante-major')[0].outcome).toBe('DENY-PAY');
    expect(d.answer).toBe('deny');
  });
  it('with the evaluation it is allowed', () => {
    const p = bjProject({ flags: { isMajor: true } });
    expect(gate(payment({ ...p, documents: [...p.documents, { type: '事前绩效评估' }] })).answer).toBe('allow');
  });
  it('a continuation is not 新增', () => {
    expect(of(gate(payment(bjProject({ subtype: 'continuation', flags: { isMajor: true } }))), 'BJ-32-ex-ante-major')).toHaveLength(0);
  });
});

describe('BJ-33-eval-basis (第三十三条)', () => {
  it('an existing comprehensive evaluation must be considered', () => {
    const d = gate(omBudget(bjProject({ records: { procurement: '2026-01-20', comprehensive_evaluation: '2026-01-15' } })));
    expect(of(d, 'BJ-33-eval-basis')[0].outcome).toBe('CHECK');
    expect(d.answer).toBe('review');
  });
  it('once recorded as considered it is silent', () => {
    const p = bjProject({ records: { comprehensive_evaluation: '2026-01-15' } });
    const d = gate(omBudget(withStatus(p, { decisions: { 'BJ-33-eval-basis': { result: 'pass', reviewer: '王五', on } } })));
    expect(d.answer).toBe('allow');
  });
});
