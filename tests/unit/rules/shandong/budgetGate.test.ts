import { describe, expect, it } from 'vitest';
import type { PaymentRequest, ProjectFacts, SystemFacts } from '@gov/rules';
import { byRule, gate, sdProject, wan, withProject } from './fixtures.js';

const pay = (amount: number, more: Partial<PaymentRequest> = {}): PaymentRequest => ({ amount, fiscalYear: 2026, purpose: 'construction', ...more });
const om = { amount: wan(30), fiscalYear: 2027 };
const sharing: SystemFacts = { id: 'SYS-1', ownerDepartmentId: 'SD-D01', status: 'running', onSharingPlatform: true, dataShared: true, acceptancePassed: '2025-06-30' };
const base = sdProject({ approvedEstimate: wan(500), paidToDate: wan(400) });
const status = (p: ProjectFacts, s: NonNullable<ProjectFacts['status']>) => ({ ...p, status: { ...p.status, ...s } });

describe('baseline', () => {
  it('an approved project inside its budget may be paid', () => {
    const d = gate({ project: base, payment: pay(wan(50)) });
    expect(d.question).toBe('payment');
    expect(d.answer).toBe('allow');
  });
  it('O&M for an accepted system on the sharing platform may be budgeted', () => {
    expect(gate({ project: base, omRequest: om, system: sharing }).answer).toBe('allow');
  });
});

describe('SD-09-opinion-prereq (第九条): no 审核意见, no money', () => {
  const noOpinion = status(base, { reviews: {} });
  it('Q1 denied without the opinion', () => {
    const d = gate({ project: noOpinion, payment: pay(wan(1)) });
    expect(d.answer).toBe('deny');
    expect(byRule(d.reasons, 'SD-09-opinion-prereq')[0].outcome).toBe('DENY-PAY');
  });
  it('Q2 denied without the opinion, or with a failed one', () => {
    expect(byRule(gate({ project: noOpinion, omRequest: om, system: sharing }).reasons, 'SD-09-opinion-prereq')[0].outcome).toBe('DENY-OM');
    const failed = status(base, { reviews: { 省政务服务管理办公室审核意见: 'fail' } });
    expect(gate({ project: failed, omRequest: om, system: sharing }).answer).toBe('deny');
  });
});

describe('SD-17-no-overrun (第十七条): 原则上超支不补', () => {
  it('exactly the approved budget is allowed', () => {
    const d = gate({ project: base, payment: pay(wan(100)) });
    expect(d.answer).toBe('allow');
    expect(byRule(d.reasons, 'SD-17-no-overrun')).toEqual([]);
  });
  it('one fen over is denied, overridable', () => {
    const d = gate({ project: base, payment: pay(wan(100) + 1) });
    expect(d.answer).toBe('deny');
    const [f] = byRule(d.reasons, 'SD-17-no-overrun');
    expect(f.outcome).toBe('DENY-PAY');
    expect(f.overridable).toBe(true);
    expect(f.detail).toMatchObject({ over: 1 });
  });
  it('an override recorded by 省政务服务管理办公室 allows it', () => {
    const p = status(base, { overrides: { 'SD-17-no-overrun': { authority: '省政务服务管理办公室', reason: '按规定追加', documentRef: '鲁财〔2026〕9号', on: '2026-03-01' } } });
    const d = gate({ project: p, payment: pay(wan(100) + 1) });
    expect(d.answer).toBe('allow');
    expect(byRule(d.reasons, 'SD-17-no-overrun')[0].overriddenBy?.authority).toBe('省政务服务管理办公室');
  });
  it('no approved budget on file → review', () => {
    expect(gate({ project: sdProject({ approvedEstimate: undefined }), payment: pay(1) }).answer).toBe('review');
  });
});

