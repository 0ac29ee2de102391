import type { ClassificationFacts, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { collect, header, withHeader, type DecisionHeader, type ReportedFinding } from './common.js';

export interface DeadlineDecision extends DecisionHeader {
  /** DEADLINE findings: one obligation each, with `due` and `provisional`. */
  obligations: ReportedFinding[];
  /** Everything else the tracker rules said (flags for overdue or missing records, lockouts). */
  findings: ReportedFinding[];
}

/** 期限: every obligation that follows from the project's recorded events, computed from their start events. */
export function deadlines(
  pack: RulePack,
  facts: Facts,
  on: IsoDate,
  calendar: WorkingDayCalendar,
  classification: Partial<ClassificationFacts> = {},
): DeadlineDecision {
  const ctx = { facts, on, calendar, classification };
  const h = header(pack, on);
  const status = facts.project.status;
  const all = collect(pack, 'acceptance-tracker', ctx, h.binding, status, []);
  for (const f of collect(pack, 'filing', ctx, h.binding, status, [])) if (f.outcome === 'DEADLINE') all.push(f);
  return withHeader(h, { obligations: all.filter((f) => f.outcome === 'DEADLINE'), findings: all.filter((f) => f.outcome !== 'DEADLINE') });
}
