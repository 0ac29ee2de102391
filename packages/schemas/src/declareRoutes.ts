/**
 * One declaration per route (issue 10 §5, docs/decisions/200): method and path (the key), roles, request schemas,
 * success and error statuses. The same value feeds the function's router (packages/http `httpRouter`), the OpenAPI
 * document (openapi.ts) and the serverless.yml check (tests/unit/schemas/routes.test.ts).
 */
import type { z } from './zod.js';

export type Method = 'get' | 'post' | 'put';
export type Role = 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

/** "METHOD /path/{param}" as API Gateway names a resource, e.g. "POST /v1/projects/{id}/reviews". */
export type RouteKey = `${'GET' | 'POST' | 'PUT'} /v1/${string}`;

export interface RouteDeclaration {
  summary: string;
  /** Roles allowed to call the route at all; finer checks (own department, own jurisdiction) live in the domain. */
  roles: readonly Role[] | 'public';
  /** The JSON body, parsed and validated by the router; the handler gets its output type. */
  body?: z.ZodType;
  /** The query parameters, parsed by the router (400 naming `query.<name>`); any other parameter is refused. */
  query?: z.ZodObject;
  /** Documented request headers (Idempotency-Key, If-Match); their values are checked where they are used. */
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

export type RouteGroup = Readonly<Record<RouteKey, RouteDeclaration>>;

/** A declared route with its key split: what the document, the fuzzers and the e2e access tests iterate. */
export interface ApiRoute extends RouteDeclaration {
  key: RouteKey;
  method: Method;
  path: string;
}

const KEY = /^(GET|POST|PUT) (\/v1\/[A-Za-z0-9_.{}/-]+)$/;

/**
 * Declares a group of routes. THE way to add a route:
 *
 *   export const gateRoutes = declareRoutes({
 *     'POST /v1/budget-gate/checks': { summary: '…', roles: ['finance', 'admin'], body: gateCheckSchema, errors: [404], success: { … } },
 *   });
 *
 * then list the group in routes.ts (the document and `apiRoutes()`), serve it in the function's handler with
 * `httpRouter(gateRoutes, { 'POST /v1/budget-gate/checks': async ({ caller, body }) => … })` (body and query typed
 * from the declaration) and add the `http` event to that function in serverless.yml. Never repeat roles or schemas
 * in the handler.
 */
export function declareRoutes<const G extends RouteGroup>(group: G): G {
  for (const key of Object.keys(group)) if (!KEY.test(key)) throw new Error(`route key "${key}" is not "METHOD /v1/path"`);
  return group;
}

/** The routes of some groups, each with its key split into method and path, in declaration order. */
export function routesOf(groups: readonly RouteGroup[]): ApiRoute[] {
  return groups.flatMap((g) =>
    Object.entries(g).map(([key, d]) => {
      const [, method, path] = KEY.exec(key)!;
      return { ...d, key: key as RouteKey, method: method.toLowerCase() as Method, path };
    }),
  );
}

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