describe('SD-17-surplus-return (第十七条): 结余资金按原渠道退回', () => {
  const done = withProject(base, { dates: { constructionCompleted: '2025-12-01', acceptancePassed: '2026-02-01' } });
  it('after acceptance, a final payment that leaves one fen unspent is flagged', () => {
    const d = gate({ project: done, payment: pay(wan(100) - 1, { purpose: 'final_instalment' }) });
    expect(byRule(d.reasons, 'SD-17-surplus-return')[0].detail).toEqual({ surplus: 1 });
    expect(d.answer).toBe('review');
  });
  it('spending exactly the budget leaves no surplus', () => {
    expect(gate({ project: done, payment: pay(wan(100), { purpose: 'final_instalment' }) }).answer).toBe('allow');
  });
  it('before acceptance no surplus is flagged', () => {
    expect(byRule(gate({ project: base, payment: pay(wan(10)) }).reasons, 'SD-17-surplus-return')).toEqual([]);
  });
});

describe('SD-19-suspended and SD-34-sanctions', () => {
  it('暂停项目建设 denies payment (both articles)', () => {
    const d = gate({ project: status(base, { sanction: '暂停项目建设' }), payment: pay(1) });
    expect(d.answer).toBe('deny');
    expect(d.reasons.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['SD-19-suspended', 'SD-34-sanctions']));
  });
  it('暂缓拨付建设资金 denies construction money but not an O&M payment', () => {
    const p = status(base, { sanction: '暂缓拨付建设资金' });
    expect(byRule(gate({ project: p, payment: pay(1) }).reasons, 'SD-34-sanctions')[0].outcome).toBe('DENY-PAY');
    expect(byRule(gate({ project: p, payment: pay(1, { purpose: 'om' }) }).reasons, 'SD-34-sanctions')).toEqual([]);
    expect(byRule(gate({ project: p, payment: pay(1) }).reasons, 'SD-19-suspended')).toEqual([]);
  });
  it('终止项目 denies; 通报批评 alone does not', () => {
    expect(gate({ project: status(base, { sanction: '终止项目' }), payment: pay(1) }).answer).toBe('deny');
    expect(gate({ project: status(base, { sanction: '通报批评' }), payment: pay(1) }).answer).toBe('allow');
  });
});

