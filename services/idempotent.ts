/**
 * `Idempotency-Key` for the POSTs that record something: wraps a route's handler so that a retry gets the first
 * answer (same status and body, header `idempotent-replayed: true`) and the same key with another request a 422
 * (docs/decisions/120). The handler receives the ports it must write through (they carry the key's claim). The key
 * is the route's declared header (validated by the router), and the route's declaration key names the route.
 */
import { runIdempotently, type Caller, type Deps } from '@gov/domain';
import type { HttpRequest, HttpResult } from '@gov/http';

type AnyRequest = HttpRequest<any, any, any>;

export type Idempotent = <R extends AnyRequest>(handle: (req: R, deps: Deps) => Promise<HttpResult>) => (req: R) => Promise<HttpResult>;

/** The wrapper over one function's ports (services/<fn>/wiring.ts). */
export const idempotentWith = (deps: () => Deps): Idempotent => (handle) => {
  return async (req) => {
    // Only a declared header has been validated (length, characters) before it becomes part of a stored key.
    if (!req.declared.headers?.shape['idempotency-key']) throw new Error(`${req.route} does not declare the Idempotency-Key header`);
    const key: string | undefined = req.headers['idempotency-key'];
    if (key === undefined) return handle(req, deps());
    const { answer, replayed } = await runIdempotently(
      deps(),
      req.caller as Caller,
      { route: req.route, key, request: { params: req.params, body: req.body } },
      async (d) => {
        const r = await handle(req, d);
        return { status: r.status, body: r.body, ...(r.headers ? { headers: r.headers } : {}) };
      },
      new Date(),
    );
    return replayed ? { ...answer, headers: { ...answer.headers, 'idempotent-replayed': 'true' } } : answer;
  };
};
