/** acceptance-tracker (验收跟踪): pending — see issue 5. HTTP answers 501; the schedule logs that it has nothing to scan yet. */
import { ApiError, byEventSource, httpRouter, log, route } from '@gov/http';

const pending = route({ roles: ['department', 'bureau', 'auditor', 'admin'], async handle() { throw new ApiError(501, 'NOT_IMPLEMENTED', '验收跟踪接口尚未开放'); } });
export const handler = byEventSource({
  http: httpRouter({ 'POST /v1/projects/{id}/milestones': pending, 'POST /v1/systems/{id}/usage': pending, 'GET /v1/flags': pending }),
  schedule: async (event) => { log('warn', 'acceptance-tracker schedule: deadline scan not implemented yet', { event }); return { scanned: 0 }; },
});
