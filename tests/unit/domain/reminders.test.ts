import { describe, expect, it } from 'vitest';
import {
  dueReminders, ESCALATION_RECHECK_DAYS, InMemoryInbox, InMemoryNotifier, InMemoryOutbox, markNotificationRead, notificationsFor, reminderHorizon, runReminderScan, workingDaysBefore,
  type Caller, type ProjectState, type ReminderDeps,
} from '@gov/domain';
import { chinaCalendar, createCalendar } from '@gov/rules';
import { storedProject } from './fixtures.js';

/** A 山东 project completed 2026-04-30: its acceptance application (SD-23-apply-3m) is due 2026-07-30. */
const completed = () => storedProject('shandong', { id: 'p-remind' }, { dates: { constructionCompleted: '2026-04-30' } });

function setup(p: ProjectState) {
  const projects = new Map([[p.id, p]]);
  const inbox = new InMemoryInbox();
  const notifier = new InMemoryNotifier();
  const outbox = new InMemoryOutbox();
  const events: { type: string; payload: Record<string, unknown> }[] = [];
  const deps: ReminderDeps = {
    inbox, notifier, outbox,
    projects: {
      withObligationsDueBefore: async () => [...projects.keys()],
      get: async (id) => projects.get(id),
      async saveWithNotifications(next, event, expected, ns) {
        if (projects.get(next.id)?.version !== expected || !inbox.add(ns)) return false;
        projects.set(next.id, next);
        outbox.add(ns);
        events.push(event);
        return true;
      },
    },
  };
  return { deps, inbox, notifier, outbox, events, projects };
}

const dept: Caller = { sub: 'd', role: 'department', dept: 'D001', jur: 'shandong' };
const bureau: Caller = { sub: 'b', role: 'bureau', jur: 'shandong' };
const at = (on: string) => new Date(`${on}T01:00:00+08:00`);

describe('reminder points', () => {
  it('10 and 3 working days before 2026-07-30 are 07-16 and 07-27', () => {
    expect(workingDaysBefore('2026-07-30', 10, chinaCalendar)).toBe('2026-07-16');
    expect(workingDaysBefore('2026-07-30', 3, chinaCalendar)).toBe('2026-07-27');
  });

  it('counts the make-up Saturday and skips National Day: 3 working days before 2026-10-12 is 10-08', () => {
    expect(workingDaysBefore('2026-10-12', 3, chinaCalendar)).toBe('2026-10-08');
    const o = { ruleId: 'SD-13-contract-5wd', article: '第十三条', key: 'main', obligation: '合同备案', due: '2026-10-12', provisional: false };
    expect(dueReminders('p', [o], '2026-10-08', chinaCalendar).map((r) => r.point)).toEqual([3]);
    expect(dueReminders('p', [o], '2026-09-30', chinaCalendar).map((r) => r.point)).toEqual([]);
    // A rule keeping the default hears of it at 10 too (SD-13's own point is 3 only: reminderPoints.test.ts).
    expect(dueReminders('p', [{ ...o, ruleId: 'JJ-17-fail-rectify' }], '2026-10-07', chinaCalendar).map((r) => r.point)).toEqual([10]);
  });

  it('the index horizon takes in exactly the due dates a reminder can be owed for (the furthest point: 20)', () => {
    expect('2026-07-30' < reminderHorizon('2026-07-02', chinaCalendar)).toBe(true);
    expect('2026-07-30' < reminderHorizon('2026-07-01', chinaCalendar)).toBe(false);
  });
});

