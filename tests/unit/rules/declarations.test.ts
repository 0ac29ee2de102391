/**
 * One declaration per rule: every rule's stage, article and overridability come from the catalogue through its
 * handle, and a rule reports only its own findings (or those of rules it names in `reports`).
 */
import { describe, expect, it } from 'vitest';
import { catalogueRule, chinaCalendar, classify, isOverridable, rulePacks, type Finding, type RuleContext } from '@gov/rules';
import { declareRule } from '../../../packages/rules/src/dsl.js';
import { ALL_CASES } from '../../../bench/rules/facts.js';

const packs = Object.values(rulePacks);

describe('rule declarations', () => {
  it('every rule is defined once, with the stage its catalogue row names', () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of packs) for (const r of p.rules) expect(r.stage, r.id).toBe(catalogueRule(r.id).function);
  });

  it('a rule id cannot be declared twice, nor one the catalogue lacks', () => {
    expect(() => declareRule('XC-07-unreviewed')).toThrow(/declared twice/);
    expect(() => declareRule('XC-99-no-such-rule')).toThrow(/not in the catalogue/);
  });

  it('only budget-gate rules declare a gate question', () => {
    for (const p of packs) for (const r of p.rules) if (r.question !== undefined) expect(r.stage, r.id).toBe('budget-gate');
  });

  it('on the benchmark fact mix every finding belongs to the rule that returned it, with its catalogue article and overridability', () => {
    let seen = 0;
    for (const c of ALL_CASES) {
      const pack = rulePacks[c.jurisdiction];
      const classification = classify(pack, c.application, c.on, chinaCalendar);
      const contexts: RuleContext[] = [c.application, c.q1, c.q2].map((facts) => ({ facts, on: c.on, calendar: chinaCalendar, classification }));
      const [application, q1, q2] = contexts;
      for (const r of pack.rules) {
        // A gate rule is asked only its own question (as budgetGate asks it).
        const asked = r.question === 'payment' ? [q1] : r.question === 'om' ? [q2] : contexts;
        for (const ctx of r.stage === 'budget-gate' ? asked : [application, q1, q2]) {
          const out = r.evaluate(ctx);
          if (out === null) continue;
          for (const f of (Array.isArray(out) ? out : [out]) as Finding[]) {
            seen++;
            expect([r.id, ...(r.reports ?? [])], `${r.id} returned ${f.ruleId}`).toContain(f.ruleId);
            expect(f.article, f.ruleId).toBe(catalogueRule(f.ruleId).article);
            expect(f.overridable, f.ruleId).toBe(isOverridable(f.ruleId));
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(500);
  });

  it('overridability has one source: the text-based 原则上 rules and the catalogue OVERRIDABLE ones agree with the findings', () => {
    expect(isOverridable('SD-07-docs-default')).toBe(true);
    expect(isOverridable('SD-17-no-overrun')).toBe(true);
    expect(isOverridable('XC-11-disburse-basis')).toBe(false);
  });
});
