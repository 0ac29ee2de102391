/**
 * Fuzzing that reaches the logic (issue 15): the write routes fuzzed from valid states (support/states.ts: per
 * jurisdiction a project admitted, approved, accepted and in operation with two systems, a project in review, the
 * filings it can complete) with valid-ish requests bound to them and their mutations (support/logicCases.ts).
 * LOGIC_RUNS requests per route (default 40; FUZZ_RUNS when set), LOGIC_CONCURRENCY at once (default 4: a write
 * retries a concurrent change only a few times), batches of LOGIC_BATCH (default 20), FUZZ_SEED reproduces,
 * LOGIC_ONLY narrows to the routes it matches. Routes whose success changes the stage (the plan stage routes) are
 * set up before each batch (LOGIC_SETUP) outside its accounting.
 *
 * Per route: no 5xx, the response checks of the hostile fuzz (harness.checkResponse), certain refusals exact, and at
 * least 10 % answered 2xx. After every batch, for every aggregate the route targets:
 *  - its version moved by exactly the number of 2xx answers that targeted it (no event without its state, no change
 *    from a refused request, no lost write); a resubmitted project counts its `resubmitted` events instead (the
 *    pipeline's follow asynchronously), a notification moves 0 → 1 with its first success and stays read;
 *  - projects: the event log is 1..version with no gap, and the hash chain verifies;
 *  - every 2xx answer sent again with its Idempotency-Key answers the same and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useStack } from '../setup/context.js';
import { checkResponse, isGatewayRefusal, pool } from './support/harness.js';
import { FUZZ_PORTS } from './setup/fuzzStack.js';
import { isRead, raiseNotifications } from './support/notifications.js';
import { buildState, LOGIC_JURS, shanghaiToday, type JurState } from './support/states.js';
import { caseArb, LOGIC_ROUTES, LOGIC_SETUP, toCase, type LogicCase, type Target } from './support/logicCases.js';

const RUNS = Number(process.env.LOGIC_RUNS ?? process.env.FUZZ_RUNS ?? 40);
const CONCURRENCY = Number(process.env.LOGIC_CONCURRENCY ?? 4);
const BATCH = Number(process.env.LOGIC_BATCH ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const MIN_2XX = 0.1;
// LOGIC_ONLY (a regular expression over "METHOD /path") narrows a run to some routes while working on them.
const only = process.env.LOGIC_ONLY ? new RegExp(process.env.LOGIC_ONLY) : undefined;

const stack = useStack();
let states: JurState[] = [];
const today = shanghaiToday();
type Stats = { runs: number; ok: number; refused: number; fiveXX: number; replays: number; statuses: Record<string, number>; ms: number; failures: string[] };
const results: Record<string, Stats> = {};

beforeAll(async () => {
  console.log(`logic fuzz: ${RUNS} requests per write route, seed ${SEED}, concurrency ${CONCURRENCY}, batches of ${BATCH}`);
  const run = (SEED % 1e6).toString(36);
  // One jurisdiction at a time: many cold functions at once time out on a loaded 2-core machine.
  for (const j of LOGIC_JURS) states.push(await buildState(stack.baseUrl, j, run));
  if (!only || only.test('POST /v1/notifications/{id}/read')) await raiseNotifications(states, stack.baseUrl, FUZZ_PORTS.lambda);
  for (const s of states) console.log(`state ${s.jur}: project ${s.admitted} (accepted, systems ${s.usageSystem}, ${s.statusSystem}), in review ${s.pending ?? '-'}, gate rules ${s.gateRules.length} (${s.overridable.length} overridable), filings ${s.filings.map((f) => f.type).join(',') || '-'}, notifications ${s.notifications?.department.length ?? 0}+${s.notifications?.bureau.length ?? 0}`);
}, 600_000);

afterAll(() => {
  const dir = resolve(import.meta.dirname, '../../.local/fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `logic-${RUNS}.json`), JSON.stringify({ runs: RUNS, seed: SEED, at: new Date().toISOString(), results }, null, 2));
  console.log(`${'route'.padEnd(36)} requests   2xx  share  4xx  certain  replays  5xx  seconds`);
  for (const [route, r] of Object.entries(results)) {
    console.log(`${route.padEnd(36)} ${String(r.runs).padStart(8)} ${String(r.ok).padStart(5)} ${`${Math.round((100 * r.ok) / Math.max(1, r.runs))}%`.padStart(6)} ${String(r.runs - r.ok - r.fiveXX).padStart(4)} ${String(r.refused).padStart(8)} ${String(r.replays).padStart(8)} ${String(r.fiveXX).padStart(4)} ${(r.ms / 1000).toFixed(1).padStart(8)}  ${JSON.stringify(r.statuses)}`);
  }
});

async function getJson(path: string, t: string): Promise<{ status: number; body: any }> {
  const r = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${t}` } });
  return { status: r.status, body: await r.json() };
}

const adminOf = (jur: string) => states.find((s) => s.jur === jur)!.tokens.admin;

/** The version of a target, and for a project whether its event log and hash chain explain it. */
async function inspect(t: Target): Promise<{ version: number; problem?: string }> {
  const admin = adminOf(t.jur);
  if (t.kind === 'plan') {
    const [p, e] = await Promise.all([getJson(`/v1/plans/${t.id}`, admin), getJson(`/v1/plans/${t.id}/events`, admin)]);
    if (p.status === 404) return { version: 0 };
    const seqs: number[] = (e.body.items ?? []).map((x: { seq: number }) => x.seq);
    return { version: p.body.version, problem: seqs.length !== p.body.version || seqs.some((q, i) => q !== i + 1) ? `plan ${t.id} version ${p.body.version}, event seqs ${seqs.join(',')}` : undefined };
  }
  if (t.kind === 'notification') {
    const st = states.find((x) => x.jur === t.jur)!;
    return { version: (await isRead(stack.baseUrl, st.tokens[t.inbox!], t.id)) ? 1 : 0 };
  }
  if (t.kind === 'system') {
    const s = await getJson(`/v1/systems/${t.id}`, admin);
    return { version: s.body.version };
  }
  const [p, e, c] = await Promise.all([getJson(`/v1/projects/${t.id}`, admin), getJson(`/v1/projects/${t.id}/events`, admin), getJson(`/v1/audit/chains?projectId=${t.id}`, admin)]);
  const seqs: number[] = (e.body.items ?? []).map((x: { seq: number }) => x.seq);
  if (t.counts) {
    // The pipeline may still be writing: the log must be gapless; the version is the count of the route's events.
    const gap = seqs.some((q, i) => q !== i + 1) ? `project ${t.id} event seqs ${seqs.join(',')}` : c.body?.ok !== true ? `project ${t.id} hash chain broken` : undefined;
    return { version: (e.body.items ?? []).filter((x: { type: string }) => x.type === t.counts).length, problem: gap };
  }
  let problem: string | undefined;
  if (seqs.length !== p.body.version || seqs.some((q, i) => q !== i + 1)) problem = `project ${t.id} version ${p.body.version}, event seqs ${seqs.join(',')}`;
  else if (c.body?.ok !== true) problem = `project ${t.id} hash chain broken at ${JSON.stringify(c.body?.firstBreak)}`;
  return { version: p.body.version, problem };
}

