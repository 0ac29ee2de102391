import { ALL_CASES } from './rules/facts.js';
import { evaluateFull } from './rules/ours.js';
let c = 0, p = 0, q1 = 0, q2 = 0, frozen = 0, tot = 0;
for (const k of ALL_CASES) { const e = evaluateFull(k); c += e.classification.findings.length; p += e.preReview.findings.length; q1 += e.q1.reasons.length; q2 += e.q2.reasons.length; }
console.log({ per: ALL_CASES.length, c: c / ALL_CASES.length, p: p / ALL_CASES.length, q1: q1 / ALL_CASES.length, q2: q2 / ALL_CASES.length });
