import { it } from 'vitest';
import { budgetGate, classify, preReview } from '@gov/rules';
import { cal, funded, jj, library, needsPlan, payment } from './fixtures.js';
it('bench', () => {
  const ps = [needsPlan(), library(), funded()];
  const run = (n: number) => { for (let i = 0; i < n; i++) { const p = ps[i % 3]; const c = classify(jj, { project: p }, '2026-03-02', cal); preReview(jj, { project: p }, '2026-03-02', cal, c); budgetGate(jj, { project: p, payment: payment() }, '2026-03-02', cal, c); } };
  run(20000);
  const t = performance.now(); const N = 200000; run(N);
  console.log('evals/s', Math.round(N / ((performance.now() - t) / 1000)));
});
