/** intake (申报受理): thin HTTP handlers over the domain. */
import { auditChainsFor, eventsFor, projectFilingsFor, projectFor, projectGateDecisionsFor, projectOverridesFor, projectListFor, projectView, resubmitApplication, reviewQueueFor, submitApplication, type ProjectState } from '@gov/domain';
import { ApiError, byEventSource, httpRouter } from '@gov/http';
import { count, Metric } from '@gov/observability';
import { auditRoutes, openApiDocument, projectRoutes, z } from '@gov/schemas';
import { deps } from './wiring.js';
import { filingView, yuanEvent, yuanProject } from '../moneyView.js';

function summary(p: ProjectState) {
  return { id: p.id, status: p.status, version: p.version, jurisdiction: p.jurisdiction, departmentId: p.departmentId, name: p.application.name, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

/** If-Match carries the version the department last read ("3" or the ETag form "\"3\""). */
const ifMatchVersion = z.coerce.number().int().min(1);

function parsedIfMatch(raw: string): number {
  const r = ifMatchVersion.safeParse(raw.replace(/"/g, ''));
  if (r.success) return r.data;
  throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', r.error.issues.map((i) => ({ path: 'headers.if-match', message: i.message })));
}

/** A page read; a cursor the store did not make is a 400, not a 500. */
async function paging<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '分页游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
    throw e;
  }
}

let openApi: unknown;

export const http = httpRouter({ ...projectRoutes, ...auditRoutes }, {
  'GET /v1/openapi.json': async () => {
    openApi ??= await openApiDocument();
    return { status: 200, body: openApi };
  },
  'POST /v1/projects': async ({ caller, body, headers }) => {
    const { project, created } = await submitApplication(deps(), caller, body, headers['idempotency-key'], new Date());
    if (created) count(Metric.submissions);
    return {
      status: 202,
      headers: { location: `/v1/projects/${project.id}`, ...(created ? {} : { 'idempotent-replayed': 'true' }) },
      body: { ...summary(project), message: '申报已受理,正在分类和预审' },
    };
  },
  'PUT /v1/projects/{id}': async ({ caller, body, params, headers }) => {
    const ifMatch = headers['if-match'] === undefined ? undefined : parsedIfMatch(headers['if-match']);
    const project = await resubmitApplication(deps(), caller, params.id, body, ifMatch, new Date());
    return { status: 202, headers: { location: `/v1/projects/${project.id}` }, body: { ...summary(project), message: '修改后的申报已受理,正在重新分类和预审' } };
  },
  'GET /v1/projects': async ({ caller, query: { limit, cursor, ...filters } }) => {
    const page = await paging(() => projectListFor(deps(), caller, filters, limit, cursor));
    return { status: 200, body: { items: page.items.map(summary), nextCursor: page.nextCursor ?? null } };
  },
  'GET /v1/review-queue': async ({ caller, query: q }) => {
    const page = await paging(() => reviewQueueFor(deps(), caller, q.limit, q.cursor, q.department));
    const items = page.items.map((e) => ({ project: summary(e.project), waitingSince: e.project.updatedAt, items: e.items }));
    return { status: 200, body: { items, nextCursor: page.nextCursor ?? null } };
  },
  'GET /v1/projects/{id}': async ({ caller, params }) => {
    const p = projectView(caller, await projectFor(deps(), caller, params.id));
    const { requestHash: _h, idempotencyKey: _k, ...visible } = p;
    return { status: 200, body: yuanProject(visible) };
  },
  // The library a page at a time (a whole-library audit in one request outlasted the function's timeout).
  'GET /v1/audit/chains': async ({ caller, query }) => {
    try {
      return { status: 200, body: await auditChainsFor(deps(), caller, query) };
    } catch (e) {
      if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '审计游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
      throw e;
    }
  },
  'GET /v1/projects/{id}/events': async ({ caller, params }) => ({ status: 200, body: { items: (await eventsFor(deps(), caller, params.id)).map(yuanEvent) } }),
  'GET /v1/projects/{id}/filings': async ({ caller, params, query }) => {
    const page = await paging(() => projectFilingsFor(deps(), caller, params.id, query));
    return { status: 200, body: { items: page.items.map((f) => ({ ...f, filing: filingView(f.filing) })), nextCursor: page.nextCursor ?? null } };
  },
  'GET /v1/projects/{id}/overrides': async ({ caller, params, query }) => {
    const page = await paging(() => projectOverridesFor(deps(), caller, params.id, query));
    return { status: 200, body: { items: page.items, nextCursor: page.nextCursor ?? null } };
  },
  'GET /v1/projects/{id}/gate-decisions': async ({ caller, params, query }) => {
    const page = await paging(() => projectGateDecisionsFor(deps(), caller, params.id, query));
    return { status: 200, body: { items: page.items, nextCursor: page.nextCursor ?? null } };
  },
});

export const handler = byEventSource({ http });
