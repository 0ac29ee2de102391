import { describe, expect, it } from 'vitest';
import { categoryOf, fieldPresent, gateQuestionOf, isPresent, yuanText } from '../../../packages/rules/src/packs/shared.js';
import { chinaCalendar, type RuleContext } from '@gov/rules';
import { projectFacts } from './fixtures.js';

describe('shared pack helpers', () => {
  it('yuanText formats fen exactly, both sides of 60万 and beyond what a float division keeps', () => {
    expect(yuanText(60_000_000)).toBe('600000.00');
    expect(yuanText(59_999_999)).toBe('599999.99');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(-105)).toBe('-1.05');
    // (fen / 100).toFixed(2) gives 74255897771889.66 here: the quotient is not representable as a double.
    expect((7_425_589_777_188_965 / 100).toFixed(2)).toBe('74255897771889.66');
    expect(yuanText(7_425_589_777_188_965)).toBe('74255897771889.65');
  });

  it('field presence: absent, empty and false are not shown; 0 and text are', () => {
    expect([undefined, '', false].map(isPresent)).toEqual([false, false, false]);
    expect([0, '是', true].map(isPresent)).toEqual([true, true, true]);
    const p = projectFacts({ fields: { 承诺: '是', 空: '' } });
    expect(fieldPresent(p, '承诺')).toBe(true);
    expect(fieldPresent(p, '空')).toBe(false);
    expect(fieldPresent(p, '无')).toBe(false);
  });

  it('categoryOf: classification first, then the declared category, then 建设类', () => {
    const ctx = (category: RuleContext['facts']['project']['category'] | undefined, classified?: 'om'): RuleContext => ({
      facts: { project: projectFacts(category === undefined ? {} : { category }) },
      on: '2026-03-02',
      calendar: chinaCalendar,
      classification: classified ? { category: classified } : undefined,
    });
    expect(categoryOf(ctx('procure_service', 'om'))).toBe('om');
    expect(categoryOf(ctx('procure_service'))).toBe('procure_service');
  });

  it('gateQuestionOf: a payment asks Q1, anything else Q2', () => {
    const project = projectFacts();
    expect(gateQuestionOf({ project, payment: { amount: 1 } as never })).toBe('payment');
    expect(gateQuestionOf({ project, omRequest: { amount: 1, fiscalYear: 2027 } })).toBe('om');
  });
});
