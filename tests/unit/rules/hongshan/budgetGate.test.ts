import { describe, expect, it } from 'vitest';
import { budgetGate, type Facts, type GateDecision } from '@gov/rules';
import { CONSIDERED, OVERRIDE, cal, gateProject, hs, omProject, q1, q2, system, wan } from './fixtures-back.js';

const on = '2026-09-15';
const gate = (facts: Facts, classification = {}): GateDecision => budgetGate(hs, facts, on, cal, classification);
const ids = (d: GateDecision) => d.reasons.map((r) => r.ruleId);
const reason = (d: GateDecision, id: string) => d.reasons.find((r) => r.ruleId === id);

describe('baselines', () => {
  it('Q1: a clean payment on an approved project in the library is allowed with no reasons', () => {
    const d = gate(q1());
    expect(d.question).toBe('payment');
    expect(d.answer).toBe('allow');
    expect(d.reasons).toEqual([]);
  });
  it('Q2: a clean O&M request for a compliant system is allowed once the 第十四条 basis was considered', () => {
    const d = gate(q2());
    expect(d.question).toBe('om');
    expect(d.answer).toBe('allow');
    expect(d.reasons).toEqual([]);
  });
});

describe('HS-05-not-in-library (第五条, 原则上 → overridable)', () => {
  const notIn = { status: { inLibrary: false, approvalStatus: 'approved' as const } };
  it('Q1: not in the library → deny, overridable, citing 第五条', () => {
    const d = gate(q1(notIn));
    expect(d.answer).toBe('deny');
    const r = reason(d, 'HS-05-not-in-library')!;
    expect(r.outcome).toBe('DENY-PAY');
    expect(r.overridable).toBe(true);
    expect(r.article).toBe('第五条');
  });
  it('Q1: unknown library status counts as not in the library', () => {
    expect(gate(q1({ status: { approvalStatus: 'approved' } })).answer).toBe('deny');
  });
  it('Q1: overridden by 区政数局/区财政局 → allow and the reason lists overriddenBy', () => {
    const d = gate(q1({ status: { inLibrary: false, approvalStatus: 'approved', overrides: { 'HS-05-not-in-library': OVERRIDE } } }));
    expect(d.answer).toBe('allow');
    expect(reason(d, 'HS-05-not-in-library')!.overriddenBy).toEqual(OVERRIDE);
  });
  it('Q2: not in the library → DENY-OM', () => {
    const d = gate(q2({ status: { inLibrary: false, decisions: CONSIDERED } }));
    expect(d.answer).toBe('deny');
    expect(reason(d, 'HS-05-not-in-library')!.outcome).toBe('DENY-OM');
  });
  it('Q2: overridden with a complete log → allow (HS-40 log complete)', () => {
    const d = gate(q2({ status: { inLibrary: false, decisions: CONSIDERED, overrides: { 'HS-05-not-in-library': OVERRIDE } } }));
    expect(d.answer).toBe('allow');
    expect(reason(d, 'HS-05-not-in-library')!.overriddenBy?.authority).toBe('区政数局会同区财政局');
    expect(reason(d, 'HS-40-om-audit-log')!.missing).toEqual([]);
  });
});

describe('HS-05-approved-before-pay (第五条 不得未批先建)', () => {
  it('建设类 not yet approved → deny', () => {
    const d = gate(q1({ status: { inLibrary: true, approvalStatus: 'pending' } }));
    expect(d.answer).toBe('deny');
    expect(reason(d, 'HS-05-approved-before-pay')!.outcome).toBe('DENY-PAY');
  });
  it('采购服务类 not yet approved → deny', () => {
    expect(ids(gate(q1({ category: 'procure_service', status: { inLibrary: true, approvalStatus: 'none' } })))).toContain(
      'HS-05-approved-before-pay',
    );
  });
  it('运维服务类 needs no approval (第十二条(二)) → allow', () => {
    const d = gate(q1({ category: 'om', approvedEstimate: undefined, status: { inLibrary: true } }, { purpose: 'om' }));
    expect(ids(d)).not.toContain('HS-05-approved-before-pay');
    expect(d.answer).toBe('allow');
  });
  it('the category set by classification wins over the declared one (upgrade managed as O&M)', () => {
    const d = gate(q1({ status: { inLibrary: true, approvalStatus: 'none' }, approvedEstimate: undefined }), { category: 'om' });
    expect(ids(d)).not.toContain('HS-05-approved-before-pay');
  });
});

