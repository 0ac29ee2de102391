/**
 * The official schedules shipped in `chinese-days` (dist/chinese-days.json: 2004 … 2026 at v1.5.7), read as static
 * data. The package's own query functions are not used for this: they parse `YYYY-MM-DD` as UTC but format in local
 * time, so west of UTC they shift every date by one day.
 */
import raw from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { IsoDate } from '../values.js';
import type { YearSchedule } from './types.js';

interface ChineseDaysJson {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

let byYear: Map<number, { holidays: IsoDate[]; workdays: IsoDate[] }> | undefined;
let officialYears: Set<number> | undefined;

function index(): void {
  const data = raw as unknown as ChineseDaysJson;
  const map = new Map<number, { holidays: IsoDate[]; workdays: IsoDate[] }>();
  const official = new Set<number>();
  const entry = (y: number) => {
    let e = map.get(y);
    if (!e) map.set(y, (e = { holidays: [], workdays: [] }));
    return e;
  };
  for (const [d, name] of Object.entries(data.holidays)) {
    const y = Number(d.slice(0, 4));
    entry(y).holidays.push(d);
    // Every annual notice schedules 春节 (21 Jan – 20 Feb), so a year with a 春节 entry really has its schedule;
    // a year holding only a day spilling over from a neighbouring notice (a late-December 元旦 block) does not.
    if (name.includes('春节') || name.includes('Spring Festival')) official.add(y);
  }
  for (const d of Object.keys(data.workdays)) entry(Number(d.slice(0, 4))).workdays.push(d);
  byYear = map;
  officialYears = official;
}

/** True when `chinese-days` carries the official schedule of `year`. */
export function chineseDaysHasYear(year: number): boolean {
  if (!officialYears) index();
  return officialYears!.has(year);
}

/** The days `chinese-days` lists in `year` (by the date's own year), or undefined when it lists none. */
export function chineseDaysEntries(year: number): YearSchedule | undefined {
  if (!byYear) index();
  return byYear!.get(year);
}

/** The years `chinese-days` has an official schedule for, ascending. */
export function chineseDaysYears(): number[] {
  if (!officialYears) index();
  return [...officialYears!].sort((a, b) => a - b);
}
