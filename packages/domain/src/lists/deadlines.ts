/**
 * 即将到期 (issue 10 §3): open obligations due within the next N working days, before they are overdue (flags
 * appear only once overdue). A department sees its own; bureau, auditor and admin their jurisdiction, optionally
 * one department's. Read from the due-date index (sparse GSI byDue), never the library.
 */
import { chinaCalendar, type WorkingDayCalendar } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { Deps } from '../ports/ports.js';
import type { ObligationRecord } from '../ports/records.js';

export interface UpcomingRequest {
  /** The day to look from (default today, Asia/Shanghai). */
  on: string;
  /** How many working days ahead, counted like the deadlines themselves. */
  within: number;
  department?: string;
}

export interface UpcomingDeadlines {
  on: string;
  until: string;
  /** The window runs into a year without an official holiday schedule (its end may still move). */
  provisional: boolean;
  items: Pick<ObligationRecord, 'subject' | 'subjectId' | 'projectId' | 'ruleId' | 'key' | 'departmentId' | 'scan' | 'due' | 'provisional' | 'obligation'>[];
  nextCursor?: string;
}

export async function upcomingDeadlinesFor(
  deps: Pick<Deps, 'obligations'>,
  caller: Caller,
  r: UpcomingRequest,
  limit: number,
  cursor?: string,
  calendar: WorkingDayCalendar = chinaCalendar,
): Promise<UpcomingDeadlines> {
  if (caller.role === 'finance') throw new DomainError(403, 'FORBIDDEN', '该角色无权查看期限清单');
  const end = calendar.addWorkingDays(r.on, r.within);
  const head = { on: r.on, until: end.date, provisional: end.provisional };
  let departmentId = r.department;
  if (caller.role === 'department') {
    if (departmentId !== undefined && departmentId !== caller.dept) return { ...head, items: [] };
    departmentId = caller.dept;
  }
  const page = await deps.obligations.upcoming({ jurisdiction: caller.jur, from: r.on, until: end.date, ...(departmentId ? { departmentId } : {}) }, limit, cursor);
  const items = page.items.map((o) => ({
    subject: o.subject, subjectId: o.subjectId, projectId: o.projectId, ruleId: o.ruleId, key: o.key, departmentId: o.departmentId,
    scan: o.scan, due: o.due, provisional: o.provisional, obligation: o.obligation,
  }));
  return { ...head, items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
