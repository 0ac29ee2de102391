/** Composition root of the reminders (issue 13): the domain's ports wired to DynamoDB and SNS, for the daily jobs. */
import { dueBucket, dynamoInbox, queryFlaggedSince, dynamoNotificationOutbox, getProject, notificationPut, outboxPut, queryDue, saveProject, snsNotifier, VersionConflict } from '@gov/adapters';
import { log } from '@gov/observability';
import { runReminderScan, type Notification, type ProjectState, type ReminderDeps } from '@gov/domain';

export const reminderDeps: ReminderDeps = {
  inbox: dynamoInbox<Notification>(),
  notifier: snsNotifier<Notification>(),
  outbox: dynamoNotificationOutbox<Notification>(),
  projects: {
    async withObligationsDueBefore(scan, jurisdiction, before, flaggedSince) {
      const ids = new Set<string>();
      // The daily bucket first: an item flagged meanwhile moved to the flagged bucket, read second.
      let next: Record<string, unknown> | undefined;
      do {
        const page = await queryDue(dueBucket(scan, jurisdiction), before, next);
        for (const o of page.items) if (o.subject === 'project') ids.add(o.subjectId);
        next = page.next;
      } while (next);
      do {
        const page = await queryFlaggedSince(scan, jurisdiction, flaggedSince, next);
        for (const o of page.items) if (o.subject === 'project' && o.due < before) ids.add(o.subjectId);
        next = page.next;
      } while (next);
      return [...ids];
    },
    get: async (id) => (await getProject(id)) as ProjectState | undefined,
    async saveWithNotifications(next, event, expectedVersion, notifications) {
      try {
        await saveProject(next, event, expectedVersion, [...notifications.map(notificationPut), ...notifications.map(outboxPut)]);
        return true;
      } catch (e) {
        if (e instanceof VersionConflict) return false;
        throw e;
      }
    },
  },
};

/** The reminder part of a daily job; delivery failures are logged (the outbox keeps them for the next scan). */
export async function dailyReminders(scan: 'tracker' | 'filing', on: string, now: Date) {
  const r = await runReminderScan(reminderDeps, scan, on, now);
  if (r.deliveryFailures) log('warn', 'reminder delivery failed', { ...r });
  return r;
}
