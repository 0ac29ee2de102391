/**
 * The HTTP stack every function shares (middy): bearer-token auth, role check, JSON body parsing, zod validation,
 * the error shape of design.md and security headers, all from the route's declaration (docs/decisions/200). A
 * handler only sees a validated, typed request and a caller.
 */
import middy from '@middy/core';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { z } from 'zod';
import { ApiError, errorBody, forbidden, notFound } from './errors.js';
import { verifyBearer, type Caller } from './auth.js';
import { parseJsonBody } from './jsonBody.js';
import type { RouteDeclaration, RouteGroup, RouteKey } from '@gov/schemas';
import { log } from '@gov/observability';

export interface HttpRequest<B = unknown, Q = Record<string, string>, H = Record<string, never>> {
  caller: Caller;
  body: B;
  params: Record<string, string>;
  /** The declared query parameters, parsed by the declaration's schema ({} when the route takes none). */
  query: Q;
  /** Every request header, lower-cased, with the declared ones replaced by their parsed values. */
  headers: Record<string, string> & H;
  requestId: string;
  /** The route's declaration key, "POST /v1/projects/{id}/reviews". */
  route: RouteKey;
  /** The route's declaration (roles, schemas): what wrappers such as the idempotency one may read. */
  declared: RouteDeclaration;
}

export interface HttpResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A non-JSON answer (a workbook, a printable page): sent as is, binary content base64-encoded. */
  raw?: { contentType: string; text?: string; bytes?: Uint8Array };
}

type Parsed<D, K extends 'body' | 'query' | 'headers', Else> = D extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : Else;

/** The request a declared route's handler receives: body, query and declared headers typed from the declaration. */
export type RequestOf<D> = HttpRequest<Parsed<D, 'body', undefined>, Parsed<D, 'query', Record<string, never>>, Partial<Parsed<D, 'headers', Record<string, never>>>>;

export type RouteHandler<D> = (req: RequestOf<D>) => Promise<HttpResult>;

/** A function's handlers: a subset of the declared routes' keys (any other key is a type error). */
export type RouteHandlers<G extends RouteGroup> = { [K in keyof G]?: RouteHandler<G[K]> };

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
 * Only the query parameters the route declares: a parameter the route does not know is refused rather than ignored,
 * since a misspelt filter (`?departmnet=D001`) would otherwise silently answer for everything.
 */
function checkQuery(d: RouteDeclaration, event: APIGatewayProxyEvent): void {
  const allowed = Object.keys(d.query?.shape ?? {});
  const details: { path: string; message: string }[] = [];
  for (const name of Object.keys(event.queryStringParameters ?? {})) {
    if (!allowed.includes(name)) details.push({ path: `query.${name}`, message: allowed.length ? `未知的查询参数,可用:${allowed.join('、')}` : '此接口不接受查询参数' });
    else if ((event.multiValueQueryStringParameters?.[name]?.length ?? 1) > 1) details.push({ path: `query.${name}`, message: '查询参数只能出现一次' });
  }
  if (details.length) throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', details);
}

/** A declared schema's output, or a 400 naming `<where>.<field>`. */
function parsedAs(schema: z.ZodType, value: unknown, where: 'query' | 'headers'): unknown {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })));
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function zodDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/**
 * The HTTP entry of a function: the routes it serves out of their declarations (@gov/schemas `declareRoutes`), keyed
 * "METHOD /resource/{param}" as API Gateway names them. Roles, body, query and headers are checked here from the
 * declaration; a handler only sees a validated, typed request. `served` lists the keys (the serverless.yml check).
 */
export function httpRouter<G extends RouteGroup>(declared: G, handlers: NoInfer<RouteHandlers<G>>) {
  const served = Object.keys(handlers) as RouteKey[];
  for (const key of served) if (!Object.hasOwn(declared, key)) throw new Error(`${key} is served but not declared`);
  const base = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    const started = Date.now();
    const key = `${event.httpMethod} ${event.resource}` as RouteKey;
    const requestId = context?.awsRequestId ?? event.requestContext?.requestId ?? 'local';
    let caller: Caller | undefined;
    try {
      const d: RouteDeclaration | undefined = Object.hasOwn(handlers, key) ? declared[key] : undefined;
      const handle = (handlers as Record<string, (req: HttpRequest<unknown, unknown, unknown>) => Promise<HttpResult>>)[key];
      if (!d || !handle) throw notFound(`未找到接口 ${event.httpMethod} ${String(event.path ?? event.resource).slice(0, 200)}`);
      const headers = lowerCase(event.headers);
      if (d.roles !== 'public') {
        caller = await verifyBearer(headers.authorization);
        if (!d.roles.includes(caller.role)) throw forbidden(`角色 ${caller.role} 无权调用此接口`);
      }
      // No stored id is anywhere near this long; DynamoDB would refuse such a key (500) rather than find nothing.
      for (const v of Object.values(event.pathParameters ?? {})) {
        if (typeof v === 'string' && Buffer.byteLength(v) > MAX_PATH_PARAM_BYTES) throw notFound('资源不存在');
      }
      checkQuery(d, event);
      const query = d.query ? parsedAs(d.query, event.queryStringParameters ?? {}, 'query') : {};
      let body: unknown;
      if (d.body) {
        const raw = parseJsonBody(headers['content-type'], event.body, event.isBase64Encoded);
        const reserved = reservedKeyPath(raw);
        if (reserved) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: reserved, message: '键名不可为 __proto__、constructor 或 prototype' }]);
        const parsed = d.body.safeParse(raw);
        if (!parsed.success) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', zodDetails(parsed.error));
        body = parsed.data;
      }
      // After the body, as when handlers read them: a bad body is reported before a bad Idempotency-Key.
      const declaredHeaders = d.headers ? parsedAs(d.headers, headers, 'headers') : {};
      const result = await handle({
        caller: caller as Caller,
        body,
        params: (event.pathParameters ?? {}) as Record<string, string>,
        query,
        headers: { ...headers, ...(declaredHeaders as object) },
        requestId,
        route: key,
        declared: d,
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
  return Object.assign(middy(base).use(httpSecurityHeaders()), { served });
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
