/** intake (申报受理): thin HTTP handlers over the domain. */
import { auditChainsFor, eventsFor, JURISDICTIONS, projectFor, projectListFor, projectView, resubmitApplication, reviewQueueFor, submitApplication, type ProjectState } from '@gov/domain';
import { ApiError, byEventSource, httpRouter, route } from '@gov/http';
import { count, Metric } from '@gov/observability';
import { applicationSchema, idempotencyKeySchema, openApiDocument, projectListQuerySchema, reviewQueueQuerySchema, z } from '@gov/schemas';
import { deps } from './wiring.js';
import { yuanEvent, yuanProject } from '../moneyView.js';

const auditQuery = z
  .object({
    projectId: z.string().min(1).max(100).optional(),
    jurisdiction: z.enum(JURISDICTIONS).optional(),
    cursor: z.string().max(4000).regex(/^[A-Za-z0-9_-]+$/, '游标格式不正确').optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();


function summary(p: ProjectState) {
  return { id: p.id, status: p.status, version: p.version, jurisdiction: p.jurisdiction, departmentId: p.departmentId, name: p.application.name, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })));
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

const http = httpRouter({
  'GET /v1/openapi.json': route({
    roles: 'public',
    async handle() {
      openApi ??= await openApiDocument();
      return { status: 200, body: openApi };
    },
  }),
  'POST /v1/projects': route({
    roles: ['department'],
    body: applicationSchema,
    async handle({ caller, body, headers }) {
      const key = headers['idempotency-key'] === undefined ? undefined : parsed(idempotencyKeySchema, headers['idempotency-key'], 'headers.idempotency-key');
      const { project, created } = await submitApplication(deps(), caller, body, key, new Date());
      if (created) count(Metric.submissions);
      return {
        status: 202,
        headers: { location: `/v1/projects/${project.id}`, ...(created ? {} : { 'idempotent-replayed': 'true' }) },
        body: { ...summary(project), message: '申报已受理,正在分类和预审' },
      };
    },
  }),
  'PUT /v1/projects/{id}': route({
    roles: ['department'],
    body: applicationSchema,
    async handle({ caller, body, params, headers }) {
      const ifMatch = headers['if-match'] === undefined ? undefined : parsed(z.coerce.number().int().min(1), headers['if-match'].replace(/"/g, ''), 'headers.if-match');
      const project = await resubmitApplication(deps(), caller, params.id, body, ifMatch, new Date());
      return { status: 202, headers: { location: `/v1/projects/${project.id}` }, body: { ...summary(project), message: '修改后的申报已受理,正在重新分类和预审' } };
    },
  }),
  'GET /v1/projects': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, query }) {
      const { limit, cursor, ...filters } = parsed(projectListQuerySchema, query, 'query');
      const page = await paging(() => projectListFor(deps(), caller, filters, limit, cursor));
      return { status: 200, body: { items: page.items.map(summary), nextCursor: page.nextCursor ?? null } };
    },
  }),
  'GET /v1/review-queue': route({
    roles: ['bureau', 'auditor', 'admin'],
    async handle({ caller, query }) {
      const q = parsed(reviewQueueQuerySchema, query, 'query');
      const page = await paging(() => reviewQueueFor(deps(), caller, q.limit, q.cursor, q.department));
      const items = page.items.map((e) => ({ project: summary(e.project), waitingSince: e.project.updatedAt, items: e.items }));
      return { status: 200, body: { items, nextCursor: page.nextCursor ?? null } };
    },
  }),
  'GET /v1/projects/{id}': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, params }) {
      const p = projectView(caller, await projectFor(deps(), caller, params.id));
      const { requestHash: _h, idempotencyKey: _k, ...visible } = p;
      return { status: 200, body: yuanProject(visible) };
    },
  }),
  'GET /v1/audit/chains': route({
    roles: ['auditor', 'admin'],
    async handle({ caller, query }) {
      const q = parsed(auditQuery, query, 'query');
      // The library a page at a time (a whole-library audit in one request outlasted the function's timeout).
      try {
        return { status: 200, body: await auditChainsFor(deps(), caller, q) };
      } catch (e) {
        if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '审计游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
        throw e;
      }
    },
  }),
  'GET /v1/projects/{id}/events': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, params }) {
      return { status: 200, body: { items: (await eventsFor(deps(), caller, params.id)).map(yuanEvent) } };
    },
  }),
});

export const handler = byEventSource({ http });
