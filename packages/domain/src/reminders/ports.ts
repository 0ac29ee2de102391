/**
 * The reminders' ports: the inbox (DynamoDB), delivery to subscribers (SNS) and the project side (the due-date
 * index, the project's state and log, written with its notifications in one transaction). Adapters in
 * packages/adapters, wired in services/acceptance-tracker and services/filing; in-memory ones in ./inMemory.ts.
 */
import type { ProjectState } from '../project.js';

export type Recipient = { kind: 'department'; jurisdiction: string; departmentId: string } | { kind: 'bureau'; jurisdiction: string };

/**
 * 通知: a reminder to the department before a due date, an escalation of an overdue obligation, or the notice that a
 * provisional due date was recomputed once the year's official holiday schedule was loaded (`rescheduled`).
 */
export interface Notification {
  id: string;
  recipient: Recipient;
  kind: 'reminder' | 'overdue' | 'rescheduled';
  projectId: string;
  jurisdiction: string;
  departmentId: string;
  ruleId: string;
  article: string;
  obligationKey: string;
  /** Working days before the due date (reminders). */
  point?: number;
  due: string;
  /** rescheduled: the provisional due date the earlier reminders named. */
  previousDue?: string;
  provisional: boolean;
  message: string;
  raisedOn: string;
  createdAt: string;
  readAt?: string;
}

export interface NotificationInbox {
  /** Newest first, and how many of the recipient's notifications are unread. */
  list(recipient: Recipient, limit: number): Promise<{ items: Notification[]; unreadCount: number }>;
  /** Marks one read (idempotent); undefined when the recipient has no such notification. */
  markRead(recipient: Recipient, id: string, at: string): Promise<Notification | undefined>;
}

/** Delivery to subscribers (a department's own system subscribes with a filter on its jurisdiction and department). */
export interface Notifier {
  publish(n: Notification): Promise<void>;
}

/**
 * 待发送: notifications stored but not yet published. Each is put in the transaction that raises it and taken out
 * once SNS accepted it, so a failed publish is retried by the next scan (at least once: subscribers dedupe on id).
 */
export interface NotificationOutbox {
  /** Oldest first. */
  pending(limit: number): Promise<Notification[]>;
  delivered(n: Notification): Promise<void>;
}

export interface ReminderEvent {
  projectId: string;
  seq: number;
  type: string;
  actor: string;
  at: string;
  payload: Record<string, unknown>;
  ruleIds?: string[];
}

export interface ReminderProjects {
  /**
   * Ids of projects with an open obligation of `scan` due before `before` in the jurisdiction: the unflagged ones
   * (the daily due bucket), and the flagged ones whose flag was raised on or after `flaggedSince` (the flagged
   * bucket, by flag day; older flags are not listed again — decision 090 §6).
   */
  withObligationsDueBefore(scan: 'tracker' | 'filing', jurisdiction: string, before: string, flaggedSince: string): Promise<string[]>;
  get(id: string): Promise<ProjectState | undefined>;
  /** Saves the project, its event, the new notifications and their outbox entries together; false on a version conflict. */
  saveWithNotifications(next: ProjectState, event: ReminderEvent, expectedVersion: number, notifications: readonly Notification[]): Promise<boolean>;
}

export interface ReminderDeps {
  projects: ReminderProjects;
  inbox: NotificationInbox;
  notifier: Notifier;
  outbox: NotificationOutbox;
}
