/**
 * budget-gate records (资金闸口): overrides and judgement decisions by the authority. A function apart from the
 * checks (services/budget-gate): each record is a lifecycle change that recomputes obligations with the pre-review
 * and deadline rules, which the check's answer path then neither bundles nor loads (decision 191).
 */
import { recordGateDecision, recordOverride } from '@gov/domain';
import { byEventSource, httpRouter } from '@gov/http';
import { gateRoutes } from '@gov/schemas';
import { idempotent } from './wiring.js';

export const http = httpRouter(gateRoutes, {
  'POST /v1/budget-gate/overrides': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordOverride(d, caller, body, new Date()) })),
  'POST /v1/budget-gate/decisions': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordGateDecision(d, caller, body, new Date()) })),
});

export const handler = byEventSource({ http });
