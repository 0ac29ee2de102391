import { classify, preReview, budgetGate } from './packages/rules/src/index.js';
import { runStage } from './packages/rules/src/engine.js';
import { bj, bjProject, cal, on, payment, omBudget, servicePlanProject } from './tests/unit/rules/bijie/fixtures.js';
const cases = [payment(bjProject()), omBudget(bjProject()), payment(servicePlanProject()), omBudget(bjProject())];
function bench(name: string, fn: (f: any) => void) {
  let n = 0; const t = performance.now();
  while (performance.now() - t < 1500) { for (const f of cases) { fn(f); n++; } }
  console.log(name, Math.round(n / ((performance.now() - t) / 1000)));
}
bench('raw stages', (f) => { const ctx = { facts: f, on, calendar: cal }; runStage(bj, 'classification', ctx); runStage(bj, 'intake', ctx); runStage(bj, 'pre-review', ctx); runStage(bj, 'budget-gate', ctx); });
bench('full', (f) => { const c = classify(bj, f, on, cal); preReview(bj, f, on, cal, c); budgetGate(bj, f, on, cal, c); });
for (const st of ['classification','intake','pre-review','budget-gate'] as const) bench(st, (f) => runStage(bj, st, { facts: f, on, calendar: cal }));
bench('classify', (f) => classify(bj, f, on, cal));
bench('preReview', (f) => preReview(bj, f, on, cal, {}));
bench('gate', (f) => budgetGate(bj, f, on, cal, {}));
