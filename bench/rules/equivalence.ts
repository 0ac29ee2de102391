/**
 * Proves a baseline port (json-rules-engine, zen-engine) answers as the package does, case by case: the same fired classification rule
 * ids and classification facts, and for Q1 and Q2 the same answer (allow / deny / review), the same fired rule ids and
 * the same fired DENY rule ids. Run by the benchmark before timing and by tests/unit/bench/equivalence.test.ts
 * and tests/unit/bench/zenEquivalence.test.ts.
 */
import type { GateDecision } from '@gov/rules';
import type { BenchCase } from './facts.js';
import { evaluateClassificationAndGate } from './ours.js';
import type { JreEvaluation, JreGate, XichuanJre } from './xichuanJre.js';

/** A port of the 淅川 rules to another engine: classification, then Q1 and Q2 with its category. */
export type Baseline = Pick<XichuanJre, 'evaluate'>;

export interface Comparable {
  classification: {
    ruleIds: string[];
    inScope: boolean;
    category: string;
    approvalPath: string;
    decisionLevel: string;
    routes: string[];
    requiredDocuments: string[];
    extraApprovals: string[];
  };
  q1: { question: string; answer: string; ruleIds: string[]; denyRuleIds: string[] };
  q2: { question: string; answer: string; ruleIds: string[]; denyRuleIds: string[] };
}

const uniqueSorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

function ourGate(d: GateDecision): Comparable['q1'] {
  const denial = d.question === 'payment' ? 'DENY-PAY' : 'DENY-OM';
  return {
    question: d.question,
    answer: d.answer,
    ruleIds: uniqueSorted(d.reasons.map((r) => r.ruleId)),
    denyRuleIds: uniqueSorted(d.reasons.filter((r) => r.outcome === denial).map((r) => r.ruleId)),
  };
}

export function oursComparable(c: BenchCase): Comparable {
  const e = evaluateClassificationAndGate(c);
  const k = e.classification;
  return {
    classification: {
      ruleIds: uniqueSorted(k.findings.map((f) => f.ruleId)),
      inScope: k.inScope,
      category: k.category,
      approvalPath: k.approvalPath,
      decisionLevel: k.decisionLevel,
      routes: [...k.routes],
      requiredDocuments: [...k.requiredDocuments].sort(),
      extraApprovals: [...k.extraApprovals].sort(),
    },
    q1: ourGate(e.q1),
    q2: ourGate(e.q2),
  };
}

const jreGate = (g: JreGate): Comparable['q1'] => ({ question: g.question, answer: g.answer, ruleIds: uniqueSorted(g.ruleIds), denyRuleIds: uniqueSorted(g.denyRuleIds) });

export function jreComparable(e: JreEvaluation): Comparable {
  const k = e.classification;
  return {
    classification: {
      ruleIds: uniqueSorted(k.ruleIds),
      inScope: k.inScope,
      category: k.category,
      approvalPath: k.approvalPath,
      decisionLevel: k.decisionLevel,
      routes: [...k.routes],
      requiredDocuments: [...k.requiredDocuments].sort(),
      extraApprovals: [...k.extraApprovals].sort(),
    },
    q1: jreGate(e.q1),
    q2: jreGate(e.q2),
  };
}

export interface CaseComparison {
  id: string;
  ours: Comparable;
  jre: Comparable;
  /** `classification.category: ours=… jre=…` for each difference; empty when equal. */
  differences: string[];
}

function diff(path: string, a: unknown, b: unknown, out: string[], label: string): void {
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object' && !Array.isArray(a)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(`${path}.${k}`, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], out, label);
    return;
  }
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  if (sa !== sb) out.push(`${path}: ours=${sa} ${label}=${sb}`);
}

/** Both sides on every case; throws nothing, returns each case's comparison. */
export async function compareAll(cases: readonly BenchCase[], jre: Baseline, label = 'json-rules-engine'): Promise<CaseComparison[]> {
  const out: CaseComparison[] = [];
  for (const c of cases) {
    const ours = oursComparable(c);
    const theirs = jreComparable(await jre.evaluate(c));
    const differences: string[] = [];
    diff(c.id, ours, theirs, differences, label);
    out.push({ id: c.id, ours, jre: theirs, differences });
  }
  return out;
}

/** Throws, listing every difference, when the port and the package disagree on any case. */
export async function assertEquivalent(cases: readonly BenchCase[], jre: Baseline, label = 'json-rules-engine'): Promise<CaseComparison[]> {
  const results = await compareAll(cases, jre, label);
  const differences = results.flatMap((r) => r.differences);
  if (differences.length) {
    throw new Error(`${label} port disagrees with @gov/rules on ${differences.length} answer(s):\n  ${differences.join('\n  ')}`);
  }
  return results;
}
