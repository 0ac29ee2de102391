/**
 * The OpenAPI document of the HTTP API, generated from the same zod schemas the handlers validate with, served at
 * GET /v1/openapi.json. Every route of serverless.yml must be listed in `apiRoutes` (a test checks it).
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from './zod.js';
import { applicationSchema } from './application.js';
import { reviewSchema } from './review.js';

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
  /** Success status and a description of its body. */
  success: { status: 200 | 201 | 202; description: string; schema?: z.ZodType };
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
      message: z.string().openapi({ example: '请求内容未通过校验' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');

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
  .openapi('ProjectSummary');

const idParam = z.object({ id: z.string().min(1).max(100) });
const anyObject = z.object({}).passthrough();

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
    headers: z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }),
    success: { status: 202, description: '已受理,进入分类与预审', schema: projectSummary },
  },
  {
    method: 'get', path: '/v1/projects', summary: '项目列表(部门看本部门,审核/审计看本辖区)', roles: ['department', 'bureau', 'auditor', 'admin'],
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).optional(), cursor: z.string().optional() }),
    success: { status: 200, description: '项目摘要分页', schema: z.object({ items: z.array(projectSummary), nextCursor: z.string().nullable() }) },
  },
  { method: 'get', path: '/v1/projects/{id}', summary: '项目详情:状态、分类、预审结论及规则依据', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '项目', schema: anyObject } },
  {
    method: 'put', path: '/v1/projects/{id}', summary: '修改后重新提交退回的申报', roles: ['department'], body: applicationSchema,
    headers: z.object({ 'if-match': z.string().optional() }),
    success: { status: 202, description: '已受理,重新分类与预审', schema: projectSummary },
  },
  { method: 'get', path: '/v1/projects/{id}/events', summary: '项目事件日志(只增不改,哈希链)', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '按顺序的事件', schema: z.object({ items: z.array(anyObject) }) } },
  { method: 'post', path: '/v1/projects/{id}/reviews', summary: '审核人员记录审核决定与审核意见', roles: ['bureau'], body: reviewSchema, headers: z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }), success: { status: 200, description: '新的预审结论', schema: anyObject } },
  { method: 'get', path: '/v1/rule-packs', summary: '规则包列表', roles: ['department', 'bureau', 'finance', 'auditor', 'admin'], success: { status: 200, description: '各辖区规则包及其效力', schema: anyObject } },
  { method: 'get', path: '/v1/rule-packs/{jurisdiction}', summary: '规则包明细:每条规则的编号、条款、关键表述、检查类型、是否已实现', roles: ['department', 'bureau', 'finance', 'auditor', 'admin'], success: { status: 200, description: '规则清单', schema: anyObject } },
  {
    method: 'get', path: '/v1/audit/chains', summary: '校验事件哈希链(只读):单个项目,或项目库的一页(nextCursor 续查),指出第一处断裂;审计人员限本辖区', roles: ['auditor', 'admin'],
    query: z.object({ projectId: z.string().optional(), jurisdiction: z.string().optional(), cursor: z.string().optional(), limit: z.coerce.number().int().min(1).max(100).optional() }),
    success: { status: 200, description: '校验结果', schema: anyObject },
  },
  { method: 'get', path: '/v1/openapi.json', summary: '本接口文档', roles: 'public', success: { status: 200, description: 'OpenAPI 3.1 文档', schema: anyObject } },
);

export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const config: RouteConfig = {
      method: r.method,
      path: r.path,
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
        [r.success.status]: { description: r.success.description, content: { 'application/json': { schema: r.success.schema ?? anyObject } } },
        ...(r.body || r.query ? { 400: { description: '请求无效(JSON 或校验错误)', content: { 'application/json': { schema: errorSchema } } } } : {}),
        ...(r.roles === 'public' ? {} : {
          401: { description: '缺少或无效的令牌', content: { 'application/json': { schema: errorSchema } } },
          403: { description: '角色无权调用', content: { 'application/json': { schema: errorSchema } } },
        }),
        ...(pathParams.length ? { 404: { description: '不存在或无权查看', content: { 'application/json': { schema: errorSchema } } } } : {}),
      },
    };
    registry.registerPath(config);
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: '政务信息化项目全生命周期管理 API', version: '1.0.0', description: '错误格式:{"error":{"code","message","details":[{"path","message"}]}};金额以元为单位的字符串,最多两位小数。' },
    servers: [{ url: '/' }],
  });
}