async function send(c: LogicCase): Promise<{ status: number; text: string; failure?: string }> {
  try {
    const r = await fetch(`${stack.baseUrl}${c.path}`, { method: c.method, headers: c.headers, body: c.body, signal: AbortSignal.timeout(60_000) });
    const text = await r.text();
    if (isGatewayRefusal(r.status, text)) return { status: r.status, text };
    return { status: r.status, text, failure: checkResponse(c, r.status, r.headers.get('content-type'), text) };
  } catch (e) {
    return { status: 0, text: '', failure: `request failed (${String(e)}) — ${c.method} ${c.path}` };
  }
}

const key = (t: Target) => `${t.kind}:${t.id}`;
/** What a successful answer says of itself that may differ between an answer and its replay: nothing. */
const same = (a: string, b: string) => { try { return isDeepStrictEqual(JSON.parse(a), JSON.parse(b)); } catch { return a === b; } };

describe.each(Object.keys(LOGIC_ROUTES).filter((r) => !only || only.test(r)))('%s from valid states', (name) => {
  it(`${RUNS} valid-ish and mutated requests: ≥ 10 % succeed, no 5xx, every batch leaves its targets explained`, async () => {
    const arb = caseArb(name, states, today);
    const stats: Stats = (results[name] = { runs: 0, ok: 0, refused: 0, fiveXX: 0, replays: 0, statuses: {}, ms: 0, failures: [] });
    const fail = (m: string) => { if (stats.failures.length < 20) stats.failures.push(m); };
    const started = Date.now();
    for (let done = 0, batch = 0; done < RUNS; batch++) {
      const setup = LOGIC_SETUP[name];
      if (setup) for (const st of states) await setup.before(st, stack.baseUrl);
      const n = Math.min(setup?.batch ?? BATCH, BATCH, RUNS - done);
      const cases = fc.sample(arb, { numRuns: n, seed: SEED + batch * 7919 + name.length * 104729 }).map((d, j) => toCase(name, states, d, `lg-${SEED}-${batch}-${j}`));
      const targets = new Map<string, Target>();
      for (const c of cases) if (c.target) targets.set(key(c.target), c.target);
      const before = new Map(await Promise.all([...targets].map(async ([k, t]) => [k, await inspect(t)] as const)));
      const outcomes = await pool(cases, CONCURRENCY, send);
      const moved = new Map<string, number>();
      for (const [i, o] of outcomes.entries()) {
        const c = cases[i];
        stats.runs++;
        stats.statuses[o.status] = (stats.statuses[o.status] ?? 0) + 1;
        if (o.status >= 500 || o.status === 0) stats.fiveXX++;
        if (o.status >= 200 && o.status < 300) {
          stats.ok++;
          if (c.target) moved.set(key(c.target), (moved.get(key(c.target)) ?? 0) + 1);
        }
        if (c.expect.refused) stats.refused++;
        if (o.failure) fail(o.failure);
      }
      // Idempotent replays of what succeeded: the same answer, no second effect.
      const replays = cases.map((c, i) => ({ c, o: outcomes[i] })).filter(({ c, o }) => c.idempotencyKey && o.status >= 200 && o.status < 300);
      const again = await pool(replays, CONCURRENCY, ({ c }) => send(c));
      for (const [j, r] of again.entries()) {
        stats.replays++;
        // A plan answers a replay with the plan as it is now (docs/decisions/070): same status, same plan, no new event.
        const equal = replays[j].c.target?.kind === 'plan' ? JSON.parse(r.text || '{}').id === JSON.parse(replays[j].o.text || '{}').id : same(r.text, replays[j].o.text);
        if (r.status !== replays[j].o.status || !equal) fail(`replay of ${replays[j].c.path} (key ${replays[j].c.idempotencyKey}) answered ${r.status} ${r.text.slice(0, 200)} — first ${replays[j].o.status} ${replays[j].o.text.slice(0, 200)}`);
      }
      for (const [k, t] of targets) {
        const after = await inspect(t);
        const b = before.get(k)!;
        if (after.problem) fail(`batch ${batch}: ${after.problem}`);
        // A notification is read once: it moves 0 → 1 on the first success and stays read.
        const expected = t.kind === 'notification' ? Math.max(b.version, Math.min(1, moved.get(k) ?? 0)) : b.version + (moved.get(k) ?? 0);
        if (after.version !== expected) fail(`batch ${batch} (seed ${SEED}): ${k} moved from version ${b.version} to ${after.version} with ${moved.get(k) ?? 0} successful writes`);
      }
      done += n;
    }
    stats.ms = Date.now() - started;
    expect(stats.failures, `seed ${SEED}`).toEqual([]);
    expect(stats.fiveXX).toBe(0);
    expect(stats.runs).toBe(RUNS);
    expect(stats.ok / stats.runs, `2xx share of ${name}: ${JSON.stringify(stats.statuses)}`).toBeGreaterThanOrEqual(MIN_2XX);
  }, Math.max(180_000, RUNS * 400));
});
