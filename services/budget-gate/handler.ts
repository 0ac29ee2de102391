/** budget-gate (资金闸口): pending — see issue 5. Answers 501 so callers get a clear, honest error meanwhile. */
import { ApiError, byEventSource, httpRouter, route } from '@gov/http';

const pending = route({ roles: ['finance', 'admin'], async handle() { throw new ApiError(501, 'NOT_IMPLEMENTED', '资金闸口接口尚未开放'); } });
export const handler = byEventSource({ http: httpRouter({ 'POST /v1/budget-gate/checks': pending }) });
