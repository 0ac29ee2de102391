/**
 * 年度计划 (issue 14): the call, the draft, finance's envelope, approvals, issue (下达), adjustment, temporary
 * additions, reports and exports. Its own function: the plan is its own aggregate and none of the other functions'
 * triggers concern it (docs/decisions/070). The XLSX workbook export is the plans-export function (decision 190).
 */
import {
  addTemporaryLine, issuePlan, openPlanAdjustment, openPlanCall, planEvents, planForOffice, planReport, readPlan,
  paymentsFromEvents, recordPlanApproval, removePlanLine, setPlanEnvelope, setPlanLine, submitPlanForApproval, yuan, type Caller, type WriteContext,
} from '@gov/domain';
import { ApiError, byEventSource, httpRouter, route, zodDetails, type HttpRequest } from '@gov/http';
import {
  idempotencyKeySchema, planAdjustmentSchema, planApprovalSchema, planCallSchema, planEnvelopeSchema, planIssueSchema, planLineRemovalSchema,
  planLineSchema, planSubmissionSchema, planTemporarySchema,
} from '@gov/schemas';
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

function ctx(req: HttpRequest<unknown>): WriteContext {
  const raw = req.headers['idempotency-key'];
  let key: string | undefined;
  if (raw !== undefined) {
    const k = idempotencyKeySchema.safeParse(raw);
    if (!k.success) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', zodDetails(k.error).map((d) => ({ ...d, path: 'headers.idempotency-key' })));
    key = k.data;
  }
  return { store: deps().plans, caller: req.caller as Caller, key, now: new Date() };
}

const ok = (body: unknown, status = 200) => ({ status, body: present(body) });
const write = <T>(run: (c: WriteContext, id: string, body: T) => Promise<{ id: string }>) =>
  async (req: HttpRequest<T>) => {
    const c = ctx(req);
    const p = await run(c, req.params.id, req.body);
    return ok(await readPlan(c.store, c.caller, p.id));
  };

const OFFICES = ['bureau', 'finance', 'auditor', 'admin'] as const;

const http = httpRouter({
  'POST /v1/plan-calls': route({
    roles: ['bureau'],
    body: planCallSchema,
    async handle(req) {
      const c = ctx(req);
      const p = await openPlanCall(c, req.body);
      return { status: 201, headers: { location: `/v1/plans/${p.id}` }, body: present(await readPlan(c.store, c.caller, p.id)) };
    },
  }),
  'GET /v1/plans/{id}': route({
    roles: ['department', ...OFFICES],
    handle: async (req) => ok(await readPlan(deps().plans, req.caller as Caller, req.params.id)),
  }),
  'GET /v1/plans/{id}/events': route({
    roles: [...OFFICES],
    handle: async (req) => ok({ items: await planEvents(deps().plans, req.caller as Caller, req.params.id) }),
  }),
  'PUT /v1/plans/{id}/lines': route({ roles: ['bureau'], body: planLineSchema, handle: write(setPlanLine) }),
  'POST /v1/plans/{id}/line-removals': route({ roles: ['bureau'], body: planLineRemovalSchema, handle: write(removePlanLine) }),
  'PUT /v1/plans/{id}/envelope': route({ roles: ['finance'], body: planEnvelopeSchema, handle: write(setPlanEnvelope) }),
  'POST /v1/plans/{id}/submissions': route({ roles: ['bureau'], body: planSubmissionSchema, handle: write(submitPlanForApproval) }),
  'POST /v1/plans/{id}/approvals': route({ roles: ['admin'], body: planApprovalSchema, handle: write(recordPlanApproval) }),
  'POST /v1/plans/{id}/issue': route({ roles: ['bureau'], body: planIssueSchema, handle: write(issuePlan) }),
  'POST /v1/plans/{id}/adjustments': route({ roles: ['bureau'], body: planAdjustmentSchema, handle: write(openPlanAdjustment) }),
  'POST /v1/plans/{id}/temporary-additions': route({ roles: ['bureau'], body: planTemporarySchema, handle: write(addTemporaryLine) }),
  'GET /v1/plans/{id}/report': route({
    roles: [...OFFICES],
    // Paid money comes from each plan project's recorded payment milestones, counted within the plan's year.
    handle: async (req) => ok(await planReport(deps().plans, req.caller as Caller, req.params.id, async (pid) => paymentsFromEvents(await deps().projects.events(pid)))),
  }),
  'GET /v1/plans/{id}/print': route({
    roles: [...OFFICES],
    async handle(req) {
      const p = await planForOffice(deps().plans, req.caller as Caller, req.params.id);
      return { status: 200, body: null, raw: { contentType: 'text/html; charset=utf-8', text: planHtml(p) } };
    },
  }),
});

// Through byEventSource like every function: logging context, correlation id, cold start and tracing (decision 035).
export const handler = byEventSource({ http });
