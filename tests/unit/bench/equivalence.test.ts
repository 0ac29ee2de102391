/**
 * The json-rules-engine baseline of `pnpm bench` (bench/rules/xichuanJre.ts) must answer exactly as @gov/rules does
 * on the benchmark's 淅川 fact mix: otherwise the benchmark would compare different work. No timing here.
 */
import { describe, expect, it } from 'vitest';
import { XICHUAN_CASES } from '../../../bench/rules/facts.js';
import { assertEquivalent, compareAll } from '../../../bench/rules/equivalence.js';
import { plainPathResolver, xichuanJre } from '../../../bench/rules/xichuanJre.js';

describe('json-rules-engine port of the 淅川 classification and budget-gate rules', () => {
  it('gives the same answers as @gov/rules on every case (default JSONPath resolver)', async () => {
    const results = await compareAll(XICHUAN_CASES, xichuanJre());
    expect(results.flatMap((r) => r.differences)).toEqual([]);
  });

  it('gives the same answers with the plain path resolver the benchmark also times', async () => {
    await expect(assertEquivalent(XICHUAN_CASES, xichuanJre({ pathResolver: plainPathResolver() }))).resolves.toHaveLength(XICHUAN_CASES.length);
  });

  it('the fact mix exercises the rules: every gate answer occurs on both questions, and every ported rule fires somewhere', async () => {
    const results = await compareAll(XICHUAN_CASES, xichuanJre());
    for (const q of ['q1', 'q2'] as const) {
      expect(new Set(results.map((r) => r.ours[q].answer))).toEqual(new Set(['allow', 'deny', 'review']));
    }
    const fired = new Set(results.flatMap((r) => [...r.ours.classification.ruleIds, ...r.ours.q1.ruleIds, ...r.ours.q2.ruleIds]));
    const expected = [
      'XC-05-routing', 'XC-02-scope', 'XC-02-composite', 'XC-04-cat-invest', 'XC-04-cat-service', 'XC-06-origin',
      'XC-07-path-invest', 'XC-07-path-simple', 'XC-08-temporary', 'XC-21-om-mode', 'XC-10-extra-approvals', 'XC-38-classified',
      'XC-07-unreviewed', 'XC-11-disburse-basis', 'XC-11-per-approval', 'XC-11-surplus-return', 'XC-22-om-review-opinion',
      'XC-22-expenditure-standard', 'XC-23-1-no-sharing', 'XC-23-2a-stopped-unused', 'XC-23-2b-eval-failed', 'XC-23-3-other',
      'XC-25-no-third-party-cloud-renewal', 'XC-21-outsourced-procurement', 'XC-35-sanctions', 'XC-37-third-party-eval', 'XC-27-sharing-basis',
    ];
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('the check is not vacuous: a broken port (every path unresolved) is reported, and assertEquivalent throws', async () => {
    const broken = xichuanJre({ pathResolver: () => undefined });
    const results = await compareAll(XICHUAN_CASES, broken);
    expect(results.flatMap((r) => r.differences).length).toBeGreaterThan(0);
    await expect(assertEquivalent(XICHUAN_CASES, broken)).rejects.toThrow(/disagrees with @gov\/rules/);
  });
});
