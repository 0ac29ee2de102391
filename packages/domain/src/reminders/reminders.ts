/**
 * The reminder scan, run by the daily jobs after their overdue scan: for every project with an open obligation due
 * within the reminder horizon (or overdue), recompute its obligations from the rules on that day — so a provisional
 * due date is replaced once the year's holiday schedule is loaded — and raise what is due: a reminder to the
 * department at each reminder point, an escalation to the bureau once overdue. Each is raised once: its id is
 * deterministic and the project keeps the id per obligation and point; the project's log records them
 * (`reminders_raised`) in the same transaction as the inbox items and their outbox entries; SNS delivery follows
 * the commit, from the outbox, so a failed publish is retried by the next scan (docs/decisions/062).
 */
import { catalogueRule, chinaCalendar, JURISDICTIONS, type Jurisdiction, type WorkingDayCalendar } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { ProjectState } from '../project.js';
import { deadlineFindings, obligationsOf } from '../lifecycle/obligations.js';
import { dueReminders, reminderHorizon, reminderId, workingDaysBefore, reminderMessage, rescheduledId, rescheduledMessage, type DueReminder, type OpenObligation, type Rescheduled } from './points.js';
import type { Notification, Recipient, ReminderDeps } from './ports.js';

export interface ReminderScanResult {
  on: string;
  projects: number;
  reminders: number;
  escalations: number;
  /** Publishes that failed; those notifications stay in the outbox for the next scan. */
  deliveryFailures: number;
  /** Notifications published from the outbox (this scan's, and any an earlier scan could not publish). */
  delivered: number;
  /** Provisional due dates moved by a newly loaded holiday schedule, announced. */
  rescheduled: number;
}

/** Where a raised reminder is remembered on the project: one slot per obligation and point (or overdue). */
const slotOf = (r: DueReminder) => `${r.obligationKey}#${r.kind === 'overdue' ? 'overdue' : r.point}`;

type RaisedSlots = NonNullable<ProjectState['reminders']>;

function notificationsOf(p: ProjectState, raised: RaisedSlots, r: DueReminder, on: string, at: string): Notification[] {
  const replaced = raised[slotOf(r)];
  const base = {
    kind: r.kind, projectId: p.id, jurisdiction: p.jurisdiction, departmentId: p.departmentId, ruleId: r.ruleId, article: r.article,
    obligationKey: r.obligationKey, point: r.point, due: r.due, provisional: r.provisional, message: reminderMessage(r, replaced), raisedOn: on, createdAt: at,
  };
  const department: Notification = { id: r.id, recipient: { kind: 'department', jurisdiction: p.jurisdiction, departmentId: p.departmentId }, ...base };
  // Overdue: the department hears it, and the bureau of the jurisdiction is told to follow it up.
  return r.kind === 'overdue' ? [department, { ...department, id: `${r.id}-b`, recipient: { kind: 'bureau', jurisdiction: p.jurisdiction } }] : [department];
}

const RESCHEDULED = 'rescheduled';

/**
 * Obligations whose earlier reminders named a provisional due date that the scan now computes otherwise (the year's
 * official holiday schedule was loaded). Where the date moved, the department is told at once; a point already
 * reminded of whose day for the new date has come too is carried over (not said twice), one whose day for the new
 * date is still ahead is cleared, so it is raised again on that day.
 */
function reschedule(subjectId: string, open: readonly OpenObligation[], raised: RaisedSlots, on: string, calendar: WorkingDayCalendar): { slots: RaisedSlots; notices: Rescheduled[] } {
  const slots: RaisedSlots = { ...raised };
  const notices: Rescheduled[] = [];
  for (const o of open) {
    const obligationKey = `${o.ruleId}#${o.key}`;
    const mine = Object.entries(raised).filter(([k]) => k.startsWith(`${obligationKey}#`) && k !== `${obligationKey}#${RESCHEDULED}`);
    if (!mine.length) continue;
    const known = mine.map(([, v]) => v).sort((a, b) => b.raisedOn.localeCompare(a.raisedOn))[0];
    if (!known.provisional || (known.due === o.due && known.provisional === o.provisional)) continue;
    for (const [k, v] of mine) {
      const tail = k.slice(obligationKey.length + 1);
      const passed = tail === 'overdue' ? o.due < on : workingDaysBefore(o.due, Number(tail), calendar) <= on;
      if (!passed) delete slots[k];
      else slots[k] = { ...v, id: tail === 'overdue' ? reminderId(subjectId, o, 'overdue') : reminderId(subjectId, o, 'reminder', Number(tail)), due: o.due, provisional: o.provisional };
    }
    if (known.due === o.due) continue; // confirmed unchanged: nothing to announce
    const id = rescheduledId(subjectId, o, known.due);
    slots[`${obligationKey}#${RESCHEDULED}`] = { id, due: o.due, provisional: o.provisional, raisedOn: on };
    notices.push({ id, obligationKey, ruleId: o.ruleId, article: o.article, obligation: o.obligation, previousDue: known.due, due: o.due, provisional: o.provisional });
  }
  return { slots, notices };
}

function rescheduledNotification(p: ProjectState, r: Rescheduled, on: string, at: string): Notification {
  return {
    id: r.id, recipient: { kind: 'department', jurisdiction: p.jurisdiction, departmentId: p.departmentId }, kind: 'rescheduled', projectId: p.id,
    jurisdiction: p.jurisdiction, departmentId: p.departmentId, ruleId: r.ruleId, article: r.article, obligationKey: r.obligationKey,
    due: r.due, previousDue: r.previousDue, provisional: r.provisional, message: rescheduledMessage(r), raisedOn: on, createdAt: at,
  };
}

