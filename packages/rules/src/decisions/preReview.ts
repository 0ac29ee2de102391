import type { ClassificationFacts, Finding, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { blocks, collect, header, reportOne, type DecisionHeader, type ReportedFinding } from './common.js';
import { checkTypeOf } from '../catalogue/index.js';

/** returned: something is missing (补正); rejected: a rule refuses it; pending_review: a human must decide; admissible: may enter the library (入库). */
export type PreReviewOutcome = 'returned' | 'rejected' | 'pending_review' | 'admissible';

export interface PreReviewDecision extends DecisionHeader {
  outcome: PreReviewOutcome;
  /** Findings that stop the application, each with its rule and article. */
  blocking: ReportedFinding[];
  /** Judgement items (H rules) and content checks of present documents (D rules) still waiting for a reviewer. */
  reviewerTasks: ReportedFinding[];
  findings: ReportedFinding[];
}

/** 预审: intake and pre-review rules, plus the reviewer decisions already recorded on the project. */
export function preReview(
  pack: RulePack,
  facts: Facts,
  on: IsoDate,
  calendar: WorkingDayCalendar,
  classification: Partial<ClassificationFacts> & { findings?: readonly Finding[] },
): PreReviewDecision {
  const ctx = { facts, on, calendar, classification };
  const h = header(pack, on);
  const status = facts.project.status;
  const findings = collect(pack, 'pre-review', ctx, h.binding, status, collect(pack, 'intake', ctx, h.binding, status, []));
  // Refusals and judgement items raised while classifying (out of scope, not in the annual plan, 基础性 tier, street
  // duplication …) are decided here too: classification only describes the project, pre-review decides on it.
  const cf = classification.findings;
  if (cf) {
    for (let i = 0; i < cf.length; i++) {
      const f = cf[i];
      if (f.outcome === 'CHECK' || f.outcome === 'REJECT' || f.outcome === 'LOCKOUT') findings.push(reportOne(f, h.binding, status));
    }
  }
  const decisions = status?.decisions;
  const blocking: ReportedFinding[] = [];
  const reviewerTasks: ReportedFinding[] = [];
  let rejected = false;
  let returned = false;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.outcome === 'REJECT' || f.outcome === 'LOCKOUT') {
      if (blocks(f)) { blocking.push(f); rejected = true; }
    } else if (f.outcome === 'REQUIRE' && f.missing && f.missing.length > 0) {
      if (f.awaiting === 'authority') {
        // The authority's answer is recorded as the reviewer's decision on this item (or as a named review).
        const decision = decisions?.[f.ruleId];
        if (!decision) reviewerTasks.push(f);
        else if (decision.result === 'fail' && blocks(f)) { blocking.push(f); rejected = true; }
      } else if (blocks(f)) { blocking.push(f); returned = true; }
    } else if (f.outcome === 'CHECK' || (f.outcome === 'REQUIRE' && checkTypeOf(f.ruleId) === 'D')) {
      const decided = decisions == null ? undefined : decisions[f.ruleId];
      if (!decided) reviewerTasks.push(f);
      else if (decided.result === 'fail' && blocks(f) && !f.nonBlocking) { blocking.push(f); rejected = true; }
    }
  }
  const outcome: PreReviewOutcome = rejected ? 'rejected' : returned ? 'returned' : reviewerTasks.length ? 'pending_review' : 'admissible';
  // One literal in the order withHeader produced (body, then header): the decision gets its final shape at once.
  return {
    outcome,
    blocking,
    reviewerTasks,
    findings,
    packId: h.packId,
    packVersion: h.packVersion,
    packStatus: h.packStatus,
    binding: h.binding,
    notice: h.notice,
    evaluatedOn: h.evaluatedOn,
  };
}
