import { describe, expect, it } from 'vitest';
import {
  dueReminders, InMemoryInbox, InMemoryNotifier, markNotificationRead, notificationsFor, reminderHorizon, runReminderScan, workingDaysBefore,
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
  const events: { type: string; payload: Record<string, unknown> }[] = [];
  const deps: ReminderDeps = {
    inbox, notifier,
    projects: {
      withObligationsDueBefore: async () => [...projects.keys()],
      get: async (id) => projects.get(id),
      async saveWithNotifications(next, event, expected, ns) {
        if (projects.get(next.id)?.version !== expected || !inbox.add(ns)) return false;
        projects.set(next.id, next);
        events.push(event);
        return true;
      },
    },
  };
  return { deps, inbox, notifier, events, projects };
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
    expect(dueReminders('p', [o], '2026-10-07', chinaCalendar).map((r) => r.point)).toEqual([10]);
  });

  it('the index horizon takes in exactly the due dates a reminder can be owed for', () => {
    expect('2026-07-30' < reminderHorizon('2026-07-16', chinaCalendar)).toBe(true);
    expect('2026-07-30' < reminderHorizon('2026-07-15', chinaCalendar)).toBe(false);
  });
});

describe('the reminder scan', () => {
  it('reminds the department 10 working days before, once; again at 3; escalates to the bureau once overdue', async () => {
    const s = setup(completed());
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-15', at('2026-07-15'), chinaCalendar)).reminders).toBe(0);
    const first = await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar);
    expect(first).toMatchObject({ reminders: 1, escalations: 0 });
    const inbox = await notificationsFor(s.deps, dept, 50);
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'reminder', ruleId: 'SD-23-apply-3m', due: '2026-07-30', point: 10, provisional: false, projectId: 'p-remind' });
    expect(inbox.items[0].article).toMatch(/^第/);
    expect(inbox.items[0].message).toMatch(/还有 10 个工作日/);
    expect(s.notifier.published.map((n) => n.id)).toEqual([inbox.items[0].id]);
    expect(s.events).toEqual([expect.objectContaining({ type: 'reminders_raised', payload: expect.objectContaining({ on: '2026-07-16' }) })]);

    // The same day again, and the next day: nothing new.
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-16', at('2026-07-16'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-17', at('2026-07-17'), chinaCalendar)).reminders).toBe(0);
    expect((await runReminderScan(s.deps, 'tracker', '2026-07-27', at('2026-07-27'), chinaCalendar)).reminders).toBe(1);
    expect((await notificationsFor(s.deps, dept, 50)).unreadCount).toBe(2);
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
    // Contract signed 2027-09-29: 2027 has no official schedule, so the 5-working-day filing is provisionally due 2027-10-07.
    const s = setup(storedProject('shandong', { id: 'p-prov' }, { dates: { contractSigned: '2027-09-29' } }));
    await runReminderScan(s.deps, 'filing', '2027-09-30', at('2027-09-30'), chinaCalendar);
    const [provisional] = (await notificationsFor(s.deps, dept, 50)).items;
    expect(provisional).toMatchObject({ ruleId: 'SD-13-contract-5wd', due: '2027-10-07', provisional: true });
    expect(provisional.message).toMatch(/暂定期限/);

    // The 2027 schedule is published: 10-01..07 off, Saturday 10-09 worked → due 2027-10-12.
    const official = createCalendar({ 2027: { holidays: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'], workdays: ['2027-10-09'] } });
    expect((await runReminderScan(s.deps, 'filing', '2027-09-30', at('2027-09-30'), official)).reminders).toBe(1);
    const [recomputed] = (await notificationsFor(s.deps, dept, 50)).items.filter((n) => n.id !== provisional.id);
    expect(recomputed).toMatchObject({ due: '2027-10-12', provisional: false });
    expect(recomputed.message).toMatch(/期限已按正式放假安排重新计算\(原暂定期限2027-10-07\)/);
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
