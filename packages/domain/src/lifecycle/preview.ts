/**
 * 期限预览: a project's obligations as they stand on a chosen day, computed exactly as the daily scan computes them
 * (deadlineFindings) but written nowhere. It lets a department or reviewer look ahead — e.g. at the provisional
 * working-day deadlines of a year whose holiday schedule is not yet published (catalogue A-35) — without waiting
 * for the day or running a scan.
 */
import { chinaCalendar, type WorkingDayCalendar } from '@gov/rules';
import type { Caller } from '../access.js';
import type { Deps } from '../ports/ports.js';
import { projectFor } from '../read.js';
import type { OpenObligation } from '../reminders/points.js';
import { deadlineFindings, obligationsOf } from './obligations.js';

/** `provisional`: the due date depends on a year without an official holiday schedule; it may still move. */
export interface PreviewObligation extends OpenObligation {
  /** On the preview day: met, open (not yet due) or overdue. */
  state: 'met' | 'open' | 'overdue';
  metOn?: string;
  message: string;
}

export interface DeadlinePreview {
  projectId: string;
  on: string;
  packVersion: string;
  obligations: PreviewObligation[];
}

export async function previewDeadlines(deps: Deps, caller: Caller, projectId: string, on: string, calendar: WorkingDayCalendar = chinaCalendar): Promise<DeadlinePreview> {
  const p = await projectFor(deps, caller, projectId);
  const { findings, packVersion } = deadlineFindings(p, on, calendar);
  // obligationsOf keeps the DEADLINE findings with a due date, in order: zip them back for article and message.
  const sources = findings.filter((f) => f.outcome === 'DEADLINE' && f.due);
  const obligations = obligationsOf(findings).map((o, i): PreviewObligation => ({
    ruleId: o.ruleId,
    article: sources[i].article,
    key: o.key,
    obligation: o.obligation,
    due: o.due,
    provisional: o.provisional,
    state: o.state === 'met' ? 'met' : on > o.due ? 'overdue' : 'open',
    ...(o.metOn ? { metOn: o.metOn } : {}),
    message: sources[i].message,
  }));
  obligations.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { projectId: p.id, on, packVersion, obligations };
}
