/**
 * `Idempotency-Key` for the POSTs that record something: wraps a route's handler so that a retry gets the first
 * answer (same status and body, header `idempotent-replayed: true`) and the same key with another request a 422
 * (docs/decisions/120). The handler receives the ports it must write through (they carry the key's claim).
 */
import { runIdempotently, type Caller, type Deps } from '@gov/domain';
import { ApiError, zodDetails, type HttpRequest, type HttpResult } from '@gov/http';
import { idempotencyKeySchema } from '@gov/schemas';

export type Idempotent = <B>(route: string, handle: (req: HttpRequest<B>, deps: Deps) => Promise<HttpResult>) => (req: HttpRequest<B>) => Promise<HttpResult>;

/** The wrapper over one function's ports (services/<fn>/wiring.ts). */
export const idempotentWith = (deps: () => Deps): Idempotent => (route, handle) => {
  return async (req) => {
    const raw = req.headers['idempotency-key'];
    if (raw === undefined) return handle(req, deps());
    const k = idempotencyKeySchema.safeParse(raw);
    if (!k.success) throw new ApiError(400, 'VALIDATION_FAILED', '请求内容未通过校验', zodDetails(k.error).map((d) => ({ ...d, path: 'headers.idempotency-key' })));
    const { answer, replayed } = await runIdempotently(
      deps(),
      req.caller as Caller,
      { route, key: k.data, request: { params: req.params, body: req.body } },
      async (d) => {
        const r = await handle(req, d);
        return { status: r.status, body: r.body, ...(r.headers ? { headers: r.headers } : {}) };
      },
      new Date(),
    );
    return replayed ? { ...answer, headers: { ...answer.headers, 'idempotent-replayed': 'true' } } : answer;
  };
};
