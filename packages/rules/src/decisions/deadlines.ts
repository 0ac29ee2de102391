import { runStage } from '../engine.js';
import type { ClassificationFacts, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { header, report, withHeader, type DecisionHeader, type ReportedFinding } from './common.js';

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
  const raw = runStage(pack, 'acceptance-tracker', ctx);
  for (const f of runStage(pack, 'filing', ctx)) if (f.outcome === 'DEADLINE') raw.push(f);
  const h = header(pack, on);
  const all = report(raw, h.binding, facts.project.status);
  return withHeader(h, { obligations: all.filter((f) => f.outcome === 'DEADLINE'), findings: all.filter((f) => f.outcome !== 'DEADLINE') });
}
