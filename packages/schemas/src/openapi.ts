/**
 * The OpenAPI document of the HTTP API, generated from the same zod schemas the handlers validate with, served at
 * GET /v1/openapi.json. Every route of serverless.yml must be listed in `apiRoutes` (a test checks it).
 */
import type { OpenApiGeneratorV31, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from './zod.js';
import { applicationSchema } from './application.js';
import { reviewSchema } from './review.js';
import { idempotencyHeaders } from './idempotency.js';
import { projectListQuerySchema, reviewQueueQuerySchema } from './lists.js';
import { anyObject, chainVerificationSchema, eventSchema, projectDetailSchema, reviewRecordedSchema, rulePackListSchema, rulePackSchema } from './responses.js';

type Method = 'get' | 'post' | 'put';
type Role = 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';

export interface ApiRoute {
  method: Method;
  path: string;
  summary: string;
  roles: Role[] | 'public';
  body?: z.ZodType;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  /** Success status and a description of its body; `contentType` for a file (default JSON with `schema`). */
  success: { status: 200 | 201 | 202; description: string; schema?: z.ZodType; contentType?: string };
  /**
   * Error statuses this route answers beyond those its shape implies (see `errorStatusesOf`), e.g. 409 for a
   * state that does not allow the change, 422 for a request the domain cannot accept.
   */
  errors?: readonly ErrorStatus[];
  /** Defaults to one derived from the method and path (`operationIdOf`). */
  operationId?: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: '请求无效(JSON、参数或校验错误)',
  401: '缺少或无效的令牌',
  403: '角色无权调用',
  404: '不存在或无权查看',
  409: '与当前状态冲突(状态不允许、并发修改、同一 Idempotency-Key 的请求仍在处理)',
  413: '请求体过大',
  415: '请求体须为 application/json',
  422: '内容无法受理(如 Idempotency-Key 已用于另一请求、规则不适用)',
};

/**
 * Every status a route can answer with the error shape: 400 always (unknown query parameters are refused on every
 * route), 401/403 behind a token, 404 where a path names a resource, 413/415 with a body, 409/422 where an
 * Idempotency-Key is accepted, and what the route declares.
 */
export function errorStatusesOf(r: ApiRoute): ErrorStatus[] {
  const implied: ErrorStatus[] = [400];
  if (r.roles !== 'public') implied.push(401, 403);
  if (r.path.includes('{')) implied.push(404);
  if (r.body) implied.push(413, 415);
  if (r.headers?.shape['idempotency-key']) implied.push(409, 422);
  return [...new Set([...implied, ...(r.errors ?? [])])].sort((a, b) => a - b);
}

/** `post /v1/projects/{id}/reviews` → `postProjectsByIdReviews`: stable, unique per method and path. */
export function operationIdOf(r: Pick<ApiRoute, 'method' | 'path' | 'operationId'>): string {
  if (r.operationId) return r.operationId;
  const words = r.path.replace(/^\/v1\//, '').split(/[/.-]/).filter(Boolean)
    .map((w) => (w.startsWith('{') ? `By${w.slice(1, -1)}` : w))
    .map((w) => w[0].toUpperCase() + w.slice(1));
  return r.method + words.join('');
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION_FAILED' }),
      message: z.string().meta({ example: '请求内容未通过校验' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

const projectSummary = z
  .object({
    id: z.string(),
    status: z.enum(['submitted', 'classified', 'returned', 'rejected', 'pending_review', 'in_library']),
    version: z.number().int(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectSummary' });

/** A project in the reviewer's queue: its summary, since when it waits, and the judgement items (审核事项). */
const queuedProject = z
  .object({
    project: projectSummary,
    waitingSince: z.string(),
    items: z.array(z.object({ ruleId: z.string(), article: z.string(), message: z.string() }).passthrough()),
  })
  .meta({ id: 'QueuedProject' });

const idParam = z.object({ id: z.string().min(1).max(100) });

const routes: ApiRoute[] = [];

/** Adds routes to the document; each service's schemas module registers its own. */
export function registerRoutes(...r: ApiRoute[]): void {
  routes.push(...r);
}

export function apiRoutes(): readonly ApiRoute[] {
  return routes;
}

registerRoutes(
  {
    method: 'post', path: '/v1/projects', summary: '提交项目申报(项目单位)', roles: ['department'], body: applicationSchema,
    headers: idempotencyHeaders,
    success: { status: 202, description: '已受理,进入分类与预审', schema: projectSummary },
  },
  {
    method: 'get', path: '/v1/projects', summary: '项目列表(部门看本部门,审核/审计看本辖区)', roles: ['department', 'bureau', 'auditor', 'admin'],
    query: projectListQuerySchema,
    success: { status: 200, description: '项目摘要分页,按筛选条件(状态、阶段、类别、部门、年度、名称关键词);筛选后一页可能少于 limit 项,nextCursor 非空时继续', schema: z.object({ items: z.array(projectSummary), nextCursor: z.string().nullable() }) },
  },
  {
    method: 'get', path: '/v1/review-queue', summary: '审核队列:本辖区等待审核判断的项目,最早的在前,附待审核事项', roles: ['bureau', 'auditor', 'admin'],
    query: reviewQueueQuerySchema,
    success: { status: 200, description: '等待审核的项目及其审核事项分页', schema: z.object({ items: z.array(queuedProject), nextCursor: z.string().nullable() }).meta({ id: 'ReviewQueuePage' }) },
  },
  { method: 'get', path: '/v1/projects/{id}', summary: '项目详情:状态、分类、预审结论及规则依据', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '项目', schema: projectDetailSchema } },
  {
    method: 'put', path: '/v1/projects/{id}', summary: '修改后重新提交退回的申报', roles: ['department'], body: applicationSchema,
    headers: z.object({ 'if-match': z.string().optional() }),
    errors: [409],
    success: { status: 202, description: '已受理,重新分类与预审', schema: projectSummary },
  },
  { method: 'get', path: '/v1/projects/{id}/events', summary: '项目事件日志(只增不改,哈希链)', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '按顺序的事件', schema: z.object({ items: z.array(eventSchema) }) } },
  { method: 'post', path: '/v1/projects/{id}/reviews', summary: '审核人员记录审核决定与审核意见', roles: ['bureau'], body: reviewSchema, headers: idempotencyHeaders, success: { status: 200, description: '新的预审结论', schema: reviewRecordedSchema } },
  { method: 'get', path: '/v1/rule-packs', summary: '规则包列表', roles: ['department', 'bureau', 'finance', 'auditor', 'admin'], success: { status: 200, description: '各辖区规则包及其效力', schema: rulePackListSchema } },
  { method: 'get', path: '/v1/rule-packs/{jurisdiction}', summary: '规则包明细:每条规则的编号、条款、关键表述、检查类型、是否已实现', roles: ['department', 'bureau', 'finance', 'auditor', 'admin'], success: { status: 200, description: '规则清单', schema: rulePackSchema } },
  {
    method: 'get', path: '/v1/audit/chains', summary: '校验事件哈希链(只读):单个项目,或项目库的一页(nextCursor 续查),指出第一处断裂;审计人员限本辖区', roles: ['auditor', 'admin'],
    query: z.object({ projectId: z.string().optional(), jurisdiction: z.string().optional(), cursor: z.string().optional(), limit: z.coerce.number().int().min(1).max(100).optional() }),
    errors: [404],
    success: { status: 200, description: '校验结果', schema: chainVerificationSchema },
  },
  { method: 'get', path: '/v1/openapi.json', summary: '本接口文档', roles: 'public', success: { status: 200, description: 'OpenAPI 3.1 文档', schema: anyObject } },
);

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** Asynchronous so that only the function serving the document (intake) loads the generator, on first use (decision 035). */
export async function openApiDocument(): Promise<OpenApiDocument> {
  const { OpenAPIRegistry, OpenApiGeneratorV31 } = await import('@asteasolutions/zod-to-openapi');
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const config: RouteConfig = {
      method: r.method,
      path: r.path,
      operationId: operationIdOf(r),
      summary: r.summary,
      description: r.roles === 'public' ? '无需令牌' : `允许的角色:${r.roles.join('、')}`,
      security: r.roles === 'public' ? [] : [{ [bearer.name]: [] }],
      request: {
        ...(pathParams.length ? { params: pathParams.length === 1 && pathParams[0] === 'id' ? idParam : z.object(Object.fromEntries(pathParams.map((p) => [p, z.string()]))) } : {}),
        ...(r.query ? { query: r.query } : {}),
        ...(r.headers ? { headers: r.headers } : {}),
        ...(r.body ? { body: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
      },
      responses: {
        [r.success.status]: {
          description: r.success.description,
          content: r.success.contentType ? { [r.success.contentType]: { schema: z.string().meta({ format: 'binary' }) } } : { 'application/json': { schema: r.success.schema ?? anyObject } },
        },
        ...Object.fromEntries(errorStatusesOf(r).map((status) => [status, { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: errorSchema } } }])),
      },
    };
    registry.registerPath(config);
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: '政务信息化项目全生命周期管理 API', version: '1.0.0', license: { name: '委托开发,未对外授权', identifier: 'LicenseRef-Proprietary' }, description: '错误格式:{"error":{"code","message","details":[{"path","message"}]}};金额以元为单位的字符串,最多两位小数。' },
    servers: [{ url: '/' }],
  });
}