describe('SD-23-unaccepted-no-funds (第二十三条, A-13): only after construction is completed, or for final instalments', () => {
  it('a normal construction instalment before completion is not blocked', () => {
    const d = gate({ project: base, payment: pay(wan(10)) });
    expect(byRule(d.reasons, 'SD-23-unaccepted-no-funds')).toEqual([]);
  });
  it('a final instalment of an unaccepted project is denied even before completion is recorded', () => {
    const d = gate({ project: base, payment: pay(wan(10), { purpose: 'final_instalment' }) });
    expect(byRule(d.reasons, 'SD-23-unaccepted-no-funds')[0].outcome).toBe('DENY-PAY');
    expect(d.answer).toBe('deny');
  });
  it('completed on the evaluation day and not accepted → subsequent payments denied; completion tomorrow → not', () => {
    const completed = withProject(base, { dates: { constructionCompleted: '2026-03-02' } });
    expect(gate({ project: completed, payment: pay(wan(10)) }, '2026-03-02').answer).toBe('deny');
    expect(byRule(gate({ project: completed, payment: pay(wan(10)) }, '2026-03-01').reasons, 'SD-23-unaccepted-no-funds')).toEqual([]);
  });
  it('after acceptance the payment is allowed', () => {
    const acc = withProject(base, { dates: { constructionCompleted: '2025-12-01', acceptancePassed: '2026-03-02' } });
    expect(byRule(gate({ project: acc, payment: pay(wan(100), { purpose: 'final_instalment' }) }).reasons, 'SD-23-unaccepted-no-funds')).toEqual([]);
  });
  it('Q2: O&M for a completed, unaccepted project is denied; the accepted system is allowed', () => {
    const completed = withProject(base, { dates: { constructionCompleted: '2026-01-15' } });
    const unaccepted = { ...sharing, acceptancePassed: undefined };
    const d = gate({ project: completed, omRequest: om, system: unaccepted });
    expect(byRule(d.reasons, 'SD-23-unaccepted-no-funds')[0].outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
    expect(gate({ project: completed, omRequest: om, system: sharing }).answer).toBe('allow');
  });
  it('A-13: the acceptance deadline from the contract schedule (+3 months) passed → denied; on its last day → not', () => {
    const sched = withProject(base, { fields: { 合同约定完工日期: '2025-11-30' } });
    expect(byRule(gate({ project: sched, payment: pay(1) }, '2026-02-28').reasons, 'SD-23-unaccepted-no-funds')).toEqual([]);
    expect(byRule(gate({ project: sched, payment: pay(1) }, '2026-03-01').reasons, 'SD-23-unaccepted-no-funds')).toHaveLength(1);
  });
});

describe('SD-29-sharing-platform (第二十九条)', () => {
  it('a system not connected to the 省数据共享开放平台 gets no subsequent money (Q1) and no O&M (Q2)', () => {
    const off = { ...sharing, onSharingPlatform: false };
    expect(byRule(gate({ project: base, payment: pay(1), system: off }).reasons, 'SD-29-sharing-platform')[0].outcome).toBe('DENY-PAY');
    const d = gate({ project: base, omRequest: om, system: off });
    expect(byRule(d.reasons, 'SD-29-sharing-platform')[0].outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
  });
  it('connected but not sharing (or unknown) is denied too', () => {
    expect(gate({ project: base, omRequest: om, system: { ...sharing, dataShared: false } }).answer).toBe('deny');
    expect(gate({ project: base, omRequest: om, system: { ...sharing, dataShared: undefined } }).answer).toBe('deny');
  });
  it('connected and sharing → allowed', () => {
    expect(byRule(gate({ project: base, omRequest: om, system: sharing }).reasons, 'SD-29-sharing-platform')).toEqual([]);
  });
  it('Q2 without the system facts → review', () => {
    const d = gate({ project: base, omRequest: om });
    expect(byRule(d.reasons, 'SD-29-sharing-platform')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
});

describe('SD-28-sharing-basis (第二十八条): advisory, shown next to the answer', () => {
  it('the checklist item appears until a reviewer decides', () => {
    const p = status(base, { decisions: {} });
    const d = gate({ project: p, payment: pay(1) });
    expect(byRule(d.reasons, 'SD-28-sharing-basis')[0].outcome).toBe('CHECK');
    expect(d.answer).toBe('review');
  });
  it('a failed sharing judgement is flagged, never a denial', () => {
    const p = status(base, { decisions: { 'SD-28-sharing-basis': { result: 'fail', reviewer: '王', on: '2026-03-01' } } });
    const d = gate({ project: p, payment: pay(1) });
    expect(byRule(d.reasons, 'SD-28-sharing-basis')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
});

describe('SD-25-level-split (第二十五条)', () => {
  it('a city/county portion paid from provincial money is denied', () => {
    expect(gate({ project: base, payment: pay(1, { lowerLevelPortion: true, fundingSource: 'local_fiscal' }) }).answer).toBe('deny');
    expect(gate({ project: base, payment: pay(1, { lowerLevelPortion: true }) }).answer).toBe('deny');
  });
  it('the provincial portion, or a portion paid from other money, is not', () => {
    expect(gate({ project: base, payment: pay(1, { lowerLevelPortion: false }) }).answer).toBe('allow');
    expect(byRule(gate({ project: base, payment: pay(1, { lowerLevelPortion: true, fundingSource: 'upper_fiscal' }) }).reasons, 'SD-25-level-split')).toEqual([]);
  });
});

describe('SD-11-funds-basis (第十一条): against the 财政投资评审 result', () => {
  const reviewed = withProject(base, { fields: { 财政投资评审核定金额: wan(450) } });
  it('exactly the reviewed amount → no flag; one fen over → review', () => {
    expect(gate({ project: reviewed, payment: pay(wan(50)) }).answer).toBe('allow');
    const d = gate({ project: reviewed, payment: pay(wan(50) + 1) });
    expect(byRule(d.reasons, 'SD-11-funds-basis')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
  it('O&M above the reviewed O&M amount → review', () => {
    const p = withProject(base, { fields: { 运维经费评审核定金额: wan(30) } });
    expect(gate({ project: p, omRequest: om, system: sharing }).answer).toBe('allow');
    expect(gate({ project: p, omRequest: { ...om, amount: wan(30) + 1 }, system: sharing }).answer).toBe('review');
  });
});
