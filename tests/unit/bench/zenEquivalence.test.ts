/**
 * The zen-engine baseline of `pnpm bench rules` (bench/rules/xichuanZen.ts, JDM decision tables) must answer exactly
 * as @gov/rules does on the benchmark's 淅川 fact mix: otherwise the benchmark would compare different work.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { XICHUAN_CASES } from '../../../bench/rules/facts.js';
import { assertEquivalent, compareAll } from '../../../bench/rules/equivalence.js';
import { xichuanZen } from '../../../bench/rules/xichuanZen.js';

const zen = xichuanZen();
afterAll(() => zen.dispose());

describe('zen-engine (JDM decision tables) port of the 淅川 classification and budget-gate rules', () => {
  it('gives the same answers as @gov/rules on every case', async () => {
    const results = await compareAll(XICHUAN_CASES, zen, 'zen-engine');
    expect(results.flatMap((r) => r.differences)).toEqual([]);
    await expect(assertEquivalent(XICHUAN_CASES, zen, 'zen-engine')).resolves.toHaveLength(XICHUAN_CASES.length);
  });

  it('the check is not vacuous: a port that fires no row disagrees, and assertEquivalent throws', async () => {
    const silent = {
      async evaluate(c: Parameters<typeof zen.evaluate>[0]) {
        const e = await zen.evaluate(c);
        return { ...e, q1: { ...e.q1, answer: 'allow' as const, ruleIds: [], denyRuleIds: [] } };
      },
    };
    const results = await compareAll(XICHUAN_CASES, silent, 'zen-engine');
    expect(results.flatMap((r) => r.differences).length).toBeGreaterThan(0);
    await expect(assertEquivalent(XICHUAN_CASES, silent, 'zen-engine')).rejects.toThrow(/zen-engine port disagrees with @gov\/rules/);
  });
});
