/** filing (备案): POST /v1/filings; the daily scan of overdue filings. */
import { submitFiling } from '@gov/domain';
import { byEventSource, httpRouter } from '@gov/http';
import { filingRoutes } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';
import { filingSchedule } from './schedule.js';

export const http = httpRouter(filingRoutes, {
  'POST /v1/filings': idempotent(async ({ caller, body }, d) => {
    const r = await submitFiling(d, caller, body, new Date());
    return { status: 201, headers: { location: `/v1/projects/${r.projectId}/events` }, body: r };
  }),
});

export const handler = byEventSource({
  http,
  schedule: filingSchedule(deps),
});
