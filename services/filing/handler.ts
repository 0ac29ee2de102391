/** filing (备案): POST /v1/filings; the daily scan of overdue filings. */
import { submitFiling } from '@gov/domain';
import { byEventSource, httpRouter, route } from '@gov/http';
import { filingSchema } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';
import { filingSchedule } from './schedule.js';

const http = httpRouter({
  'POST /v1/filings': route({
    roles: ['department', 'bureau', 'admin'],
    body: filingSchema,
    handle: idempotent('POST /v1/filings', async ({ caller, body }, d) => {
      const r = await submitFiling(d, caller, body, new Date());
      return { status: 201, headers: { location: `/v1/projects/${r.projectId}/events` }, body: r };
    }),
  }),
});

export const handler = byEventSource({
  http,
  schedule: filingSchedule(deps),
});
