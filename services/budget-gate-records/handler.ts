/**
 * budget-gate records (资金闸口): overrides and judgement decisions by the authority. A function apart from the
 * checks (services/budget-gate): each record is a lifecycle change that recomputes obligations with the pre-review
 * and deadline rules, which the check's answer path then neither bundles nor loads (decision 191).
 */
import { recordGateDecision, recordOverride } from '@gov/domain';
import { byEventSource, httpRouter, route } from '@gov/http';
import { gateDecisionSchema, gateOverrideSchema } from '@gov/schemas';
import { idempotent } from './wiring.js';

const http = httpRouter({
  'POST /v1/budget-gate/overrides': route({
    roles: ['bureau', 'admin'],
    body: gateOverrideSchema,
    handle: idempotent('POST /v1/budget-gate/overrides', async ({ caller, body }, d) => ({ status: 201, body: await recordOverride(d, caller, body, new Date()) })),
  }),
  'POST /v1/budget-gate/decisions': route({
    roles: ['bureau', 'admin'],
    body: gateDecisionSchema,
    handle: idempotent('POST /v1/budget-gate/decisions', async ({ caller, body }, d) => ({ status: 201, body: await recordGateDecision(d, caller, body, new Date()) })),
  }),
});

export const handler = byEventSource({ http });
