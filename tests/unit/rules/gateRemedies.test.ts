/**
 * A gate denial that waits for something says where it goes (decision 160, issue 10 §2): the approval and the
 * contract as milestones by their roles, other bodies' acts as authority records under the names the rules read.
 * Each side: missing → the reason carries the remedy; supplied → the rule no longer denies.
 */
import { describe, expect, it } from 'vitest';
import { budgetGate, type Facts, type GateDecision } from '@gov/rules';
import { bj, bjProject, cal as bjCal, on as bjOn, payment as bjPayment, withReviews as bjReviews, withStatus as bjStatus } from './bijie/fixtures.js';
import { gate as sdGate, sdProject, wan as sdWan } from './shandong/fixtures.js';
import { gate as xcGate, payment as xcPayment, withReviews as xcReviews } from './xichuan/fixtures.js';
import { funded, gateJJ, payment as jjPayment, wan as jjWan, withStatus as jjStatus } from './jinjiang/fixtures.js';
import { cal as hsCal, hs, q1 } from './hongshan/fixtures-back.js';

const reasonOf = (d: GateDecision, id: string) => d.reasons.find((r) => r.ruleId === id);
const remedyShape = (d: GateDecision, id: string) => reasonOf(d, id)?.remedies?.map((r) => ({ item: r.item, kind: r.kind, route: r.route, accepts: r.accepts, supplier: r.supplier }));
const MILESTONES = 'POST /v1/projects/{id}/milestones';
const AUTHORITY = 'POST /v1/projects/{id}/authority-records';

describe('HS-05-approved-before-pay: the approval, recorded by the bureau as a milestone', () => {
  const gate = (f: Facts) => budgetGate(hs, f, '2026-09-15', hsCal, {});
  it('not approved: the deny names the approval milestone', () => {
    expect(remedyShape(gate(q1({ status: { inLibrary: true, approvalStatus: 'pending' } })), 'HS-05-approved-before-pay')).toEqual([
      { item: '项目审批部门批复', kind: 'milestone', route: MILESTONES, accepts: ['approval'], supplier: 'bureau' },
    ]);
  });
  it('approved: no denial', () => {
    expect(reasonOf(gate(q1({ status: { inLibrary: true, approvalStatus: 'approved' } })), 'HS-05-approved-before-pay')).toBeUndefined();
  });
});

describe('BJ-10-library-and-plan / BJ-16-contract-before-pay', () => {
  const gate = (f: Facts) => budgetGate(bj, f, bjOn, bjCal, {});
  it('outside the approved plan and without the 财政部门 review: three authority records', () => {
    const p = bjReviews(bjStatus(bjProject(), { inAnnualPlan: false }), { 财政部门预算审核: undefined });
    expect(remedyShape(gate(bjPayment(p)), 'BJ-10-library-and-plan')).toEqual([
      { item: '年度实施计划', kind: 'authority_record', route: AUTHORITY, accepts: ['年度实施计划'], supplier: 'authority' },
      { item: '年度实施计划(市人民政府批准)', kind: 'authority_record', route: AUTHORITY, accepts: ['年度实施计划(市人民政府批准)'], supplier: 'authority' },
      { item: '财政部门预算审核', kind: 'authority_record', route: AUTHORITY, accepts: ['财政部门预算审核'], supplier: 'authority' },
    ]);
  });
  it('in the approved plan, reviewed: no denial', () => {
    expect(reasonOf(gate(bjPayment(bjProject())), 'BJ-10-library-and-plan')).toBeUndefined();
  });
  it('no contract and no approval: the approval first (a contract cannot be recorded before it), then the contract', () => {
    const unapproved = bjProject({ dates: {} });
    const p = { ...unapproved, status: { ...unapproved.status, approvalStatus: 'pending' as const } };
    expect(remedyShape(gate(bjPayment(p)), 'BJ-16-contract-before-pay')).toEqual([
      { item: '项目批复', kind: 'milestone', route: MILESTONES, accepts: ['approval'], supplier: 'bureau' },
      { item: '项目三方服务合同', kind: 'milestone', route: MILESTONES, accepts: ['contract_signed'], supplier: 'department' },
    ]);
  });
  it('approved without a contract: only the contract, by the department', () => {
    const unsigned = bjProject({ dates: {} });
    const p = { ...unsigned, status: { ...unsigned.status, approvalStatus: 'approved' as const } };
    expect(remedyShape(gate(bjPayment(p)), 'BJ-16-contract-before-pay')?.map((r) => r.item)).toEqual(['项目三方服务合同']);
  });
});

