/**
 * When reminders go out (catalogue §4.5: "sends a reminder before the due date; lead time is a parameter
 * (inferred)"). Pure: the obligations, the evaluation day and the calendar in, the reminders due out.
 */
import { createHash } from 'node:crypto';
import { allDeclaredReminderPoints, declaredReminderPoints, type WorkingDayCalendar } from '@gov/rules';

/** Default reminder points: 10 and 3 working days before the due date. */
export const DEFAULT_REMINDER_POINTS = [10, 3] as const;

/**
 * A rule's reminder points: declared with the rule in its pack (`declareRule(id, { reminderPoints })`, where the
 * text implies another lead time — docs/decisions/062), else the default.
 */
export const reminderPointsOf = (ruleId: string): readonly number[] => declaredReminderPoints(ruleId) ?? DEFAULT_REMINDER_POINTS;

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
  const maxPoint = Math.max(...DEFAULT_REMINDER_POINTS, ...allDeclaredReminderPoints());
  const d = new Date(`${calendar.addWorkingDays(on, maxPoint).date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An earlier reminder of an obligation whose due date the scan now computes differently. */
export interface Replaced {
  due: string;
  provisional: boolean;
}

/** The Chinese text of a reminder or escalation; `replaced`: the due date its earlier reminder named, if another. */
export function reminderMessage(r: DueReminder, replaced?: Replaced): string {
  const provisional = r.provisional ? '(暂定期限:该年度尚未公布国务院放假安排,公布后将重新计算,日期如有变化将再次通知)' : '';
  const changed = replaced && replaced.due !== r.due ? `期限已变更(原期限 ${replaced.due})。` : '';
  return r.kind === 'overdue'
    ? `逾期未办:${r.obligation},期限 ${r.due}${provisional},依据 ${r.article}(${r.ruleId}),请督促办理。`
    : `${changed}提醒:${r.obligation},期限 ${r.due},还有 ${r.point} 个工作日${provisional},依据 ${r.article}(${r.ruleId})。`;
}

/** A provisional due date that the official holiday schedule moved: the department hears of it at once, not at the next point. */
export interface Rescheduled {
  id: string;
  obligationKey: string;
  ruleId: string;
  article: string;
  obligation: string;
  /** The provisional date earlier reminders named, and the date now computed. */
  previousDue: string;
  due: string;
  provisional: boolean;
}

export const rescheduledId = (subjectId: string, o: OpenObligation, previousDue: string) =>
  `nt-${createHash('sha256').update([subjectId, o.ruleId, o.key, previousDue, o.due, o.provisional, 'rescheduled'].join('|')).digest('hex').slice(0, 24)}`;

/** 截止日期已按国务院公布的节假日安排重新计算: 原 X, 现 Y. */
export const rescheduledMessage = (r: Rescheduled) =>
  `截止日期已按国务院公布的节假日安排重新计算: 原 ${r.previousDue}, 现 ${r.due}。事项:${r.obligation},依据 ${r.article}(${r.ruleId})。`;
