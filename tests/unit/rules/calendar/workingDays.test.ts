import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';

// chinese-days is a dependency of packages/rules only: resolve it from there (reference answers for the tests).
const chineseDays = createRequire(new URL('../../../../packages/rules/package.json', import.meta.url))(
  'chinese-days',
) as {
  isWorkday(date: Date): boolean;
  getLunarDate(date: Date): { lunarYear: number; lunarMon: number; lunarDay: number; isLeap: boolean };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
};
import {
  chinaCalendar as cal,
  createCalendar,
  type HolidayOverrides,
} from '../../../../packages/rules/src/calendar/workingDays.js';
import { chineseDaysYears } from '../../../../packages/rules/src/calendar/chineseDaysData.js';
import { addDays, format, weekday } from '../../../../packages/rules/src/calendar/dates.js';
import * as rules from '../../../../packages/rules/src/index.js';

/** Day-by-day reference implementation of addWorkingDays on top of isWorkingDay. */
function naive(c: typeof cal, date: string, n: number): string {
  let d = date;
  if (n === 0) {
    while (!c.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (c.isWorkingDay(d)) left--;
  }
  return d;
}

describe('official schedules (chinese-days)', () => {
  it('contract signed 2026-09-30 + 5 working days = 2026-10-13 (国庆 1–7 Oct off, Sat 10 Oct worked)', () => {
    expect(cal.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('2026-10-10 (Saturday) is a make-up working day; 2026-10-01..07 are off; 2026-09-20 (Sunday) is worked', () => {
    expect(weekday('2026-10-10')).toBe(6);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(format(2026, 10, d))).toBe(false);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-11')).toBe(false); // ordinary Sunday
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
  });

  it('last working day before 国庆 2026 vs first after', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', provisional: false });
    expect(cal.addWorkingDays('2026-10-08', -1)).toEqual({ date: '2026-09-30', provisional: false });
    expect(cal.addWorkingDays('2026-10-01', 0)).toEqual({ date: '2026-10-08', provisional: false });
    expect(cal.addWorkingDays('2026-10-01', 1)).toEqual({ date: '2026-10-08', provisional: false });
    expect(cal.addWorkingDays('2026-10-01', -1)).toEqual({ date: '2026-09-30', provisional: false });
  });

  it('2026 Spring Festival: Sat 14 Feb worked, 15–23 Feb off, Sat 28 Feb worked', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', provisional: false });
    expect(cal.addWorkingDays('2026-02-13', 2)).toEqual({ date: '2026-02-24', provisional: false });
    expect(cal.addWorkingDays('2026-02-14', 1)).toEqual({ date: '2026-02-24', provisional: false });
    expect(cal.addWorkingDays('2026-02-13', 6)).toEqual({ date: '2026-02-28', provisional: false });
    expect(cal.addWorkingDays('2026-02-13', 7)).toEqual({ date: '2026-03-02', provisional: false });
    expect(cal.addWorkingDays('2026-02-12', 8)).toEqual({ date: '2026-03-02', provisional: false });
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(format(2026, 2, d))).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    // last working day before / first after
    expect(cal.addWorkingDays('2026-02-24', -1).date).toBe('2026-02-14');
  });

  it('2025 schedule too (春节 28 Jan–4 Feb, Sun 26 Jan and Sat 8 Feb worked; 国庆+中秋 1–8 Oct, Sat 11 Oct worked)', () => {
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-02-04')).toBe(false);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    expect(cal.addWorkingDays('2025-09-30', 1)).toEqual({ date: '2025-10-09', provisional: false });
    expect(cal.addWorkingDays('2025-10-10', 1)).toEqual({ date: '2025-10-11', provisional: false });
  });

  it('n = 0 returns the date itself on a working day, else the next working day', () => {
    expect(cal.addWorkingDays('2026-09-30', 0)).toEqual({ date: '2026-09-30', provisional: false });
    expect(cal.addWorkingDays('2026-10-10', 0)).toEqual({ date: '2026-10-10', provisional: false });
    expect(cal.addWorkingDays('2026-10-11', 0)).toEqual({ date: '2026-10-12', provisional: false });
  });

  it('years come from what chinese-days really has (2004–2026), not from its weekends-only answers', () => {
    expect(chineseDaysYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(cal.hasOfficialSchedule(2025)).toBe(true);
    expect(cal.hasOfficialSchedule(2026)).toBe(true);
    expect(cal.hasOfficialSchedule(2027)).toBe(false);
    expect(cal.hasOfficialSchedule(2003)).toBe(false);
    // chinese-days itself calls 2027-02-08 (Monday, 正月初三) a working day: it only knows weekends for 2027
    expect(chineseDays.isWorkday(new Date(2027, 1, 8))).toBe(true);
    expect(cal.isWorkingDay('2027-02-08')).toBe(false);
  });

  it('agrees with chinese-days on every day of 2025 and 2026', () => {
    // chinese-days keys its tables in local time; its answers are only right where the UTC offset is >= 0.
    if (new Date(2026, 0, 1).getTimezoneOffset() > 0) return;
    for (const year of [2025, 2026]) {
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        const [y, m, day] = [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
        expect([d, cal.isWorkingDay(d)]).toEqual([d, chineseDays.isWorkday(new Date(y, m - 1, day))]);
      }
    }
  });

  it('2026 has 248 working days (365 − 104 weekend days − 19 holiday weekdays + 6 make-up days)', () => {
    let count = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
    expect(count).toBe(248);
  });
});

describe('statutory fallback (no official schedule: 2027 at chinese-days 1.5.7)', () => {
  it('a 2027 date is provisional', () => {
    expect(cal.addWorkingDays('2027-03-01', 3)).toEqual({ date: '2027-03-04', provisional: true });
    expect(cal.addWorkingDays('2027-03-01', 0)).toEqual({ date: '2027-03-01', provisional: true });
  });

  it('2027 春节 (除夕 5 Feb + 正月初一至初三 6–8 Feb) are non-working, no make-up days', () => {
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2027-02-04')).toBe(true);
    expect(cal.isWorkingDay('2027-02-09')).toBe(true);
    expect(cal.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-09', provisional: true });
    // no 调休: the Saturdays around the festival stay off
    expect(cal.isWorkingDay('2027-01-30')).toBe(false);
    expect(cal.isWorkingDay('2027-02-20')).toBe(false);
  });

  it('the other 2027 statutory days are off: 元旦, 清明, 劳动节 1–2 May, 端午, 中秋, 国庆 1–3 Oct only', () => {
    for (const d of ['2027-01-01', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01']) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    expect(cal.isWorkingDay('2027-10-04')).toBe(true); // Monday: only 3 statutory 国庆 days
    expect(cal.isWorkingDay('2027-05-03')).toBe(true);
    expect(cal.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-04', provisional: true });
  });

  it('a count that only passes into 2027 becomes provisional; one that stays in 2026 does not', () => {
    expect(cal.addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
    // 2027-01-01 (Fri, 元旦 by the fallback) and the weekend are skipped
    expect(cal.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: true });
    expect(cal.addWorkingDays('2026-12-31', 0)).toEqual({ date: '2026-12-31', provisional: false });
    expect(cal.addWorkingDays('2027-01-04', -1)).toEqual({ date: '2026-12-31', provisional: true });
    // looking back from 1 Jan 2027 only reads 2026
    expect(cal.addWorkingDays('2027-01-01', -1)).toEqual({ date: '2026-12-31', provisional: false });
  });

  it('later years fall back too (2030 春节: 除夕 2 Feb … 初三 5 Feb)', () => {
    expect(cal.hasOfficialSchedule(2030)).toBe(false);
    expect(cal.addWorkingDays('2030-02-01', 1)).toEqual({ date: '2030-02-06', provisional: true });
  });
});

describe('override table in front of chinese-days', () => {
  // A made-up 2027 schedule in the shape of a State Council notice (NOT the real one).
  const notice2027: HolidayOverrides = {
    2027: {
      holidays: [
        '2027-01-01', '2027-01-02', '2027-01-03',
        '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
        '2027-02-12', '2027-02-13',
        '2027-04-03', '2027-04-04', '2027-04-05',
        '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05',
        '2027-06-09', '2027-06-10', '2027-06-11',
        '2027-09-15', '2027-09-16', '2027-09-17',
        '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07',
      ],
      workdays: ['2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
    },
  };
  const official = createCalendar(notice2027);

  it('makes 2027 official: the same computation is no longer provisional', () => {
    expect(cal.addWorkingDays('2027-03-01', 3)).toEqual({ date: '2027-03-04', provisional: true });
    expect(official.hasOfficialSchedule(2027)).toBe(true);
    expect(official.addWorkingDays('2027-03-01', 3)).toEqual({ date: '2027-03-04', provisional: false });
    expect(official.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: false });
  });

  it('uses the table’s days off and honours its make-up day', () => {
    expect(official.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-15', provisional: false });
    expect(official.isWorkingDay('2027-02-20')).toBe(true); // Saturday make-up
    expect(official.addWorkingDays('2027-02-19', 1)).toEqual({ date: '2027-02-20', provisional: false });
    expect(official.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-08', provisional: false });
    expect(official.addWorkingDays('2027-10-08', 1)).toEqual({ date: '2027-10-09', provisional: false });
    // the statutory-only view differs
    expect(cal.addWorkingDays('2027-09-30', 1).date).toBe('2027-10-04');
  });

  it('leaves chinese-days years untouched and the shared chinaCalendar unchanged', () => {
    expect(official.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
    expect(cal.hasOfficialSchedule(2027)).toBe(false);
  });

  it('an override year replaces the chinese-days schedule of that year', () => {
    const corrected = createCalendar({ 2026: { holidays: ['2026-10-01', '2026-10-02', '2026-10-03'], workdays: [] } });
    expect(corrected.hasOfficialSchedule(2026)).toBe(true);
    expect(corrected.isWorkingDay('2026-10-05')).toBe(true);
    expect(corrected.isWorkingDay('2026-10-10')).toBe(false);
    expect(corrected.isWorkingDay('2026-02-16')).toBe(true);
    expect(corrected.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-05', provisional: false });
  });

  it('a day of an adjacent year listed by an entry applies to that day', () => {
    const c = createCalendar({ 2028: { holidays: ['2027-12-31', '2028-01-01'], workdays: [] } });
    expect(c.isWorkingDay('2027-12-31')).toBe(false); // Friday
    expect(c.hasOfficialSchedule(2027)).toBe(false);
    expect(c.addWorkingDays('2027-12-30', 1)).toEqual({ date: '2028-01-03', provisional: true });
    expect(c.addWorkingDays('2027-12-31', 1)).toEqual({ date: '2028-01-03', provisional: false });
  });

  it('rejects malformed tables', () => {
    expect(() => createCalendar({ 2027: { holidays: ['2027-02-30'], workdays: [] } })).toThrow(RangeError);
    expect(() => createCalendar({ 2027: { holidays: ['2027-2-5'], workdays: [] } })).toThrow(RangeError);
    expect(() => createCalendar({ 2027: { holidays: ['2027-02-20'], workdays: ['2027-02-20'] } })).toThrow(/both/);
    expect(() => createCalendar({ 2027: { holidays: ['2030-01-01'], workdays: [] } })).toThrow(RangeError);
  });
});

describe('addWorkingDays matches a day-by-day count', () => {
  const dayArb = fc.integer({ min: 0, max: 365 * 6 }).map((k) => addDays('2024-01-01', k));

  it('for random dates 2024–2029 and n in [-400, 400]', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(cal.addWorkingDays(date, n).date).toBe(naive(cal, date, n));
      }),
      { numRuns: 400 },
    );
  });

  it('provisional exactly when a day of a year without a schedule was looked at', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -300, max: 300 }), (date, n) => {
        const r = cal.addWorkingDays(date, n);
        const first = n > 0 ? addDays(date, 1) : n < 0 ? addDays(date, -1) : date;
        const [lo, hi] = first <= r.date ? [first, r.date] : [r.date, first];
        let expected = false;
        for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
          if (!cal.hasOfficialSchedule(y)) expected = true;
        }
        expect(r.provisional).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a non-integer n or a malformed date', () => {
    expect(() => cal.addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026/10/01', 1)).toThrow(RangeError);
  });
});

describe('@gov/rules entry point', () => {
  it('exports the calendar', () => {
    expect(rules.chinaCalendar).toBe(cal);
    expect(rules.createCalendar).toBe(createCalendar);
  });
});
