import { ALL_CASES, XICHUAN_CASES } from './rules/facts.js';
import { evaluateFull } from './rules/ours.js';
import { timeSync, consume } from './harness.js';
const k = (t: { perSecond: number; perCpuSecond: number }) => `${Math.round(t.perSecond / 1000)}k/${Math.round(t.perCpuSecond / 1000)}kcpu`;
for (let i = 0; i < 3; i++) {
  const a = timeSync(() => { for (const c of ALL_CASES) consume(evaluateFull(c).q1.answer); }, ALL_CASES.length, { budgetMs: 1500, warmupMs: 300 });
  const b = timeSync(() => { for (const c of XICHUAN_CASES) consume(evaluateFull(c).q1.answer); }, XICHUAN_CASES.length, { budgetMs: 1500, warmupMs: 300 });
  console.log(`all=${k(a)} xc=${k(b)}`);
}