describe('HS-25-prep-costs (第二十五条, permissive)', () => {
  const prep = { lineItems: [{ type: '可研编制', amount: wan(3) }, { type: '前置要件费用', amount: wan(1) }], amount: wan(4) };
  it('a payment of only 前期工作费用 before approval and 入库 is routed to the department budget and not denied', () => {
    const d = gate(q1({ approvedEstimate: undefined, status: { inLibrary: false, approvalStatus: 'none' } }, prep));
    expect(d.answer).toBe('allow');
    const r = reason(d, 'HS-25-prep-costs')!;
    expect(r.outcome).toBe('ROUTE');
    expect(r.route).toBe('项目单位部门预算');
    expect(ids(d)).not.toContain('HS-05-approved-before-pay');
    expect(ids(d)).not.toContain('HS-05-not-in-library');
  });
  it('a mixed payment (prep + construction) is still denied before approval', () => {
    const d = gate(
      q1(
        { approvedEstimate: undefined, status: { inLibrary: true, approvalStatus: 'none' } },
        { lineItems: [{ type: '可研编制', amount: wan(3) }, { type: '软件开发', amount: wan(7) }] },
      ),
    );
    expect(d.answer).toBe('deny');
    expect(ids(d)).toEqual(expect.arrayContaining(['HS-05-approved-before-pay', 'HS-25-prep-costs']));
  });
});

