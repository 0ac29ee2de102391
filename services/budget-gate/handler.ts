/** budget-gate (资金闸口): Q1/Q2 checks for finance systems; overrides and judgement decisions by the authority. */
import { checkGate, recordGateDecision, recordOverride } from '@gov/domain';
import { byEventSource, httpRouter, route } from '@gov/http';
import { count, Metric, milliseconds } from '@gov/observability';
import { gateCheckSchema, gateDecisionSchema, gateOverrideSchema } from '@gov/schemas';
import { yuanGateFacts } from '../moneyView.js';
import { deps, idempotent } from './wiring.js';

const http = httpRouter({
  'POST /v1/budget-gate/checks': route({
    roles: ['finance', 'admin'],
    body: gateCheckSchema,
    async handle({ caller, body }) {
      const started = Date.now();
      const answer = await checkGate(deps(), caller, body, new Date());
      milliseconds(Metric.gateLatency, Date.now() - started);
      count(Metric.gateDecisions, 1, { Answer: answer.answer });
      return { status: 200, body: { ...answer, facts: yuanGateFacts(answer.facts) } };
    },
  }),
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