describe('the reminder scan', () => {
  it('asks for what is due within the horizon, and for flagged obligations only those flagged in the last 7 days (decision 090 §6)', async () => {
    const { deps } = setup(completed());
    const asked: unknown[][] = [];
    deps.projects.withObligationsDueBefore = async (...args) => (asked.push(args), []);
    await runReminderScan(deps, 'filing', '2027-01-08', at('2027-01-08'), chinaCalendar, ['xichuan', 'shandong']);
    expect(ESCALATION_RECHECK_DAYS).toBe(7);
    const horizon = reminderHorizon('2027-01-08', chinaCalendar);
    // 7 days back across the year end: a flag of 2027-01-01 (the annual catalogue's first overdue day) is still read.
    expect(asked).toEqual([['filing', 'xichuan', horizon, '2027-01-01'], ['filing', 'shandong', horizon, '2027-01-01']]);
  });

  it('reminds the department 20 and 10 working days before, once each; again at 3; escalates to the bureau once overdue', async () => {
    const s = setup(completed());
    // SD-23-apply-3m declares 20, 10 and 3 (decision 062): 20 working days before 2026-07-30 is 07-02.
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-01', at('2026-07-01'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-02', at('2026-07-02'), chinaCalendar)).reminders).toBe(1);
    expect((await notificationsFor(s.deps, dept, 50)).items[0]).toMatchObject({ point: 20, message: expect.stringMatching(/还有 20 个工作日/) });
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-15', at('2026-07-15'), chinaCalendar)).reminders).toBe(0);
    const first = await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar);
    expect(first).toMatchObject({ reminders: 1, escalations: 0 });
    const inbox = await notificationsFor(s.deps, dept, 50);
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.items[0]).toMatchObject({ kind: 'reminder', ruleId: 'SD-23-apply-3m', due: '2026-07-30', point: 10, provisional: false, projectId: 'p-remind' });
    expect(inbox.items[0].article).toMatch(/^第/);
    expect(inbox.items[0].message).toMatch(/还有 10 个工作日/);
    expect(s.notifier.published.map((n) => n.id)).toEqual([inbox.items[1].id, inbox.items[0].id]);
    expect(s.events.map((e) => e.payload.on)).toEqual(['2026-07-02', '2026-07-16']);

    // The same day again, and the next day: nothing new.
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-17', at('2026-07-17'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-27', at('2026-07-27'), chinaCalendar)).reminders).toBe(1);
    expect((await notificationsFor(s.deps, dept, 50)).unreadCount).toBe(3);
    expect((await notificationsFor(s.deps, bureau, 50)).items).toEqual([]);

    // Due day: still a reminder point passed, no escalation; the day after: the bureau is told, once.
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-30', at('2026-07-30'), chinaCalendar)).escalations).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-31', at('2026-07-31'), chinaCalendar)).escalations).toBe(1);
    expect((await runReminderScan(s.deps, 'tracker', '2026-08-03', at('2026-08-03'), chinaCalendar)).escalations).toBe(0);
    const b = await notificationsFor(s.deps, bureau, 50);
    expect(b.items).toEqual([expect.objectContaining({ kind: 'overdue', ruleId: 'SD-23-apply-3m', recipient: { kind: 'bureau', jurisdiction: 'shandong' } })]);
  });

  it('nothing once the obligation is met, and other scans do not remind of it', async () => {
    // The acceptance application was made on 2026-07-01: nothing is owed.
    const s = setup(storedProject('shandong', { id: 'p-met' }, { dates: { constructionCompleted: '2026-04-30' }, records: { acceptance_application: '2026-07-01' } }));
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-08-03', at('2026-08-03'), chinaCalendar)).escalations).toBe(0);
    const open = setup(completed());
    expect((await runReminderScan(open.deps, 'filing', '2026-07-16', at('2026-07-16'), chinaCalendar)).reminders).toBe(0);
  });

  it('a provisional due date says so, and is recomputed and announced again once the schedule is loaded', async () => {
    // Contract signed 2027-09-29: 2027 has no official schedule, so the 5-working-day filing is provisionally due
    // 2027-10-07 (statutory 10-01..03 off); SD-13's one point, 3 working days before, is 10-04.
    const s = setup(storedProject('shandong', { id: 'p-prov' }, { dates: { contractSigned: '2027-09-29' } }));
    expect((await runReminderScan(s.deps, 'filing', '2027-10-01', at('2027-10-01'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'filing', '2027-10-04', at('2027-10-04'), chinaCalendar)).reminders).toBe(1);
    const [provisional] = (await notificationsFor(s.deps, dept, 50)).items;
    expect(provisional).toMatchObject({ ruleId: 'SD-13-contract-5wd', due: '2027-10-07', provisional: true, point: 3 });
    expect(provisional.message).toMatch(/暂定期限/);
    // Without a schedule, the next scans say nothing new.
    expect((await runReminderScan(s.deps, 'filing', '2027-10-05', at('2027-10-05'), chinaCalendar))).toMatchObject({ reminders: 0, rescheduled: 0 });

    // The 2027 schedule is published: 10-01..07 off, Saturday 10-09 worked → due 2027-10-12. The next scan says so at
    // once (not at the next point), once; the 3-day point for the new date (10-08) is raised again on that day.
    const official = createCalendar({ 2027: { holidays: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'], workdays: ['2027-10-09'] } });
    expect(await runReminderScan(s.deps, 'filing', '2027-10-05', at('2027-10-05'), official)).toMatchObject({ reminders: 0, rescheduled: 1 });
    const [notice] = (await notificationsFor(s.deps, dept, 50)).items.filter((n) => n.id !== provisional.id);
    expect(notice).toMatchObject({ kind: 'rescheduled', ruleId: 'SD-13-contract-5wd', due: '2027-10-12', previousDue: '2027-10-07', provisional: false });
    expect(notice.message).toContain('截止日期已按国务院公布的节假日安排重新计算: 原 2027-10-07, 现 2027-10-12');
    expect(s.events.at(-1)?.payload.rescheduled).toEqual([expect.objectContaining({ previousDue: '2027-10-07', due: '2027-10-12' })]);
    expect(s.notifier.published.at(-1)?.id).toBe(notice.id);
    expect(await runReminderScan(s.deps, 'filing', '2027-10-06', at('2027-10-06'), official)).toMatchObject({ reminders: 0, rescheduled: 0 });
    expect(await runReminderScan(s.deps, 'filing', '2027-10-08', at('2027-10-08'), official)).toMatchObject({ reminders: 1, rescheduled: 0 });
    const items = (await notificationsFor(s.deps, dept, 50)).items;
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ kind: 'reminder', point: 3, due: '2027-10-12', provisional: false });
    expect(items[0].message).not.toMatch(/暂定/);
  });

  it('a provisional date the schedule confirms is not announced again; a passed point is not repeated', async () => {
    // Contract signed 2027-03-01: provisionally due 2027-03-08 — no holiday in between, so the schedule confirms it.
    const s = setup(storedProject('shandong', { id: 'p-conf' }, { dates: { contractSigned: '2027-03-01' } }));
    expect((await runReminderScan(s.deps, 'filing', '2027-03-03', at('2027-03-03'), chinaCalendar)).reminders).toBe(1);
    expect((await notificationsFor(s.deps, dept, 50)).items[0]).toMatchObject({ due: '2027-03-08', provisional: true });
    const official = createCalendar({ 2027: { holidays: ['2027-10-01'], workdays: [] } });
    expect(await runReminderScan(s.deps, 'filing', '2027-03-04', at('2027-03-04'), official)).toMatchObject({ reminders: 0, rescheduled: 0 });
    expect((await notificationsFor(s.deps, dept, 50)).items).toHaveLength(1);
  });

  it('a publish that fails stays in the outbox and is published by the next scan, once', async () => {
    const s = setup(completed());
    const publish = s.notifier.publish.bind(s.notifier);
    s.notifier.publish = async () => { throw new Error('SNS unavailable'); };
    expect(await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar)).toMatchObject({ reminders: 1, delivered: 0, deliveryFailures: 1 });
    const [n] = (await notificationsFor(s.deps, dept, 50)).items;
    expect((await s.outbox.pending(10)).map((x) => x.id)).toEqual([n.id]);
    expect(s.notifier.published).toEqual([]);

    // SNS is back: the next scan raises nothing new, but publishes what is left, and takes it out.
    s.notifier.publish = publish;
    expect(await runReminderScan(s.deps, 'tracker', '2026-07-17', at('2026-07-17'), chinaCalendar)).toMatchObject({ reminders: 0, delivered: 1, deliveryFailures: 0 });
    expect(s.notifier.published.map((x) => x.id)).toEqual([n.id]);
    expect(await s.outbox.pending(10)).toEqual([]);
    expect(await runReminderScan(s.deps, 'tracker', '2026-07-17', at('2026-07-17'), chinaCalendar)).toMatchObject({ delivered: 0 });
    expect(s.notifier.published).toHaveLength(1);
  });

  it('mark as read lowers the unread count; only the recipient can', async () => {
    const s = setup(completed());
    await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar);
    const [n] = (await notificationsFor(s.deps, dept, 50)).items;
    await expect(markNotificationRead(s.deps, { ...dept, dept: 'D002' }, n.id, new Date())).rejects.toMatchObject({ status: 404 });
    expect((await markNotificationRead(s.deps, dept, n.id, new Date('2026-07-16T03:00:00Z'))).readAt).toBe('2026-07-16T03:00:00.000Z');
    expect((await notificationsFor(s.deps, dept, 50)).unreadCount).toBe(0);
    await expect(notificationsFor(s.deps, { sub: 'f', role: 'finance', jur: 'shandong' }, 50)).rejects.toMatchObject({ status: 403 });
  });
});
