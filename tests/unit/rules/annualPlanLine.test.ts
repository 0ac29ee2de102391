/** Rules that need the annual plan read the issued plan's line (status.annualPlan) and cite it when they allow. */
import { describe, expect, it } from 'vitest';
import { budgetGate, classify, planCitation, preReview, type AnnualPlanLineFacts } from '@gov/rules';
import { approvalApp, cls, hs, ON } from './hongshan/fixtures-front.js';
import { bj, bjProject, cal, on, payment, servicePlanProject, withReviews } from './bijie/fixtures.js';
import { testCalendar } from './fixtures.js';

const line = (o: Partial<AnnualPlanLineFacts> = {}): AnnualPlanLineFacts => ({
  planId: 'plan-hongshan-2027', edition: 2, year: 2027, issuedOn: '2026-12-20', amount: 58_000_001, fundingSource: 'local_fiscal', approvedBy: ['区人民政府'], ...o,
});

describe('planCitation', () => {
  it('names plan, edition, issue date and the exact amount in 元', () => {
    expect(planCitation(line())).toBe('2027年度计划 plan-hongshan-2027 第2版(2026-12-20 下达,计划金额 580000.01 元)');
    expect(planCitation(line({ amount: 5, temporary: { authority: '区委常委会', documentRef: '会议纪要〔2027〕3号', on: '2027-03-01' } }))).toContain('计划金额 0.05 元,临时追加,依据区委常委会会议纪要〔2027〕3号');
  });
});

describe('HS-12-plan-precondition reads the issued plan', () => {
  it('without a plan line (and no legacy flag): held, REJECT', () => {
    const f = cls(approvalApp({ status: {} })).findings.filter((x) => x.ruleId === 'HS-12-plan-precondition');
    expect(f.map((x) => x.outcome)).toEqual(['REJECT']);
  });
  it('with the plan line: no hold, and the finding cites the plan', () => {
    const d = cls(approvalApp({ status: { annualPlan: line() } }));
    const f = d.findings.filter((x) => x.ruleId === 'HS-12-plan-precondition');
    expect(f.map((x) => x.outcome)).toEqual(['SET']);
    expect(f[0].message).toContain('plan-hongshan-2027 第2版');
    const r = preReview(hs, { project: approvalApp({ status: { annualPlan: line() } }) }, ON, testCalendar, d);
    expect(r.blocking.map((b) => b.ruleId)).not.toContain('HS-12-plan-precondition');
  });
  it('classify on its own also sees it', () => {
    expect(classify(hs, { project: approvalApp({ status: { annualPlan: line() } }) }, ON, testCalendar).findings.some((f) => f.ruleId === 'HS-12-plan-precondition' && f.outcome === 'REJECT')).toBe(false);
  });
});

describe('BJ-13 and BJ-10 read the issued plan (approved by 市人民政府)', () => {
  const bjLine = line({ planId: 'plan-bijie-2027', approvedBy: ['市人民政府'] });
  it('BJ-13: a 服务方案 with the plan line passes, citing it; without plan line or legacy flag it is rejected', () => {
    const p = servicePlanProject();
    const inPlan = preReview(bj, { project: { ...p, status: { ...p.status, inAnnualPlan: undefined, annualPlan: bjLine } } }, on, cal, {});
    expect(inPlan.blocking.map((b) => b.ruleId)).not.toContain('BJ-13-service-plan-in-plan');
    expect(inPlan.findings.find((f) => f.ruleId === 'BJ-13-service-plan-in-plan')?.message).toContain('plan-bijie-2027');
    const out = preReview(bj, { project: { ...p, status: { ...p.status, inAnnualPlan: undefined } } }, on, cal, {});
    expect(out.blocking.map((b) => b.ruleId)).toContain('BJ-13-service-plan-in-plan');
  });
  it('BJ-10: the issued plan line counts as the 市人民政府-approved plan for payment', () => {
    const base = withReviews(bjProject(), { '年度实施计划(市人民政府批准)': undefined });
    const without = budgetGate(bj, payment({ ...base, status: { ...base.status, inAnnualPlan: undefined } }), on, cal, {});
    expect(without.reasons.map((r) => r.ruleId)).toContain('BJ-10-library-and-plan');
    const withLine = budgetGate(bj, payment({ ...base, status: { ...base.status, inAnnualPlan: undefined, annualPlan: bjLine } }), on, cal, {});
    expect(withLine.reasons.map((r) => r.ruleId)).not.toContain('BJ-10-library-and-plan');
  });
});
