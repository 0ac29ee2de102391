/**
 * Rules benchmark: whole-project evaluations per second through @gov/rules, beside the same 淅川县 classification and
 * budget-gate decisions written for json-rules-engine and as @gorules/zen-engine JDM decision tables, measured in the
 * same process. Before anything is timed, every side runs on the 淅川 fact mix and must give the same answers
 * (bench/rules/equivalence.ts); a difference throws. Targets are ratios per CPU second in the same run (absolute
 * rates depend on the machine): ours >= 10x zen-engine and >= 1,000x json-rules-engine.
 */
import { consume, timeAsync, timeSync, type BenchResult, type Timing } from './harness.js';
import { ALL_CASES, XICHUAN_CASES, type BenchCase } from './rules/facts.js';
import { evaluateClassificationAndGate, evaluateFull } from './rules/ours.js';
import { assertEquivalent } from './rules/equivalence.js';
import { plainPathResolver, xichuanJre } from './rules/xichuanJre.js';
import { xichuanZen } from './rules/xichuanZen.js';
import type { Baseline } from './rules/equivalence.js';

export const name = 'rules';

/** Ours over zen-engine, same work, per CPU second. */
export const TARGET_RATIO_ZEN = 10;
/** Ours over json-rules-engine (default configuration), same work, per CPU second. */
export const TARGET_RATIO_JRE = 1_000;

function oursRound(cases: readonly BenchCase[], evaluate: (c: BenchCase) => { q1: { answer: string }; q2: { answer: string } }) {
  return () => {
    for (let i = 0; i < cases.length; i++) {
      const e = evaluate(cases[i]);
      consume(e.q1.answer);
      consume(e.q2.answer);
    }
  };
}

function baselineRound(cases: readonly BenchCase[], jre: Baseline) {
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
  const zen = xichuanZen();
  await assertEquivalent(XICHUAN_CASES, jreDefault);
  await assertEquivalent(XICHUAN_CASES, jrePlain);
  await assertEquivalent(XICHUAN_CASES, zen, 'zen-engine');

  const all = timeSync(oursRound(ALL_CASES, evaluateFull), ALL_CASES.length);
  const xcFull = timeSync(oursRound(XICHUAN_CASES, evaluateFull), XICHUAN_CASES.length);
  const xcSame = timeSync(oursRound(XICHUAN_CASES, evaluateClassificationAndGate), XICHUAN_CASES.length);
  const jre = await timeAsync(baselineRound(XICHUAN_CASES, jreDefault), XICHUAN_CASES.length);
  const jreFast = await timeAsync(baselineRound(XICHUAN_CASES, jrePlain), XICHUAN_CASES.length);
  const zenT = await timeAsync(baselineRound(XICHUAN_CASES, zen), XICHUAN_CASES.length);
  zen.dispose();

  const n = (cs: readonly BenchCase[]) => `${cs.length} cases`;
  const ratio = (a: Timing, b: Timing) => ({ value: a.perSecond / b.perSecond, cpuValue: a.perCpuSecond / b.perCpuSecond });
  const perCpu = (a: Timing, b: Timing) => ({ value: a.perSecond / b.perSecond, cpuValue: a.perCpuSecond / b.perCpuSecond });
  return [
    { name: '(a) full evaluation, all 5 jurisdictions (@gov/rules)', value: all.perSecond, cpuValue: all.perCpuSecond, unit: 'evaluations/s', note: `classify + preReview + Q1 + Q2, ${n(ALL_CASES)}` },
    { name: '(b) full evaluation, xichuan (@gov/rules)', value: xcFull.perSecond, cpuValue: xcFull.perCpuSecond, unit: 'evaluations/s', note: `classify + preReview + Q1 + Q2, ${n(XICHUAN_CASES)}` },
    { name: "(b') classification + Q1 + Q2, xichuan (@gov/rules)", value: xcSame.perSecond, cpuValue: xcSame.perCpuSecond, unit: 'evaluations/s', note: 'the baselines\' work exactly' },
    { name: '(c) classification + Q1 + Q2, xichuan (json-rules-engine)', value: jre.perSecond, cpuValue: jre.perCpuSecond, unit: 'evaluations/s', note: 'default JSONPath path resolver; 3 engine runs each' },
    { name: "(c') classification + Q1 + Q2, xichuan (json-rules-engine)", value: jreFast.perSecond, cpuValue: jreFast.perCpuSecond, unit: 'evaluations/s', note: 'plain property-walk pathResolver' },
    { name: '(z) classification + Q1 + Q2, xichuan (zen-engine)', value: zenT.perSecond, cpuValue: zenT.perCpuSecond, unit: 'evaluations/s', note: 'JDM decision tables (collect), 3 decision evaluations each' },
    { name: "ratio (b')/(z): same work, zen-engine", ...perCpu(xcSame, zenT), unit: 'x', target: { min: TARGET_RATIO_ZEN } },
    { name: "ratio (b')/(c): same work, json-rules-engine", ...perCpu(xcSame, jre), unit: 'x', target: { min: TARGET_RATIO_JRE } },
    { name: '(b)/(c): ours also runs pre-review', ...perCpu(xcFull, jre), unit: 'x' },
    { name: "(b')/(c'): same work, faster json-rules-engine", ...perCpu(xcSame, jreFast), unit: 'x' },
  ];
}
