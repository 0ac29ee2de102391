/**
 * Idempotency-Key for every POST that records something (milestones, usage, determinations, reviews, filings, gate
 * overrides and decisions; docs/decisions/120). The key is claimed by a write in the same transaction as the change
 * — the use case runs with stores that add the claim to their save — so a retry, even a concurrent one, can never
 * record a second filing; the answer is stored next, and a retry gets it back. Refused requests (4xx) claim nothing:
 * their retry is evaluated again.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@gov/schemas';
import type { Caller } from './access.js';
import { DomainError } from './errors.js';
import type { AggregateStore, Deps, RecordedAnswer } from './ports/ports.js';
import type { StoreWrite } from './ports/writes.js';

export interface IdempotentRequest {
  /** The route as the router names it, e.g. `POST /v1/filings`. */
  route: string;
  key: string;
  /** What the request asked for (path parameters and body); compared as canonical JSON, so key order is no change. */
  request: unknown;
}

export interface IdempotentResult<A extends RecordedAnswer> {
  answer: A | RecordedAnswer;
  /** true when the answer is the one an earlier request with the key got. */
  replayed: boolean;
}

/** How long a concurrent duplicate waits for the winner's answer before it is told to retry. */
const WAIT_FOR_ANSWER_MS = 5000;

/** `IDEMPOTENCY#<caller scope>#<route>#<key>`: a key is the caller's own, per route (another caller's equal key is another request). */
export function idempotencyItemKey(caller: Caller, route: string, key: string): string {
  return `IDEMPOTENCY#${caller.jur}:${caller.dept ?? '-'}:${caller.role}:${caller.sub}#${route}#${key}`;
}

export const requestHashOf = (request: unknown) => createHash('sha256').update(canonicalJson(request)).digest('hex');

const reused = () =>
  new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于内容不同的请求,请使用新的键', [{ path: 'headers.idempotency-key', message: '键已被另一请求使用' }]);

const inProgress = () =>
  new DomainError(409, 'IDEMPOTENCY_IN_PROGRESS', '使用该 Idempotency-Key 的请求已记录,其应答尚未保存;请稍后用同一键重试', [{ path: 'headers.idempotency-key', message: '请求正在处理' }]);

export async function runIdempotently<A extends RecordedAnswer>(
  deps: Deps,
  caller: Caller,
  req: IdempotentRequest,
  run: (deps: Deps) => Promise<A>,
  now: Date,
): Promise<IdempotentResult<A>> {
  const key = idempotencyItemKey(caller, req.route, req.key);
  const requestHash = requestHashOf(req.request);
  const earlier = await replayOf(deps, key, requestHash, 0);
  if (earlier) return { answer: earlier, replayed: true };
  const claim: StoreWrite = { kind: 'idempotency.claim', key, requestHash, at: now.toISOString() };
  let answer: A;
  try {
    answer = await run(claiming(deps, claim));
  } catch (e) {
    // A concurrent duplicate may have claimed the key first (our transaction then failed): answer as it did.
    const winner = await replayOf(deps, key, requestHash, WAIT_FOR_ANSWER_MS);
    if (winner) return { answer: winner, replayed: true };
    throw e;
  }
  await deps.idempotency.answer({ key, requestHash, at: now.toISOString(), answer });
  return { answer, replayed: false };
}

/** The stored answer for the key; 422 if the key was claimed by another request; 409 if no answer came in time. */
async function replayOf(deps: Deps, key: string, requestHash: string, waitMs: number): Promise<RecordedAnswer | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const r = await deps.idempotency.get(key);
    if (!r) return undefined;
    if (r.requestHash !== requestHash) throw reused();
    if (r.answer) return r.answer;
    if (Date.now() >= deadline) throw inProgress();
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Stores whose first successful save carries the claim (every use case writes through projects or systems). */
function claiming(deps: Deps, claim: StoreWrite): Deps {
  let claimed = false;
  const wrap = <S>(store: AggregateStore<S>): AggregateStore<S> => {
    const w = Object.create(store) as AggregateStore<S>;
    w.save = async (next, event, expectedVersion, writes = []) => {
      const saved = await store.save(next, event, expectedVersion, claimed ? writes : [...writes, claim]);
      if ('state' in saved) claimed = true;
      return saved;
    };
    return w;
  };
  return { ...deps, projects: wrap(deps.projects) as Deps['projects'], systems: wrap(deps.systems) as Deps['systems'] };
}
