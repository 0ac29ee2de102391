/**
 * Notifications to mark read: raised for the states' projects by the daily deadline scan, invoked as the schedule
 * would (serverless-offline's Lambda endpoint, as tests/e2e/reminders.test.ts does) for days on which the accepted
 * project's obligations are due or overdue, then listed per inbox (the department's, the bureau's).
 */
import type { JurState } from './states.js';

/** Days the scan runs for: a late one escalates every open obligation of the walk (overdue), earlier ones remind. */
const SCAN_DAYS = ['2026-12-31', '2027-06-30', '2028-12-31'];

export async function raiseNotifications(states: JurState[], baseUrl: string, lambdaPort: number): Promise<void> {
  for (const on of SCAN_DAYS) {
    const r = await fetch(`http://127.0.0.1:${lambdaPort}/2015-03-31/functions/gov-it-lifecycle-local-acceptanceTracker/invocations`, { method: 'POST', body: JSON.stringify({ job: 'daily-deadline-scan', on }) });
    if (r.status !== 200) throw new Error(`notifications: the deadline scan for ${on} answered ${r.status} ${await r.text()}`);
  }
  for (const s of states) {
    const mine = new Set([s.admitted, s.pending, s.spare].filter(Boolean));
    const inbox = async (t: string) => {
      const r = await fetch(`${baseUrl}/v1/notifications?limit=200`, { headers: { authorization: `Bearer ${t}` } });
      const body = (await r.json()) as { items: { id: string; projectId: string }[] };
      return body.items.filter((n) => mine.has(n.projectId)).map((n) => n.id);
    };
    s.notifications = { department: await inbox(s.tokens.department), bureau: await inbox(s.tokens.bureau) };
  }
}

/** Whether a notification is read, as its inbox lists it (undefined: not listed). */
export async function isRead(baseUrl: string, t: string, id: string): Promise<boolean | undefined> {
  const r = await fetch(`${baseUrl}/v1/notifications?limit=200`, { headers: { authorization: `Bearer ${t}` } });
  const n = ((await r.json()) as { items: { id: string; readAt?: string }[] }).items.find((x) => x.id === id);
  return n ? n.readAt !== undefined : undefined;
}
