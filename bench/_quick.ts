import { ALL_CASES, XICHUAN_CASES } from './rules/facts.js';
import { evaluateFull } from './rules/ours.js';
import { timeSync, consume } from './harness.js';
for (let k = 0; k < 3; k++) {
  const a = timeSync(() => { for (const c of ALL_CASES) consume(evaluateFull(c).q1.answer); }, ALL_CASES.length, { budgetMs: 1500, warmupMs: 300 });
  const b = timeSync(() => { for (const c of XICHUAN_CASES) consume(evaluateFull(c).q1.answer); }, XICHUAN_CASES.length, { budgetMs: 1500, warmupMs: 300 });
  console.log(`all=${Math.round(a.perSecond / 1000)}k xc=${Math.round(b.perSecond / 1000)}k`);
}