describe('SD-09-opinion-prereq / SD-17-no-overrun', () => {
  it('no 审核意见: the authority record of 省政务服务管理办公室', () => {
    const p = sdProject({ approvedEstimate: sdWan(500) });
    const d = sdGate({ project: { ...p, status: { ...p.status, reviews: {} } }, payment: { amount: sdWan(1), fiscalYear: 2026, purpose: 'construction' } });
    expect(remedyShape(d, 'SD-09-opinion-prereq')).toEqual([
      { item: '省政务服务管理办公室审核意见', kind: 'authority_record', route: AUTHORITY, accepts: ['省政务服务管理办公室审核意见'], supplier: 'authority' },
    ]);
  });
  it('no approved budget: the approval milestone (it carries the estimate); with one, no flag', () => {
    const payment = { amount: sdWan(1), fiscalYear: 2026, purpose: 'construction' as const };
    const none = sdGate({ project: sdProject({ approvedEstimate: undefined, budget: undefined }), payment });
    expect(remedyShape(none, 'SD-17-no-overrun')).toEqual([{ item: '批复投资预算', kind: 'milestone', route: MILESTONES, accepts: ['approval'], supplier: 'bureau' }]);
    expect(reasonOf(sdGate({ project: sdProject({ approvedEstimate: sdWan(500) }), payment }), 'SD-17-no-overrun')).toBeUndefined();
  });
});

describe('XC-07-unreviewed / XC-11-disburse-basis', () => {
  it('no 技术性审查, 投资计划 or 项目实施意见: three authority records', () => {
    const d = xcGate({ project: xcReviews({ 技术性审查: 'pending', 投资计划: 'pending', 项目实施意见: 'pending' }), payment: xcPayment() });
    expect(remedyShape(d, 'XC-07-unreviewed')?.map((r) => [r.item, r.kind])).toEqual([['技术性审查', 'authority_record']]);
    expect(remedyShape(d, 'XC-11-disburse-basis')?.map((r) => [r.item, r.kind])).toEqual([['投资计划', 'authority_record'], ['项目实施意见', 'authority_record']]);
  });
  it('all three on record: neither denies', () => {
    const d = xcGate({ project: xcReviews({ 技术性审查: 'pass', 投资计划: 'pass', 项目实施意见: 'pass' }), payment: xcPayment() });
    expect(reasonOf(d, 'XC-07-unreviewed')).toBeUndefined();
    expect(reasonOf(d, 'XC-11-disburse-basis')).toBeUndefined();
  });
});

describe('JJ-07-reserve-no-funds', () => {
  it('in 储备: the annual-plan record; in the plan: no denial', () => {
    const reserve = jjStatus(funded({ amountEstimate: jjWan(30), amountTotal: jjWan(30) }), { inAnnualPlan: false });
    expect(remedyShape(gateJJ({ project: reserve, payment: jjPayment() }), 'JJ-07-reserve-no-funds')).toEqual([
      { item: '年度计划:区政府常务会议', kind: 'authority_record', route: AUTHORITY, accepts: ['年度计划:区政府常务会议'], supplier: 'authority' },
    ]);
    const planned = jjStatus(reserve, { inAnnualPlan: true });
    expect(reasonOf(gateJJ({ project: planned, payment: jjPayment() }), 'JJ-07-reserve-no-funds')).toBeUndefined();
  });
});
