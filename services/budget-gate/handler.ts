/** budget-gate (资金闸口): Q1/Q2 checks for finance systems. Overrides and decisions: services/budget-gate-records. */
import { checkGate } from '@gov/domain';
import { byEventSource, httpRouter } from '@gov/http';
import { count, Metric, milliseconds } from '@gov/observability';
import { gateRoutes } from '@gov/schemas';
import { yuanGateFacts } from '../moneyView.js';
import { deps } from './wiring.js';

export const http = httpRouter(gateRoutes, {
  'POST /v1/budget-gate/checks': async ({ caller, body }) => {
    const started = Date.now();
    const answer = await checkGate(deps(), caller, body, new Date());
    milliseconds(Metric.gateLatency, Date.now() - started);
    count(Metric.gateDecisions, 1, { Answer: answer.answer });
    return { status: 200, body: { ...answer, facts: yuanGateFacts(answer.facts) } };
  },
});

export const handler = byEventSource({ http });
