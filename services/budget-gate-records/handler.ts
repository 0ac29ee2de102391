/**
 * budget-gate records (资金闸口): overrides and judgement decisions by the authority. A function apart from the
 * checks (services/budget-gate): each record is a lifecycle change that recomputes obligations with the pre-review
 * and deadline rules, which the check's answer path then neither bundles nor loads (decision 191).
 */
import { gateChecksFor, recordGateDecision, recordOverride } from '@gov/domain';
import { ApiError, byEventSource, httpRouter } from '@gov/http';
import { gateRoutes } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';
import { yuanGateRequest } from '../moneyView.js';

/** A page read; a cursor the store did not make is a 400, not a 500. */
async function paging<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '分页游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
    throw e;
  }
}

export const http = httpRouter(gateRoutes, {
  // Read here rather than in the check's function: the answer path stays one read and one audit write (decision 183).
  'GET /v1/budget-gate/checks': async ({ caller, query: { projectId, systemId, limit, cursor } }) => {
    const subject = projectId !== undefined ? { projectId } : { systemId: systemId! };
    const r = await paging(() => gateChecksFor(deps(), caller, { ...subject, limit, ...(cursor ? { cursor } : {}) }));
    return { status: 200, body: { ...r, items: r.items.map((c) => ({ ...c, request: yuanGateRequest(c.request) })), nextCursor: r.nextCursor ?? null } };
  },
  'POST /v1/budget-gate/overrides': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordOverride(d, caller, body, new Date()) })),
  'POST /v1/budget-gate/decisions': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordGateDecision(d, caller, body, new Date()) })),
});

export const handler = byEventSource({ http });
