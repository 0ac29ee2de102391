/**
 * The filing function's daily job (01:30 Asia/Shanghai): overdue filings → flags, then reminders. Deployed it fans
 * out like the deadline scan (decision 090 §6): the schedule's input says `fanOut: true`, so this only enqueues the
 * due subjects to the scan queue and acceptance-tracker's consumer raises the flags (it takes `job: filing` items).
 * Without `fanOut` (`pnpm scan filing`, the e2e suites, a re-run by hand) it scans in the process and answers counts.
 */
import { enqueueDailyScan, runDailyScan, shanghaiDate, type Deps } from '@gov/domain';
import { log } from '@gov/http';
import { z } from '@gov/schemas';
import { dailyReminders } from '../reminders.js';

export const scheduleInput = z.object({
  job: z.literal('daily-filing-scan').default('daily-filing-scan'),
  /** The evaluation day (tests, re-runs); default today in Asia/Shanghai. */
  on: z.iso.date().optional(),
  fanOut: z.boolean().default(false),
});

export function filingSchedule(deps: () => Deps) {
  return async (event: unknown) => {
    const input = scheduleInput.parse(event ?? {});
    const now = new Date();
    const on = input.on ?? shanghaiDate(now);
    const result = input.fanOut ? await enqueueDailyScan(deps(), 'filing', on) : await runDailyScan(deps(), 'filing', on, now);
    // Reminders after flags: the overdue state they escalate is then recorded (fanned out: recomputed by the rules).
    const reminders = await dailyReminders('filing', on, now);
    log('info', 'filing schedule', { ...result, reminders });
    return { ...result, reminders };
  };
}
