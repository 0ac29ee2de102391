/** filing (备案): pending — see issue 5. HTTP answers 501; the schedule logs that it has nothing to scan yet. */
import { ApiError, byEventSource, httpRouter, log, route } from '@gov/http';

const pending = route({ roles: ['department', 'bureau', 'admin'], async handle() { throw new ApiError(501, 'NOT_IMPLEMENTED', '备案接口尚未开放'); } });
export const handler = byEventSource({
  http: httpRouter({ 'POST /v1/filings': pending }),
  schedule: async (event) => { log('warn', 'filing schedule: filing scan not implemented yet', { event }); return { scanned: 0 }; },
});
