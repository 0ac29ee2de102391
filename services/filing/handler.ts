/** filing (备案): POST /v1/filings; the daily scan of overdue filings. */
import { runDailyScan, shanghaiDate, submitFiling } from '@gov/domain';
import { byEventSource, httpRouter, log } from '@gov/http';
import { filingRoutes, z } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';
import { dailyReminders } from '../reminders.js';

const scheduleInput = z.object({ job: z.literal('daily-filing-scan').default('daily-filing-scan'), on: z.iso.date().optional() });

export const http = httpRouter(filingRoutes, {
  'POST /v1/filings': idempotent(async ({ caller, body }, d) => {
    const r = await submitFiling(d, caller, body, new Date());
    return { status: 201, headers: { location: `/v1/projects/${r.projectId}/events` }, body: r };
  }),
});

export const handler = byEventSource({
  http,
  schedule: async (event) => {
    const input = scheduleInput.parse(event ?? {});
    const now = new Date();
    const on = input.on ?? shanghaiDate(now);
    const result = await runDailyScan(deps(), 'filing', on, now);
    // Reminders after flags: the overdue state they escalate is then recorded.
    const reminders = await dailyReminders('filing', on, now);
    log('info', 'filing schedule', { ...result, reminders });
    return { ...result, reminders };
  },
});
