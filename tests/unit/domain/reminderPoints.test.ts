/**
 * Per-rule reminder lead times (decision 062), declared with the rules in their packs: each point fires on its own
 * day and not the working day before; rules without a declaration keep the default 10 and 3.
 */
import { describe, expect, it } from 'vitest';
import { dueReminders, reminderPointsOf, workingDaysBefore } from '@gov/domain';
import { chinaCalendar, declaredReminderPoints } from '@gov/rules';

const DECLARED: Record<string, readonly number[]> = {
  'HS-28-acceptance-6m': [20, 10, 3],
  'HS-30-annual-self-eval': [20, 10, 3],
  'HS-31-post-eval-12-24m': [20, 10, 3],
  'SD-23-apply-3m': [20, 10, 3],
  'SD-16-annual-report': [20, 10, 3],
  'SD-24-post-eval-12-24m': [20, 10, 3],
  'SD-13-contract-5wd': [3],
  'XC-18-acceptance-6m': [20, 10, 3],
};
const DUE = '2026-12-31';
const previousWorkingDay = (d: string) => chinaCalendar.addWorkingDays(d, -1).date;

describe('reminder points declared with the rules', () => {
  it('the packs declare exactly these lead times; others keep 10 and 3', () => {
    for (const [id, points] of Object.entries(DECLARED)) {
      expect(declaredReminderPoints(id), id).toEqual(points);
      expect(reminderPointsOf(id)).toEqual(points);
    }
    expect(declaredReminderPoints('JJ-17-fail-rectify')).toBeUndefined();
    expect(reminderPointsOf('JJ-17-fail-rectify')).toEqual([10, 3]);
  });

  for (const [id, points] of Object.entries(DECLARED)) {
    it(`${id}: each point on its day, not the working day before`, () => {
      const o = { ruleId: id, article: '第', key: 'k', obligation: '事项', due: DUE, provisional: false };
      const asc = [...points].sort((a, b) => a - b);
      for (const [i, n] of asc.entries()) {
        const day = workingDaysBefore(DUE, n, chinaCalendar);
        expect(dueReminders('p', [o], day, chinaCalendar).map((r) => r.point), `${id} on ${day}`).toEqual([n]);
        const before = previousWorkingDay(day);
        const earlier = asc[i + 1];
        expect(dueReminders('p', [o], before, chinaCalendar).map((r) => r.point), `${id} on ${before}`).toEqual(earlier === undefined ? [] : [earlier]);
      }
    });
  }

  it('20 working days before 2026-12-31 is 2026-12-03 (December has no holidays)', () => {
    expect(workingDaysBefore(DUE, 20, chinaCalendar)).toBe('2026-12-03');
  });
});
