/**
 * When reminders go out (catalogue §4.5: "sends a reminder before the due date; lead time is a parameter
 * (inferred)"). Pure: the obligations, the evaluation day and the calendar in, the reminders due out.
 */
import { createHash } from 'node:crypto';
import type { WorkingDayCalendar } from '@gov/rules';

/** Default reminder points: 10 and 3 working days before the due date. */
export const DEFAULT_REMINDER_POINTS = [10, 3] as const;

/**
 * Rules whose reminders start earlier than the default. Inferred, like the default: a deadline counted in months
 * for a document that takes weeks to prepare (验收申请, 绩效评价) is announced a month of working days ahead.
 */
export const REMINDER_POINTS_BY_RULE: Readonly<Record<string, readonly number[]>> = {};

export const reminderPointsOf = (ruleId: string): readonly number[] => REMINDER_POINTS_BY_RULE[ruleId] ?? DEFAULT_REMINDER_POINTS;

/** The day `n` working days before `due`: the day from which `due` is the n-th working day. */
export const workingDaysBefore = (due: string, n: number, calendar: WorkingDayCalendar): string => calendar.addWorkingDays(due, -n).date;

/** An open obligation as the reminder scan sees it. */
export interface OpenObligation {
  ruleId: string;
  article: string;
  key: string;
  obligation: string;
  due: string;
  provisional: boolean;
}

export interface DueReminder {
  /** Deterministic: the same obligation, due date, provisional-ness and point give the same id (raised once). */
  id: string;
  kind: 'reminder' | 'overdue';
  /** The obligation (`<ruleId>#<key>`) and, for a reminder, the point (working days before due). */
  obligationKey: string;
  point?: number;
  ruleId: string;
  article: string;
  obligation: string;
  due: string;
  provisional: boolean;
}

export const reminderId = (subjectId: string, o: OpenObligation, kind: DueReminder['kind'], point?: number) =>
  `nt-${createHash('sha256').update([subjectId, o.ruleId, o.key, o.due, o.provisional, kind, point ?? ''].join('|')).digest('hex').slice(0, 24)}`;

/**
 * What is due on `on` for one subject's open obligations: for each obligation not yet due, the latest reminder point
 * reached (an obligation created inside its lead time gets one reminder, not several at once); for each overdue
 * one, an escalation. Whether it was already sent is the caller's business (ids are deterministic).
 */
export function dueReminders(subjectId: string, open: readonly OpenObligation[], on: string, calendar: WorkingDayCalendar): DueReminder[] {
  const out: DueReminder[] = [];
  for (const o of open) {
    const base = { obligationKey: `${o.ruleId}#${o.key}`, ruleId: o.ruleId, article: o.article, obligation: o.obligation, due: o.due, provisional: o.provisional };
    if (o.due < on) {
      out.push({ id: reminderId(subjectId, o, 'overdue'), kind: 'overdue', ...base });
      continue;
    }
    const reached = [...reminderPointsOf(o.ruleId)].sort((a, b) => a - b).find((n) => workingDaysBefore(o.due, n, calendar) <= on);
    if (reached !== undefined) out.push({ id: reminderId(subjectId, o, 'reminder', reached), kind: 'reminder', point: reached, ...base });
  }
  return out;
}

/** The furthest due date a reminder can be owed for on `on` (query bound for the due-date index, exclusive). */
export function reminderHorizon(on: string, calendar: WorkingDayCalendar): string {
  const maxPoint = Math.max(...DEFAULT_REMINDER_POINTS, ...Object.values(REMINDER_POINTS_BY_RULE).flat());
  const d = new Date(`${calendar.addWorkingDays(on, maxPoint).date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The Chinese text of a reminder or escalation. */
export function reminderMessage(r: DueReminder, replaced?: { due: string; provisional: boolean }): string {
  const provisional = r.provisional ? '(暂定期限:该年度尚未公布国务院放假安排,公布后将重新计算并再次提醒)' : '';
  const recomputed = replaced && (replaced.due !== r.due || replaced.provisional !== r.provisional) ? `期限已按正式放假安排重新计算(原${replaced.provisional ? '暂定' : ''}期限${replaced.due})。` : '';
  return r.kind === 'overdue'
    ? `逾期未办:${r.obligation},期限 ${r.due}${provisional},依据 ${r.article}(${r.ruleId}),请督促办理。`
    : `${recomputed}提醒:${r.obligation},期限 ${r.due},还有 ${r.point} 个工作日${provisional},依据 ${r.article}(${r.ruleId})。`;
}
