/**
 * 年度计划 (issue 14): the call, the draft, finance's envelope, approvals, issue (下达), adjustment, temporary
 * additions, reports and exports. Its own function: the plan is its own aggregate and none of the other functions'
 * triggers concern it (docs/decisions/070). The XLSX workbook export is the plans-export function (decision 190).
 */
import {
  addTemporaryLine, issuePlan, openPlanAdjustment, openPlanCall, planEvents, planForOffice, planReport, readPlan,
  paymentsFromEvents, recordPlanApproval, removePlanLine, setPlanEnvelope, setPlanLine, submitPlanForApproval, yuan, type Caller, type WriteContext,
} from '@gov/domain';
import { byEventSource, httpRouter, type HttpRequest } from '@gov/http';
import { planRoutes } from '@gov/schemas';
import { planHtml } from './export.js';
import { deps } from './wiring.js';

const MONEY_KEYS = new Set(['amount', 'total', 'planned', 'library', 'paid']);
const MONEY_MAPS = new Set(['byDepartment', 'byCategory', 'byFundingSource']);

/** Every amount as a 元 string: fen stay inside. */
export function present(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => present(x));
  if (v && typeof v === 'object') {
    if (MONEY_MAPS.has(key) && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'number' ? yuan(x) : present(x, k)]));
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, present(x, k)]));
  }
  return typeof v === 'number' && MONEY_KEYS.has(key) ? yuan(v) : v;
}

/** The plan's write context; the Idempotency-Key is the declared header, validated by the router. */
function ctx(req: HttpRequest<unknown, unknown, { 'idempotency-key'?: string }>): WriteContext {
  return { store: deps().plans, caller: req.caller as Caller, key: req.headers['idempotency-key'], now: new Date() };
}

const ok = (body: unknown, status = 200) => ({ status, body: present(body) });
const write = <T>(run: (c: WriteContext, id: string, body: T) => Promise<{ id: string }>) =>
  async (req: HttpRequest<T, unknown, { 'idempotency-key'?: string }>) => {
    const c = ctx(req);
    const p = await run(c, req.params.id, req.body);
    return ok(await readPlan(c.store, c.caller, p.id));
  };

export const http = httpRouter(planRoutes, {
  'POST /v1/plan-calls': async (req) => {
    const c = ctx(req);
    const p = await openPlanCall(c, req.body);
    return { status: 201, headers: { location: `/v1/plans/${p.id}` }, body: present(await readPlan(c.store, c.caller, p.id)) };
  },
  'GET /v1/plans/{id}': async (req) => ok(await readPlan(deps().plans, req.caller as Caller, req.params.id)),
  'GET /v1/plans/{id}/events': async (req) => ok({ items: await planEvents(deps().plans, req.caller as Caller, req.params.id) }),
  'PUT /v1/plans/{id}/lines': write(setPlanLine),
  'POST /v1/plans/{id}/line-removals': write(removePlanLine),
  'PUT /v1/plans/{id}/envelope': write(setPlanEnvelope),
  'POST /v1/plans/{id}/submissions': write(submitPlanForApproval),
  'POST /v1/plans/{id}/approvals': write(recordPlanApproval),
  'POST /v1/plans/{id}/issue': write(issuePlan),
  'POST /v1/plans/{id}/adjustments': write(openPlanAdjustment),
  'POST /v1/plans/{id}/temporary-additions': write(addTemporaryLine),
  // Paid money comes from each plan project's recorded payment milestones, counted within the plan's year.
  'GET /v1/plans/{id}/report': async (req) => ok(await planReport(deps().plans, req.caller as Caller, req.params.id, async (pid) => paymentsFromEvents(await deps().projects.events(pid)))),
  'GET /v1/plans/{id}/print': async (req) => {
    const p = await planForOffice(deps().plans, req.caller as Caller, req.params.id);
    return { status: 200, body: null, raw: { contentType: 'text/html; charset=utf-8', text: planHtml(p) } };
  },
});

// Through byEventSource like every function: logging context, correlation id, cold start and tracing (decision 035).
export const handler = byEventSource({ http });
