/** The evaluations timed on our side: the package's public decisions, exactly as the services chain them. */
import { budgetGate, chinaCalendar, classify, preReview, rulePack, type ClassificationDecision, type GateDecision, type PreReviewDecision } from '@gov/rules';
import type { BenchCase } from './facts.js';

export interface FullEvaluation {
  classification: ClassificationDecision;
  preReview: PreReviewDecision;
  q1: GateDecision;
  q2: GateDecision;
}

/** One whole project: classification, pre-review (with that classification), Q1 payment and Q2 O&M gate answers. */
export function evaluateFull(c: BenchCase): FullEvaluation {
  const { classification, q1, q2 } = evaluateClassificationAndGate(c);
  return { classification, preReview: preReview(rulePack(c.jurisdiction), c.application, c.on, chinaCalendar, classification), q1, q2 };
}

export interface GateOnlyEvaluation {
  classification: ClassificationDecision;
  q1: GateDecision;
  q2: GateDecision;
}

/** The same work as the json-rules-engine side: classification, then Q1 and Q2 with that classification. */
export function evaluateClassificationAndGate(c: BenchCase): GateOnlyEvaluation {
  const pack = rulePack(c.jurisdiction);
  const classification = classify(pack, c.application, c.on, chinaCalendar);
  return {
    classification,
    q1: budgetGate(pack, c.q1, c.on, chinaCalendar, classification),
    q2: budgetGate(pack, c.q2, c.on, chinaCalendar, classification),
  };
}
