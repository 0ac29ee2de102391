/** budget-gate (资金闸口): Q1/Q2 checks for finance systems; overrides and judgement decisions by the authority. */
import { checkGate, recordGateDecision, recordOverride } from '@gov/domain';
import { byEventSource, httpRouter } from '@gov/http';
import { count, Metric, milliseconds } from '@gov/observability';
import { gateRoutes } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';

export const http = httpRouter(gateRoutes, {
  'POST /v1/budget-gate/checks': async ({ caller, body }) => {
    const started = Date.now();
    const answer = await checkGate(deps(), caller, body, new Date());
    milliseconds(Metric.gateLatency, Date.now() - started);
    count(Metric.gateDecisions, 1, { Answer: answer.answer });
    return { status: 200, body: answer };
  },
  'POST /v1/budget-gate/overrides': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordOverride(d, caller, body, new Date()) })),
  'POST /v1/budget-gate/decisions': idempotent(async ({ caller, body }, d) => ({ status: 201, body: await recordGateDecision(d, caller, body, new Date()) })),
});

export const handler = byEventSource({ http });
