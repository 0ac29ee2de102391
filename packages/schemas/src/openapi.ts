/**
 * The OpenAPI document of the HTTP API, generated from the same zod schemas the handlers validate with, served at
 * GET /v1/openapi.json, from the route declarations (declareRoutes.ts, routes.ts).
 */
import type { OpenApiGeneratorV31, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from './zod.js';
import { errorStatusesOf, operationIdOf, type ErrorStatus } from './declareRoutes.js';
import { apiRoutes } from './routes.js';
import { anyObject } from './responses.js';

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

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION_FAILED' }),
      message: z.string().meta({ example: '请求内容未通过校验' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

const idParam = z.object({ id: z.string().min(1).max(100) });

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** Asynchronous so that only the function serving the document (intake) loads the generator, on first use (decision 035). */
export async function openApiDocument(): Promise<OpenApiDocument> {
  const { OpenAPIRegistry, OpenApiGeneratorV31 } = await import('@asteasolutions/zod-to-openapi');
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const r of apiRoutes()) {
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
