import type { ClassificationFacts, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { blocks, collect, header, withHeader, type DecisionHeader, type ReportedFinding } from './common.js';

export interface FilingDecision extends DecisionHeader {
  /** complete: accepted as filed; incomplete: fields or attachments missing; rejected: a rule refuses the record. */
  outcome: 'complete' | 'incomplete' | 'rejected';
  missing: string[];
  findings: ReportedFinding[];
}

/** 备案: checks a filing (`facts.filing`) against the pack's filing rules. */
export function checkFiling(
  pack: RulePack,
  facts: Facts,
  on: IsoDate,
  calendar: WorkingDayCalendar,
  classification: Partial<ClassificationFacts> = {},
): FilingDecision {
  const h = header(pack, on);
  const findings = collect(pack, 'filing', { facts, on, calendar, classification }, h.binding, facts.project.status, []);
  const missing: string[] = [];
  let rejected = false;
  for (const f of findings) {
    if (f.outcome === 'REJECT' && blocks(f)) rejected = true;
    if (f.outcome === 'REQUIRE' && f.missing) for (const m of f.missing) if (!missing.includes(m)) missing.push(m);
  }
  return withHeader(h, { outcome: (rejected ? 'rejected' : missing.length ? 'incomplete' : 'complete') as FilingDecision['outcome'], missing, findings });
}
