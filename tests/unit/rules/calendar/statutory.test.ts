import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// chinese-days is a dependency of packages/rules only: resolve it from there (reference answers for the tests).
const chineseDays = createRequire(new URL('../../../../packages/rules/package.json', import.meta.url))(
  'chinese-days',
) as {
  isWorkday(date: Date): boolean;
  getLunarDate(date: Date): { lunarYear: number; lunarMon: number; lunarDay: number; isLeap: boolean };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
};
import { qingming, statutoryHolidays } from '../../../../packages/rules/src/calendar/statutory.js';
import { addDays } from '../../../../packages/rules/src/calendar/dates.js';

/**
 * Independently checked dates (Hong Kong Observatory / 紫金山天文台 almanac): 正月初一, 清明, 端午 (五月初五),
 * 中秋 (八月十五). 除夕 is the day before 正月初一.
 */
const ALMANAC: Record<number, [string, string, string, string]> = {
  2025: ['2025-01-29', '2025-04-04', '2025-05-31', '2025-10-06'],
  2026: ['2026-02-17', '2026-04-05', '2026-06-19', '2026-09-25'],
  2027: ['2027-02-06', '2027-04-05', '2027-06-09', '2027-09-15'],
  2028: ['2028-01-26', '2028-04-04', '2028-05-28', '2028-10-03'],
  2029: ['2029-02-13', '2029-04-04', '2029-06-16', '2029-09-22'],
  2030: ['2030-02-03', '2030-04-05', '2030-06-05', '2030-09-12'],
  2031: ['2031-01-23', '2031-04-05', '2031-06-24', '2031-10-01'],
  2032: ['2032-02-11', '2032-04-04', '2032-06-12', '2032-09-19'],
  2033: ['2033-01-31', '2033-04-04', '2033-06-01', '2033-09-08'],
  2034: ['2034-02-19', '2034-04-05', '2034-06-20', '2034-09-27'],
  2035: ['2035-02-08', '2035-04-05', '2035-06-10', '2035-09-16'],
};

describe('statutory holidays of 全国年节及纪念日放假办法 (2025 version)', () => {
  it('2027: 13 days', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  for (const [year, [cny, qm, dw, zq]] of Object.entries(ALMANAC)) {
    it(`${year}: lunar and solar-term dates match the almanac`, () => {
      const days = statutoryHolidays(Number(year));
      expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual([
        addDays(cny, -1), cny, addDays(cny, 1), addDays(cny, 2),
      ]);
      expect(days.find((d) => d.name === '清明节')!.date).toBe(qm);
      expect(days.find((d) => d.name === '端午节')!.date).toBe(dw);
      expect(days.find((d) => d.name === '中秋节')!.date).toBe(zq);
    });
  }

  it('除夕 is the 29th of the twelfth month when that month is short (2026-02-16 = 腊月廿九)', () => {
    expect(statutoryHolidays(2026)[1]).toEqual({ date: '2026-02-16', name: '春节' });
    expect(chineseDays.getLunarDate(new Date(2026, 1, 16))).toMatchObject({ lunarMon: 12, lunarDay: 29 });
  });

  it('清明 formula equals chinese-days getSolarTermDate 2000–2100 (where that is TZ-safe)', () => {
    if (new Date(2026, 0, 1).getTimezoneOffset() > 0) return;
    for (let y = 2000; y <= 2100; y++) expect(qingming(y)).toBe(chineseDays.getSolarTermDate(y, 4, 'pure_brightness'));
  });

  it('years outside the lunar data are refused', () => {
    expect(() => statutoryHolidays(2101)).toThrow(RangeError);
  });
});
