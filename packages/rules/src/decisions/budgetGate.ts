import type { ClassificationFacts, GateQuestion, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { gateQuestionOf } from '../packs/shared.js';
import { blocks, collect, header, type DecisionHeader, type ReportedFinding } from './common.js';

export type GateAnswer = 'allow' | 'deny' | 'review';
export type { GateQuestion } from '../values.js';

export interface GateDecision extends DecisionHeader {
  /** Q1 payment (may money be paid to this project) or Q2 om (may O&M funds be budgeted for this system). */
  question: GateQuestion;
  answer: GateAnswer;
  /** Every rule that spoke, each with id, article, Chinese message, overridable and override. */
  reasons: ReportedFinding[];
}

/**
 * 资金闸口. `facts.payment` asks Q1, `facts.omRequest` asks Q2. deny: a binding denial nobody overrode;
 * review: only advisory denials, flags or judgement items; allow: nothing spoke against it.
 */
export function budgetGate(
  pack: RulePack,
  facts: Facts,
  on: IsoDate,
  calendar: WorkingDayCalendar,
  classification: Partial<ClassificationFacts> = {},
): GateDecision {
  const question: GateQuestion = gateQuestionOf(facts);
  const denial = question === 'payment' ? 'DENY-PAY' : 'DENY-OM';
  const h = header(pack, on);
  const reasons = collect(pack, 'budget-gate', { facts, on, calendar, classification }, h.binding, facts.project.status, [], question);
  let deny = false;
  let review = false;
  for (let i = 0; i < reasons.length; i++) {
    const f = reasons[i];
    if (f.outcome === denial || f.outcome === 'REJECT') {
      if (blocks(f)) deny = true;
      else if (!f.overriddenBy) review = true;
    } else if (f.outcome === 'FLAG' || f.outcome === 'CHECK' || (f.outcome === 'REQUIRE' && f.missing?.length)) {
      review = true;
    }
  }
  // One literal in the order withHeader produced (body, then header): the decision gets its final shape at once.
  return {
    question,
    answer: deny ? 'deny' : review ? 'review' : 'allow',
    reasons,
    packId: h.packId,
    packVersion: h.packVersion,
    packStatus: h.packStatus,
    binding: h.binding,
    notice: h.notice,
    evaluatedOn: h.evaluatedOn,
  };
}