async function remindProject(deps: ReminderDeps, id: string, scan: 'tracker' | 'filing', on: string, now: Date, calendar: WorkingDayCalendar): Promise<Notification[]> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = await deps.projects.get(id);
    if (!p) return [];
    const open = obligationsOf(deadlineFindings(p, on, calendar).findings)
      .filter((o) => o.scan === scan && o.state === 'open')
      .map((o) => ({ ...o, article: catalogueRule(o.ruleId).article }));
    const { slots, notices } = reschedule(p.id, open, p.reminders ?? {}, on, calendar);
    const fresh = dueReminders(p.id, open, on, calendar).filter((r) => slots[slotOf(r)]?.id !== r.id);
    // A provisional date confirmed unchanged rewrites slots only; that is derived again each scan, so nothing to save.
    if (!fresh.length && !notices.length) return [];
    const at = now.toISOString();
    const notifications = [...notices.map((r) => rescheduledNotification(p, r, on, at)), ...fresh.flatMap((r) => notificationsOf(p, slots, r, on, at))];
    const reminders = { ...slots };
    for (const r of fresh) reminders[slotOf(r)] = { id: r.id, due: r.due, provisional: r.provisional, raisedOn: on };
    const next: ProjectState = { ...p, version: p.version + 1, updatedAt: at, reminders };
    const event = {
      projectId: p.id, seq: next.version, type: 'reminders_raised', actor: `system:${scan}-scan`, at,
      payload: {
        on,
        reminders: fresh.map((r) => ({ id: r.id, kind: r.kind, ruleId: r.ruleId, article: r.article, due: r.due, provisional: r.provisional, point: r.point ?? null })),
        rescheduled: notices.map((r) => ({ id: r.id, ruleId: r.ruleId, article: r.article, previousDue: r.previousDue, due: r.due, provisional: r.provisional })),
      },
      ruleIds: [...new Set([...notices, ...fresh].map((r) => r.ruleId))],
    };
    if (await deps.projects.saveWithNotifications(next, event, p.version, notifications)) return notifications;
  }
  throw new Error(`reminders of project ${id} kept conflicting`);
}

/**
 * How many days after its flag an overdue obligation is still read for its escalation (decision 090 §6). The
 * escalation is owed from the first overdue day, when the same daily job flags it (the flag may land before or after
 * the reminders run when fanned out); a week covers that and a few failed runs, after which a flagged, unmet
 * obligation is no longer listed daily. Its flag stays open and is in the bureau's flag list.
 */
export const ESCALATION_RECHECK_DAYS = 7;

function daysBefore(on: string, n: number): string {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Runs the reminder scan of one daily job for the evaluation day `on` (Asia/Shanghai date). */
export async function runReminderScan(
  deps: ReminderDeps, scan: 'tracker' | 'filing', on: string, now: Date,
  calendar: WorkingDayCalendar = chinaCalendar, jurisdictions: readonly Jurisdiction[] = JURISDICTIONS,
): Promise<ReminderScanResult> {
  const horizon = reminderHorizon(on, calendar);
  const flaggedSince = daysBefore(on, ESCALATION_RECHECK_DAYS);
  const ids = new Set<string>();
  for (const j of jurisdictions) for (const id of await deps.projects.withObligationsDueBefore(scan, j, horizon, flaggedSince)) ids.add(id);
  const result: ReminderScanResult = { on, projects: ids.size, reminders: 0, escalations: 0, deliveryFailures: 0, delivered: 0, rescheduled: 0 };
  for (const id of ids) {
    const raised = await remindProject(deps, id, scan, on, now, calendar);
    for (const n of raised) {
      if (n.recipient.kind === 'bureau') result.escalations++;
      else if (n.kind === 'reminder') result.reminders++;
      else if (n.kind === 'rescheduled') result.rescheduled++;
    }
  }
  const sent = await deliverPending(deps);
  return { ...result, delivered: sent.delivered, deliveryFailures: sent.failed };
}

/** How many outbox entries one scan publishes at most (the rest wait for the next scan). */
const DELIVERY_BATCH = 1000;

/**
 * Publishes what the outbox holds, oldest first, and takes out each one SNS accepted; a failure leaves it for the
 * next scan. A crash between publish and take-out publishes it again: delivery is at least once, by notification id.
 */
export async function deliverPending(deps: Pick<ReminderDeps, 'notifier' | 'outbox'>, limit = DELIVERY_BATCH): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (const n of await deps.outbox.pending(limit)) {
    try {
      await deps.notifier.publish(n);
    } catch {
      failed++;
      continue;
    }
    await deps.outbox.delivered(n);
    delivered++;
  }
  return { delivered, failed };
}

/** Whose inbox the caller reads: a department its own, a reviewer (bureau) the jurisdiction's bureau inbox. */
export function inboxOf(caller: Caller): Recipient {
  if (caller.role === 'department' && caller.dept) return { kind: 'department', jurisdiction: caller.jur, departmentId: caller.dept };
  if (caller.role === 'bureau') return { kind: 'bureau', jurisdiction: caller.jur };
  throw new DomainError(403, 'FORBIDDEN', '该角色没有通知收件箱');
}

/** GET /v1/notifications. */
export const notificationsFor = async (deps: Pick<ReminderDeps, 'inbox'>, caller: Caller, limit: number) => deps.inbox.list(inboxOf(caller), limit);

/** POST /v1/notifications/{id}/read. */
export async function markNotificationRead(deps: Pick<ReminderDeps, 'inbox'>, caller: Caller, id: string, now: Date): Promise<Notification> {
  const n = await deps.inbox.markRead(inboxOf(caller), id, now.toISOString());
  if (!n) throw new DomainError(404, 'NOTIFICATION_NOT_FOUND', `通知 ${id} 不存在`);
  return n;
}