describe('HS-22-within-estimate (第二十二条, inferred)', () => {
  it('paid + request exactly the approved 概算 → allow', () => {
    const d = gate(q1({ paidToDate: wan(90) }, { amount: wan(10) }));
    expect(d.answer).toBe('allow');
    expect(ids(d)).not.toContain('HS-22-within-estimate');
  });
  it('one fen over the approved 概算 → deny', () => {
    const d = gate(q1({ paidToDate: wan(90) }, { amount: wan(10) + 1 }));
    expect(d.answer).toBe('deny');
    const r = reason(d, 'HS-22-within-estimate')!;
    expect(r.outcome).toBe('DENY-PAY');
    expect(r.detail).toMatchObject({ excess: 1 });
    expect(r.message).toContain('0.01元');
  });
  it('approved 建设类 without a recorded 概算 → review (FLAG)', () => {
    const d = gate(q1({ approvedEstimate: undefined }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-22-within-estimate')!.outcome).toBe('FLAG');
  });
});

describe('HS-22-surplus-return (第二十二条)', () => {
  it('completed project with money left after this payment → FLAG (review)', () => {
    const d = gate(q1({ paidToDate: wan(80), dates: { acceptancePassed: '2026-06-30' } }, { amount: wan(10), purpose: 'final_instalment' }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-22-surplus-return')!.detail).toMatchObject({ surplus: wan(10) });
  });
  it('final payment bringing the total exactly to the 概算 → no surplus', () => {
    const d = gate(q1({ paidToDate: wan(90), dates: { acceptancePassed: '2026-06-30' } }, { amount: wan(10), purpose: 'final_instalment' }));
    expect(ids(d)).not.toContain('HS-22-surplus-return');
    expect(d.answer).toBe('allow');
  });
  it('a project still under construction is not flagged', () => {
    expect(ids(gate(q1({ paidToDate: wan(10) })))).not.toContain('HS-22-surplus-return');
  });
});

describe('HS-22-treasury (第二十二条 国库集中支付)', () => {
  it('another channel → deny', () => {
    const d = gate(q1({}, { channel: '单位自有账户' }));
    expect(d.answer).toBe('deny');
    expect(reason(d, 'HS-22-treasury')!.outcome).toBe('DENY-PAY');
  });
  it('an unstated channel is not shown to comply → deny', () => {
    expect(ids(gate(q1({}, { channel: undefined })))).toContain('HS-22-treasury');
  });
});

describe('HS-21-suspended / HS-37-sanctions', () => {
  it('暂停项目建设 → deny by both 第二十一条 and 第三十七条', () => {
    const d = gate(q1({ status: { inLibrary: true, approvalStatus: 'approved', sanction: '暂停项目建设' } }));
    expect(d.answer).toBe('deny');
    expect(ids(d)).toEqual(expect.arrayContaining(['HS-21-suspended', 'HS-37-sanctions']));
  });
  it('暂缓安排投资计划 → deny (HS-37 only)', () => {
    const d = gate(q1({ status: { inLibrary: true, approvalStatus: 'approved', sanction: '暂缓安排投资计划' } }));
    expect(ids(d)).toEqual(['HS-37-sanctions']);
    expect(d.answer).toBe('deny');
  });
  it('终止项目 → permanent deny', () => {
    const d = gate(q1({ status: { inLibrary: true, approvalStatus: 'approved', sanction: '终止项目' } }));
    expect(reason(d, 'HS-37-sanctions')!.detail).toMatchObject({ permanent: true });
  });
  it('通报批评 alone does not block payment', () => {
    expect(gate(q1({ status: { inLibrary: true, approvalStatus: 'approved', sanction: '通报批评' } })).answer).toBe('allow');
  });
  it('sanctions are Q1 rules only', () => {
    const d = gate(q2({ status: { inLibrary: true, decisions: CONSIDERED, sanction: '暂停项目建设' } }));
    expect(ids(d)).not.toContain('HS-21-suspended');
    expect(ids(d)).not.toContain('HS-37-sanctions');
  });
});

describe('HS-24-free-om-no-paid-om (第二十四条, inferred, A-33)', () => {
  // accepted 2025-06-30 → free O&M [2025-06-30, 2026-06-30) by the 1-year minimum
  const sys = { acceptancePassed: '2025-06-30' };
  it('a paid O&M period starting on free_om_end → allow', () => {
    const d = gate(q2({}, sys, { fiscalYear: 2026, periodStart: '2026-06-30', periodEnd: '2027-06-29' }));
    expect(ids(d)).not.toContain('HS-24-free-om-no-paid-om');
    expect(d.answer).toBe('allow');
  });
  it('a period starting one day earlier overlaps the free period → deny, overridable', () => {
    const d = gate(q2({}, sys, { fiscalYear: 2026, periodStart: '2026-06-29', periodEnd: '2027-06-28' }));
    expect(d.answer).toBe('deny');
    const r = reason(d, 'HS-24-free-om-no-paid-om')!;
    expect(r.outcome).toBe('DENY-OM');
    expect(r.overridable).toBe(true);
    expect(r.detail).toMatchObject({ freeOmEnd: '2026-06-30' });
  });
  it('the contract free O&M end recorded on the system is used', () => {
    const d = gate(q2({}, { acceptancePassed: '2025-06-30', freeOmEnd: '2027-06-30' }, { fiscalYear: 2027 }));
    expect(d.answer).toBe('deny');
  });
  it('rack rental and SMS fees inside the free period only flag (A-33) → review', () => {
    const d = gate(
      q2({}, sys, {
        fiscalYear: 2026,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        lineItems: [
          { type: '机柜租赁', amount: wan(5) },
          { type: '短信费', amount: wan(1) },
        ],
      }),
    );
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-24-free-om-no-paid-om')!.outcome).toBe('FLAG');
  });
  it('system O&M items inside the free period are denied, rentals flagged', () => {
    const d = gate(
      q2({}, sys, {
        fiscalYear: 2026, // no period given: the fiscal year 2026-01-01..2026-12-31
        periodStart: undefined,
        periodEnd: undefined,
        lineItems: [
          { type: '系统运维', amount: wan(8) },
          { type: '机柜租赁', amount: wan(5) },
        ],
      }),
    );
    expect(d.answer).toBe('deny');
    expect(d.reasons.filter((r) => r.ruleId === 'HS-24-free-om-no-paid-om').map((r) => r.outcome)).toEqual(['DENY-OM', 'FLAG']);
  });
});

describe('HS-35-1-no-sharing (第三十五条(一), 原则上)', () => {
  it.each([
    ['interconnected', { interconnected: false }],
    ['dataAggregated', { dataAggregated: false }],
    ['dataShared', { dataShared: false }],
    ['duplicateCollection', { duplicateCollection: true }],
    ['interconnected unknown', { interconnected: undefined }],
  ])('%s → deny', (_, sys) => {
    const d = gate(q2({}, sys));
    expect(d.answer).toBe('deny');
    const r = reason(d, 'HS-35-1-no-sharing')!;
    expect(r.outcome).toBe('DENY-OM');
    expect(r.overridable).toBe(true);
  });
  it('the message names what failed', () => {
    const r = reason(gate(q2({}, { dataShared: false, duplicateCollection: true })), 'HS-35-1-no-sharing')!;
    expect(r.message).toContain('未共享数据资源、存在重复采集数据');
  });
  it('overridden with a complete log → allow, reason carries overriddenBy, HS-40 log complete', () => {
    const d = gate(q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-1-no-sharing': OVERRIDE } } }, { interconnected: false }));
    expect(d.answer).toBe('allow');
    expect(reason(d, 'HS-35-1-no-sharing')!.overriddenBy).toEqual(OVERRIDE);
    const log = reason(d, 'HS-40-om-audit-log')!;
    expect(log.outcome).toBe('REQUIRE');
    expect(log.requires).toContain('HS-35-1-no-sharing:依据文件');
    expect(log.missing).toEqual([]);
  });
  it('no system given on Q2 → deny (nothing shows the system shares)', () => {
    const d = gate({ project: omProject(), omRequest: { amount: wan(1), fiscalYear: 2027 } });
    expect(ids(d)).toContain('HS-35-1-no-sharing');
    expect(d.answer).toBe('deny');
  });
});

describe('HS-40-om-audit-log (第四十条)', () => {
  it('an override without a document reference → review, the gap named', () => {
    const o = { ...OVERRIDE, documentRef: '' };
    const d = gate(q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-1-no-sharing': o } } }, { interconnected: false }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-40-om-audit-log')!.missing).toEqual(['HS-35-1-no-sharing:依据文件']);
  });
  it('an override granted without 区财政局 → review (A-06: 区政数局 会同 区财政局 for funds)', () => {
    const o = { ...OVERRIDE, authority: '区政数局' };
    const d = gate(q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-1-no-sharing': o } } }, { interconnected: false }));
    expect(reason(d, 'HS-40-om-audit-log')!.missing).toEqual(['HS-35-1-no-sharing:批准机关']);
  });
  it('no Q2 override → no audit item; never on Q1', () => {
    expect(ids(gate(q2()))).not.toContain('HS-40-om-audit-log');
    const d = gate(q1({ status: { inLibrary: false, approvalStatus: 'approved', overrides: { 'HS-05-not-in-library': OVERRIDE } } }));
    expect(ids(d)).not.toContain('HS-40-om-audit-log');
  });
});

describe('HS-35-2a / HS-35-2b platforms (第三十五条(二), 原则上)', () => {
  it('政务服务 system not on the 一体化政务服务平台 → deny; on it → allow', () => {
    expect(reason(gate(q2({}, { kind: '政务服务', onGovServicePlatform: false })), 'HS-35-2a-gov-service-platform')!.overridable).toBe(true);
    expect(gate(q2({}, { kind: '公共服务' })).answer).toBe('deny');
    expect(gate(q2({}, { kind: '政务服务', onGovServicePlatform: true })).answer).toBe('allow');
  });
  it('non-classified 办公类 not on the 统一协同办公平台 → deny; classified or on it → allow', () => {
    expect(ids(gate(q2({}, { kind: '办公类', onOfficePlatform: false })))).toContain('HS-35-2b-office-platform');
    expect(gate(q2({}, { kind: '办公类', classified: true })).answer).toBe('allow');
    expect(gate(q2({}, { kind: '办公类', onOfficePlatform: true })).answer).toBe('allow');
  });
  it('other kinds are not concerned', () => {
    expect(gate(q2({}, { kind: '业务类', onGovServicePlatform: false, onOfficePlatform: false })).answer).toBe('allow');
  });
  it('overridden → allow', () => {
    const d = gate(
      q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-2b-office-platform': OVERRIDE } } }, { kind: '办公类' }),
    );
    expect(d.answer).toBe('allow');
    expect(reason(d, 'HS-35-2b-office-platform')!.overriddenBy).toBeDefined();
  });
});

describe('HS-35-3-security (第三十五条(三), absolute)', () => {
  it('new project failing 密码应用 → deny, not overridable, override ignored', () => {
    const d = gate(
      q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-3-security': OVERRIDE } } }, { cryptoCompliant: false }),
    );
    expect(d.answer).toBe('deny');
    const r = reason(d, 'HS-35-3-security')!;
    expect(r.outcome).toBe('DENY-OM');
    expect(r.overridable).toBe(false);
    expect(r.overriddenBy).toBeUndefined();
  });
  it('major security hazard on a new project → deny', () => {
    expect(reason(gate(q2({}, { majorSecurityHazard: true })), 'HS-35-3-security')!.message).toContain('存在重大安全隐患');
  });
  it('a non-new project with the same failure → FLAG only (A-31) → review', () => {
    const d = gate(q2({ subtype: 'upgrade' }, { cybersecurityCompliant: false }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-35-3-security')!.outcome).toBe('FLAG');
  });
  it('no 密评 / 等保 determination recorded on a new project → review', () => {
    const d = gate(q2({}, { cryptoCompliant: undefined }));
    expect(d.answer).toBe('review');
  });
});

describe('HS-35-4-stopped-zombie (第三十五条(四), absolute)', () => {
  it.each(['stopped', 'zombie'] as const)('%s → deny even with an override recorded', (status) => {
    const d = gate(q2({ status: { inLibrary: true, decisions: CONSIDERED, overrides: { 'HS-35-4-stopped-zombie': OVERRIDE } } }, { status }));
    expect(d.answer).toBe('deny');
    expect(reason(d, 'HS-35-4-stopped-zombie')!.overriddenBy).toBeUndefined();
  });
  it('a merely low-usage system is not denied by status alone (A-05)', () => {
    expect(ids(gate(q2({}, { usageLow: true })))).not.toContain('HS-35-4-stopped-zombie');
  });
});

describe('advisory H items (P6)', () => {
  it('HS-14-sharing-basis: Q2 not yet considered → CHECK → review', () => {
    const d = gate(q2({ status: { inLibrary: true } }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-14-sharing-basis')!.outcome).toBe('CHECK');
  });
  it('HS-14-sharing-basis: not asked on Q1', () => {
    expect(ids(gate(q1()))).not.toContain('HS-14-sharing-basis');
  });
  it('HS-32-eval-basis: evaluation results exist → CHECK until the finance reviewer records it', () => {
    const d = gate(q2({}, { lastEvaluation: '不合格' }));
    expect(d.answer).toBe('review');
    expect(reason(d, 'HS-32-eval-basis')!.outcome).toBe('CHECK');
    const seen = gate(
      q2(
        { status: { inLibrary: true, decisions: { ...CONSIDERED, 'HS-32-eval-basis': { result: 'pass', reviewer: '财政', on: '2026-09-01' } } } },
        { lastEvaluation: '不合格' },
      ),
    );
    expect(ids(seen)).not.toContain('HS-32-eval-basis');
  });
  it('HS-32-eval-basis: no evaluation results → nothing', () => {
    expect(ids(gate(q2()))).not.toContain('HS-32-eval-basis');
  });
});

describe('combinations', () => {
  it('an overridden denial does not hide an absolute one', () => {
    const d = gate(
      q2({ status: { inLibrary: false, decisions: CONSIDERED, overrides: { 'HS-05-not-in-library': OVERRIDE } } }, { status: 'zombie' }),
    );
    expect(d.answer).toBe('deny');
  });
  it('gate project builder is a clean baseline', () => {
    expect(gateProject().status?.inLibrary).toBe(true);
    expect(system().status).toBe('running');
  });
});
