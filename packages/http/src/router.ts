/**
 * The HTTP stack every function shares (middy): bearer-token auth, role check, JSON body parsing, zod validation,
 * the error shape of design.md and security headers. A handler only sees a validated request and a caller.
 */
import middy from '@middy/core';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { z } from 'zod';
import { ApiError, errorBody, forbidden, notFound } from './errors.js';
import { verifyBearer, type Caller, type Role } from './auth.js';
import { parseJsonBody } from './jsonBody.js';
import { apiRoutes } from '@gov/schemas';
import { log } from '@gov/observability';

export interface HttpRequest<B> {
  caller: Caller;
  body: B;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  requestId: string;
}

export interface HttpResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A non-JSON answer (a workbook, a printable page): sent as is, binary content base64-encoded. */
  raw?: { contentType: string; text?: string; bytes?: Uint8Array };
}

export interface Route<S extends z.ZodType | undefined = z.ZodType | undefined> {
  /** Roles allowed to call the route at all; finer checks (own department, own jurisdiction) live in the domain. */
  roles: readonly Role[] | 'public';
  body?: S;
  handle(req: HttpRequest<S extends z.ZodType ? z.output<S> : undefined>): Promise<HttpResult>;
}

export function route<S extends z.ZodType | undefined = undefined>(r: Route<S>): Route<S> {
  return r;
}

const MAX_PATH_PARAM_BYTES = 512;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first object key named __proto__, constructor or prototype anywhere in a parsed body, or
 * undefined. Such keys are never data here, and an own `constructor` key makes the DynamoDB marshaller take the
 * object for a class instance (500). Iterative, so 1,000 levels of nesting cost no stack.
 */
export function reservedKeyPath(value: unknown): string | undefined {
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (RESERVED_KEYS.has(k)) return p;
      stack.push({ v: (v as Record<string, unknown>)[k], path: p });
    }
  }
  return undefined;
}

/**
 * The query parameters each route documents in the OpenAPI document ("GET /v1/flags" → limit, cursor …); every other
 * route takes none. A parameter the route does not know is refused rather than ignored: a misspelt filter
 * (`?departmnet=D001`) would otherwise silently answer for everything.
 */
let queryKeys: Map<string, Set<string>> | undefined;
function allowedQuery(key: string): Set<string> {
  queryKeys ??= new Map(apiRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, new Set(Object.keys(r.query?.shape ?? {}))]));
  return queryKeys.get(key) ?? new Set();
}

function checkQuery(key: string, event: APIGatewayProxyEvent): void {
  const allowed = allowedQuery(key);
  const details: { path: string; message: string }[] = [];
  for (const name of Object.keys(event.queryStringParameters ?? {})) {
    if (!allowed.has(name)) details.push({ path: `query.${name}`, message: allowed.size ? `未知的查询参数,可用:${[...allowed].join('、')}` : '此接口不接受查询参数' });
    else if ((event.multiValueQueryStringParameters?.[name]?.length ?? 1) > 1) details.push({ path: `query.${name}`, message: '查询参数只能出现一次' });
  }
  if (details.length) throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', details);
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function zodDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/** Routes keyed by "METHOD /resource/{param}" as API Gateway names them. */
export function httpRouter(routes: Record<string, Route<any>>) {
  const base = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const started = Date.now();
    const key = `${event.httpMethod} ${event.resource}`;
    const requestId = context?.awsRequestId ?? event.requestContext?.requestId ?? 'local';
    let caller: Caller | undefined;
    try {
      const r = routes[key];
      if (!r) throw notFound(`未找到接口 ${event.httpMethod} ${String(event.path ?? event.resource).slice(0, 200)}`);
      const headers = lowerCase(event.headers);
      if (r.roles !== 'public') {
        caller = await verifyBearer(headers.authorization);
        if (!r.roles.includes(caller.role)) throw forbidden(`角色 ${caller.role} 无权调用此接口`);
      }
      // No stored id is anywhere near this long; DynamoDB would refuse such a key (500) rather than find nothing.
      for (const v of Object.values(event.pathParameters ?? {})) {
        if (typeof v === 'string' && Buffer.byteLength(v) > MAX_PATH_PARAM_BYTES) throw notFound('资源不存在');
      }
      checkQuery(key, event);
      let body: unknown;
      if (r.body) {
        const raw = parseJsonBody(headers['content-type'], event.body, event.isBase64Encoded);
        const reserved = reservedKeyPath(raw);
        if (reserved) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: reserved, message: '键名不可为 __proto__、constructor 或 prototype' }]);
        const parsed = r.body.safeParse(raw);
        if (!parsed.success) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', zodDetails(parsed.error));
        body = parsed.data;
      }
      const result = await r.handle({
        caller: caller as Caller,
        body,
        params: (event.pathParameters ?? {}) as Record<string, string>,
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
        headers,
        requestId,
      });
      log('info', 'http', { route: key, status: result.status, ms: Date.now() - started, requestId, sub: caller?.sub, role: caller?.role });
      if (result.raw) {
        const { contentType, text, bytes } = result.raw;
        const headers = { 'content-type': contentType, 'cache-control': 'no-store', ...result.headers };
        return bytes
          ? { statusCode: result.status, headers, body: Buffer.from(bytes).toString('base64'), isBase64Encoded: true }
          : { statusCode: result.status, headers, body: text ?? '' };
      }
      return { statusCode: result.status, headers: { ...JSON_HEADERS, ...result.headers }, body: JSON.stringify(result.body) };
    } catch (e) {
      const api = asApiError(e);
      if (api) {
        const e = api;
        log(e.status >= 500 ? 'error' : 'info', 'http', { route: key, status: e.status, code: e.code, ms: Date.now() - started, requestId, sub: caller?.sub });
        return { statusCode: e.status, headers: JSON_HEADERS, body: errorBody(e) };
      }
      log('error', 'http unhandled', { route: key, requestId, error: String(e), stack: (e as Error)?.stack });
      const internal = new ApiError(500, 'INTERNAL', `服务器内部错误,请稍后重试(请求号 ${requestId})`);
      return { statusCode: 500, headers: JSON_HEADERS, body: errorBody(internal) };
    }
  };
  return middy(base).use(httpSecurityHeaders());
}

/** ApiError, or a domain error carrying a 4xx `status` and a `code`. */
function asApiError(e: unknown): ApiError | undefined {
  if (e instanceof ApiError) return e;
  const d = e as { status?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (d && typeof d.status === 'number' && d.status >= 400 && d.status < 500 && typeof d.code === 'string') {
    return new ApiError(d.status, d.code, String(d.message), Array.isArray(d.details) ? d.details : []);
  }
  return undefined;
}

function lowerCase(h: APIGatewayProxyEvent['headers'] | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}
