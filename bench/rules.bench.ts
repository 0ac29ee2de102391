/**
 * Rules benchmark: whole-project evaluations per second through @gov/rules, beside the same 淅川县 classification and
 * budget-gate decisions written for json-rules-engine, measured in the same process. Before anything is timed, both
 * sides run on the 淅川 fact mix and must give the same answers (bench/rules/equivalence.ts); a difference throws.
 */
import { consume, timeAsync, timeSync, type BenchResult, type Timing } from './harness.js';
import { ALL_CASES, XICHUAN_CASES, type BenchCase } from './rules/facts.js';
import { evaluateClassificationAndGate, evaluateFull } from './rules/ours.js';
import { assertEquivalent } from './rules/equivalence.js';
import { plainPathResolver, xichuanJre, type XichuanJre } from './rules/xichuanJre.js';

export const name = 'rules';

export const TARGET_EVALUATIONS_PER_SECOND = 300_000;
export const TARGET_RATIO = 100;

function oursRound(cases: readonly BenchCase[], evaluate: (c: BenchCase) => { q1: { answer: string }; q2: { answer: string } }) {
  return () => {
    for (let i = 0; i < cases.length; i++) {
      const e = evaluate(cases[i]);
      consume(e.q1.answer);
      consume(e.q2.answer);
    }
  };
}

function jreRound(cases: readonly BenchCase[], jre: XichuanJre) {
  return async () => {
    for (let i = 0; i < cases.length; i++) {
      const e = await jre.evaluate(cases[i]);
      consume(e.q1.answer);
      consume(e.q2.answer);
    }
  };
}


export async function run(): Promise<BenchResult[]> {
  const jreDefault = xichuanJre();
  const jrePlain = xichuanJre({ pathResolver: plainPathResolver() });
  // Same answers first (fail loudly): both configurations of the baseline against the package.
  await assertEquivalent(XICHUAN_CASES, jreDefault);
  await assertEquivalent(XICHUAN_CASES, jrePlain);

  const all = timeSync(oursRound(ALL_CASES, evaluateFull), ALL_CASES.length);
  const xcFull = timeSync(oursRound(XICHUAN_CASES, evaluateFull), XICHUAN_CASES.length);
  const xcSame = timeSync(oursRound(XICHUAN_CASES, evaluateClassificationAndGate), XICHUAN_CASES.length);
  const jre = await timeAsync(jreRound(XICHUAN_CASES, jreDefault), XICHUAN_CASES.length);
  const jreFast = await timeAsync(jreRound(XICHUAN_CASES, jrePlain), XICHUAN_CASES.length);

  const n = (cs: readonly BenchCase[]) => `${cs.length} cases`;
  const ratio = (a: Timing, b: Timing) => ({ value: a.perSecond / b.perSecond, cpuValue: a.perCpuSecond / b.perCpuSecond });
  return [
    {
      name: '(a) full evaluation, all 5 jurisdictions (@gov/rules)',
      value: all.perSecond, cpuValue: all.perCpuSecond,
      unit: 'evaluations/s',
      target: { min: TARGET_EVALUATIONS_PER_SECOND },
      note: `classify + preReview + Q1 + Q2, ${n(ALL_CASES)}`,
    },
    { name: '(b) full evaluation, xichuan (@gov/rules)', value: xcFull.perSecond, cpuValue: xcFull.perCpuSecond, unit: 'evaluations/s', note: `classify + preReview + Q1 + Q2, ${n(XICHUAN_CASES)}` },
    { name: "(b') classification + Q1 + Q2, xichuan (@gov/rules)", value: xcSame.perSecond, cpuValue: xcSame.perCpuSecond, unit: 'evaluations/s', note: 'the json-rules-engine side\'s work exactly' },
    { name: '(c) classification + Q1 + Q2, xichuan (json-rules-engine)', value: jre.perSecond, cpuValue: jre.perCpuSecond, unit: 'evaluations/s', note: 'default JSONPath path resolver; 3 engine runs each' },
    { name: "(c') classification + Q1 + Q2, xichuan (json-rules-engine)", value: jreFast.perSecond, cpuValue: jreFast.perCpuSecond, unit: 'evaluations/s', note: 'plain property-walk pathResolver' },
    { name: "ratio (b')/(c): same work", ...ratio(xcSame, jre), unit: 'x', target: { min: TARGET_RATIO } },
    { name: '(b)/(c): ours also runs pre-review', ...ratio(xcFull, jre), unit: 'x', target: { min: TARGET_RATIO } },
    { name: "(b')/(c'): same work, faster baseline", ...ratio(xcSame, jreFast), unit: 'x', target: { min: TARGET_RATIO } },
    { name: "(b)/(c'): pre-review too, faster baseline", ...ratio(xcFull, jreFast), unit: 'x', target: { min: TARGET_RATIO } },
  ];
}
