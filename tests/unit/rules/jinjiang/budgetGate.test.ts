import { describe, expect, it } from 'vitest';
import type { ProjectFacts, SystemFacts } from '@gov/rules';
import { funded, gateJJ, jjInForce, of, omRequest, payment, wan, withStatus } from './fixtures.js';

const pay = (p: ProjectFacts, pack = undefined as typeof jjInForce | undefined) => gateJJ({ project: p, payment: payment() }, '2026-03-02', pack);
const om = (p: ProjectFacts, system?: SystemFacts, pack = undefined as typeof jjInForce | undefined) =>
  gateJJ({ project: p, system, omRequest: omRequest() }, '2026-03-02', pack);
const sys = (over: Partial<SystemFacts> = {}): SystemFacts => ({ id: 'S1', ownerDepartmentId: 'JJ-D01', status: 'running', ...over });

describe('budget gate baseline', () => {
  it('a funded project in the library and the plan may be paid', () => {
    const d = pay(funded());
    expect(d.answer).toBe('allow');
    expect(d.binding).toBe(false);
    expect(d.notice).toContain('征求意见稿');
    expect(om(funded(), sys()).answer).toBe('allow');
  });
});

describe('JJ-09-library-only (第五条, 第九条(一)): 区级财政 only for projects in the 项目库', () => {
  const out = withStatus(funded(), { inLibrary: false });
  it('Q1: DENY-PAY, advisory → review under the draft, deny once in force', () => {
    const d = pay(out);
    expect(of(d.reasons, 'JJ-09-library-only')[0].outcome).toBe('DENY-PAY');
    expect(of(d.reasons, 'JJ-09-library-only')[0].advisory).toBe(true);
    expect(d.answer).toBe('review');
    expect(pay(out, jjInForce).answer).toBe('deny');
  });
  it('Q2: DENY-OM', () => {
    const d = om(out, sys());
    expect(of(d.reasons, 'JJ-09-library-only')[0].outcome).toBe('DENY-OM');
    expect(d.answer).toBe('review');
    expect(om(out, sys(), jjInForce).answer).toBe('deny');
  });
  it('a payment from upper-level funds is not a 区级财政 payment', () => {
    const d = gateJJ({ project: out, payment: { ...payment(), fundingSource: 'upper_fiscal' } });
    expect(of(d.reasons, 'JJ-09-library-only')).toHaveLength(0);
  });
  it('A-24: 上级财政 / 社会资金 projects without the 立项情况 filing are flagged before payment', () => {
    const p = funded({ fundingSources: ['local_fiscal', 'upper_fiscal', 'social_capital'] });
    const d = pay(p);
    expect(of(d.reasons, 'JJ-09-upper-funds-filing')[0].outcome).toBe('FLAG');
    expect(of(d.reasons, 'JJ-09-social-funds-filing')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
    expect(pay({ ...p, records: { upstream_approval: '2026-01-15' } }).answer).toBe('allow');
  });
});

describe('JJ-07-reserve-no-funds (第七条): 储备 projects get no money (原则上)', () => {
  it('300,000.00 not in the plan: DENY-PAY, overridable', () => {
    const p = withStatus(funded({ amountEstimate: wan(30), amountTotal: wan(30) }), { inAnnualPlan: false });
    const [f] = of(pay(p).reasons, 'JJ-07-reserve-no-funds');
    expect(f.outcome).toBe('DENY-PAY');
    expect(f.overridable).toBe(true);
    expect(pay(p).answer).toBe('review');
    expect(pay(p, jjInForce).answer).toBe('deny');
    const overridden = withStatus(p, {
      overrides: { 'JJ-07-reserve-no-funds': { authority: '领导小组办公室', reason: '应急项目', documentRef: '锦智办〔2026〕5号', on: '2026-02-26' } },
    });
    expect(pay(overridden, jjInForce).answer).toBe('allow');
  });
  it('299,999.99 not in the plan is not in 储备', () => {
    const p = withStatus(funded({ amountEstimate: 29_999_999, amountTotal: 29_999_999 }), { inAnnualPlan: false });
    expect(of(pay(p).reasons, 'JJ-07-reserve-no-funds')).toHaveLength(0);
  });
  it('Q2 is not concerned', () => {
    const p = withStatus(funded({ amountEstimate: wan(30) }), { inAnnualPlan: false });
    expect(of(om(p, sys()).reasons, 'JJ-07-reserve-no-funds')).toHaveLength(0);
  });
});

describe('JJ-10-decision-gate (第十条): meeting decisions before money flows', () => {
  const at = (amountTotal: number, reviews: Record<string, 'pass' | 'fail' | 'pending'> = {}) =>
    withStatus(funded({ amountTotal }), { reviews: { ...funded().status?.reviews, ...reviews } });
  it('3,999,999.99 needs no meeting', () => {
    expect(of(pay(at(399_999_999)).reasons, 'JJ-10-decision-gate')).toHaveLength(0);
  });
  it('4,000,000.00 without the 区政府常务会议 decision is denied', () => {
    const d = pay(at(400_000_000));
    expect(of(d.reasons, 'JJ-10-decision-gate')[0].outcome).toBe('DENY-PAY');
    expect(d.answer).toBe('review');
    expect(pay(at(400_000_000), jjInForce).answer).toBe('deny');
    expect(pay(at(400_000_000, { 区政府常务会议: 'pass' }), jjInForce).answer).toBe('allow');
  });
  it('29,999,999.99 needs only the 区政府常务会议', () => {
    expect(pay(at(2_999_999_999, { 区政府常务会议: 'pass' }), jjInForce).answer).toBe('allow');
  });
  it('30,000,000.00 also needs the 区委常委会议', () => {
    const d = pay(at(3_000_000_000, { 区政府常务会议: 'pass' }), jjInForce);
    expect(d.answer).toBe('deny');
    expect(of(d.reasons, 'JJ-10-decision-gate')[0].missing).toEqual(['区委常委会议审定记录']);
    expect(pay(at(3_000_000_000, { 区政府常务会议: 'pass', 区委常委会议: 'pass' }), jjInForce).answer).toBe('allow');
  });
  it('政府机会类社会出资 projects are only flagged (A-19)', () => {
    const p = { ...at(400_000_000), fundingModel: 'gov_opportunity_social' as const };
    const [f] = of(pay(p, jjInForce).reasons, 'JJ-10-decision-gate');
    expect(f.outcome).toBe('FLAG');
    expect(pay(p, jjInForce).answer).toBe('review');
  });
});

describe('JJ-16-stopped-no-om (第十六条): no O&M after the stop (absolute)', () => {
  it('a stopped system gets no O&M funds; an override is not honoured', () => {
    const d = om(funded(), sys({ status: 'stopped' }));
    const [f] = of(d.reasons, 'JJ-16-stopped-no-om');
    expect(f.outcome).toBe('DENY-OM');
    expect(f.overridable).toBe(false);
    expect(d.answer).toBe('review');
    const overridden = withStatus(funded(), {
      overrides: { 'JJ-16-stopped-no-om': { authority: '领导小组办公室', reason: '—', documentRef: '—', on: '2026-02-26' } },
    });
    expect(om(overridden, sys({ status: 'stopped' }), jjInForce).answer).toBe('deny');
  });
  it('a running system is not concerned', () => {
    expect(of(om(funded(), sys()).reasons, 'JJ-16-stopped-no-om')).toHaveLength(0);
  });
});

describe('JJ-17-eval-basis (第十七条(二)): evaluation result shown with the O&M answer', () => {
  it('不合格 → FLAG (review), 合格 → nothing', () => {
    const d = om(funded(), sys({ lastEvaluation: '不合格' }), jjInForce);
    expect(of(d.reasons, 'JJ-17-eval-basis')[0].outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
    expect(of(om(funded(), sys({ lastEvaluation: '合格' })).reasons, 'JJ-17-eval-basis')).toHaveLength(0);
  });
});

describe('JJ-17-sanctions (第十七条(二)): 暂缓安排投资计划 / 暂停 / 终止 stop payments', () => {
  it.each(['暂缓安排投资计划', '暂停项目建设', '终止项目'] as const)('%s → DENY-PAY', (sanction) => {
    const p = withStatus(funded(), { sanction });
    expect(of(pay(p).reasons, 'JJ-17-sanctions')[0].outcome).toBe('DENY-PAY');
    expect(pay(p, jjInForce).answer).toBe('deny');
  });
  it('通报批评 alone does not stop payment', () => {
    expect(of(pay(withStatus(funded(), { sanction: '通报批评' })).reasons, 'JJ-17-sanctions')).toHaveLength(0);
  });
});

describe('JJ-08-review-fees (第八条(三), 第五条): review fees come from the fiscal budget', () => {
  it('a 专家评审费 line in the project payment is flagged', () => {
    const d = gateJJ({ project: funded(), payment: { ...payment(), lineItems: [{ type: '专家评审费', amount: wan(1) }, { type: '软件开发', amount: wan(9) }] } });
    const [f] = of(d.reasons, 'JJ-08-review-fees');
    expect(f.outcome).toBe('FLAG');
    expect(f.message).toContain('专家评审费');
    expect(d.answer).toBe('review');
  });
  it('ordinary lines pass', () => {
    const d = gateJJ({ project: funded(), payment: { ...payment(), lineItems: [{ type: '软件开发', amount: wan(10) }] } });
    expect(of(d.reasons, 'JJ-08-review-fees')).toHaveLength(0);
  });
});
