/** Dates in Asia/Shanghai (UTC+8, no daylight saving): the calendar the regulations count in. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
