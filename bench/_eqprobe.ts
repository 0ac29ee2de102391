import { XICHUAN_CASES } from '/work/main/bench/rules/facts.js';
import { xichuanJre, plainPathResolver } from '/work/main/bench/rules/xichuanJre.js';
import { compareAll } from '/work/main/bench/rules/equivalence.js';
for (const jre of [xichuanJre(), xichuanJre({ pathResolver: plainPathResolver() })]) {
  const r = await compareAll(XICHUAN_CASES, jre);
  for (const c of r) console.log(c.id, c.ours.q1.answer, c.ours.q2.answer, c.ours.classification.ruleIds.length, c.differences.join('\n   '));
}
