import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, maxDate, weekday, yearOf } from '../../../../packages/rules/src/calendar/dates.js';

describe('addMonths clamps to the month end', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2028-08-31', 6, '2029-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-15', 12, '2027-05-15'],
    ['2026-05-15', 24, '2028-05-15'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-06-30', 0, '2026-06-30'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('day helpers', () => {
  it('addDays crosses month, year and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-09-30', 0)).toBe('2026-09-30');
  });

  it('weekday, daysInMonth, yearOf, maxDate', () => {
    expect(weekday('2026-10-10')).toBe(6);
    expect(weekday('2026-10-11')).toBe(0);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(yearOf('2027-02-05')).toBe(2027);
    expect(maxDate('2026-01-02', '2025-12-31')).toBe('2026-01-02');
  });
});
