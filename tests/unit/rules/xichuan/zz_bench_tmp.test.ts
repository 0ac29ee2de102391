import { it } from 'vitest';
import { classify, preReview, budgetGate, rulePack, rulePacks } from '@gov/rules';
import { runStage } from '../../../../packages/rules/src/engine.js';
import { chinaCalendar } from '/work/main/packages/rules/src/calendar/workingDays.js';
import { xcProject, payment } from './fixtures.js';
it('bench', () => {
  const xc = rulePack('xichuan');
  const facts = { project: xcProject(), payment: payment() };
  const ctx = { facts, on: '2026-03-02', calendar: chinaCalendar, classification: { category: 'gov_invest_build' as const } };
  const time = (name: string, fn: () => void) => {
    for (let i = 0; i < 20000; i++) fn();
    const N = 200_000; const t = performance.now();
    for (let i = 0; i < N; i++) fn();
    console.log(name, Math.round(N / ((performance.now() - t) / 1000)));
  };
  time('classification rules', () => runStage(xc, 'classification', ctx));
  time('intake rules', () => runStage(xc, 'intake', ctx));
  time('pre-review rules', () => runStage(xc, 'pre-review', ctx));
  time('gate rules', () => runStage(xc, 'budget-gate', ctx));
  time('classify()', () => classify(xc, facts, '2026-03-02', chinaCalendar));
  time('preReview()', () => preReview(xc, facts, '2026-03-02', chinaCalendar, ctx.classification));
  time('budgetGate()', () => budgetGate(xc, facts, '2026-03-02', chinaCalendar, ctx.classification));
  return;
  time('hs classify()', () => classify(hs, { project: { ...facts.project, jurisdiction: 'hongshan' } }, '2026-03-02', chinaCalendar));
});
