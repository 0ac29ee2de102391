/**
 * Hostile input, every route of `apiRoutes()` (so routes registered later are fuzzed too): FUZZ_RUNS generated
 * requests per route (default 60; `pnpm test:fuzz` runs 10,000), FUZZ_CONCURRENCY at once (default 16), batches
 * of FUZZ_BATCH (default 200). Reproduce a run with FUZZ_SEED (printed at the start).
 *
 * Every response: status < 500, JSON, the error shape when ≥ 400, no stack trace or server internals; requests
 * whose refusal is certain (bad token, wrong role, body the schema refuses, a project the caller may not see) get
 * exactly that refusal. After every batch: the state refused requests could have touched is unchanged, and the
 * test process's Object.prototype is clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiRoutes } from '@gov/schemas';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { bijieDemandPlan, hongshanSmallBuild } from '../support/applications.js';
import { buildCase, caseArbitrary, fingerprint, makeContext, noPollution, pool, send, type FuzzCase, type FuzzContext } from './support/harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 16);
const BATCH = Number(process.env.FUZZ_BATCH ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const stack = useStack();
const http = api(stack.baseUrl);
let ctx: FuzzContext;
const results: Record<string, { runs: number; statuses: Record<string, number>; fiveXX: number; refused: number; gateway: number; ms: number; failures: string[] }> = {};

const settled = (id: string, t: string) => eventually(() => http.get(`/v1/projects/${id}`, t), (r) => r.status === 200 && !['submitted', 'classified'].includes(r.body.status), 60_000);

beforeAll(async () => {
  console.log(`fuzz: ${RUNS} requests per route, seed ${SEED}, concurrency ${CONCURRENCY}`);
  const dept = (d: string, jur: 'hongshan' | 'bijie' = 'hongshan') => token({ sub: `fuzz-${d}`, role: 'department', dept: d, jur });
  const [rejT, okT, victimT] = await Promise.all([dept('D-FZ-REJ'), dept('D-FZ-OK'), dept('D-VICTIM', 'bijie')]);
  const rej = await http.post('/v1/projects', hongshanSmallBuild({ name: '模糊测试-拒绝目标' }), rejT);
  const ok = await http.post('/v1/projects', hongshanSmallBuild({ name: '模糊测试-可受理目标' }), okT);
  const victim = await http.post('/v1/projects', bijieDemandPlan(), victimT);
  expect([rej.status, ok.status, victim.status]).toEqual([202, 202, 202]);
  await Promise.all([settled(rej.body.id, rejT), settled(ok.body.id, okT), settled(victim.body.id, victimT)]);
  ctx = await makeContext(stack.baseUrl, { rej: rej.body.id, ok: ok.body.id, victim: victim.body.id });
}, 180_000);

afterAll(() => {
  const dir = resolve(import.meta.dirname, '../../.local/fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `routes-${RUNS}.json`), JSON.stringify({ runs: RUNS, seed: SEED, at: new Date().toISOString(), results }, null, 2));
  for (const [route, r] of Object.entries(results)) {
    console.log(`${route.padEnd(40)} ${String(r.runs).padStart(6)} requests, ${String(r.refused).padStart(6)} certain refusals, ${r.gateway} refused by the local gateway, 5xx ${r.fiveXX}, ${(r.ms / 1000).toFixed(1)} s, statuses ${JSON.stringify(r.statuses)}`);
  }
});

describe.each(apiRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (name, route) => {
  it(
    `${RUNS} generated requests: no 5xx, no leak, certain refusals exact, refused requests change nothing`,
    async () => {
      const arb = caseArbitrary(route);
      const stats = (results[name] = { runs: 0, statuses: {} as Record<string, number>, fiveXX: 0, refused: 0, gateway: 0, ms: 0, failures: [] as string[] });
      const started = Date.now();
      for (let done = 0, batch = 0; done < RUNS; batch++) {
        const n = Math.min(BATCH, RUNS - done);
        const cases: FuzzCase[] = [];
        const drafts = fc.sample(arb, { numRuns: n * 2, seed: SEED + batch * 7919 + name.length * 104729 });
        for (const d of drafts) {
          const c = buildCase(route, d, ctx);
          if (c) cases.push(c);
          if (cases.length === n) break;
        }
        const before = await fingerprint(ctx);
        const outcomes = await pool(cases, CONCURRENCY, (c) => send(stack.baseUrl, c));
        const after = await fingerprint(ctx);
        for (const [i, o] of outcomes.entries()) {
          stats.runs++;
          stats.statuses[o.status] = (stats.statuses[o.status] ?? 0) + 1;
          if (o.status >= 500) stats.fiveXX++;
          if (cases[i].expect.refused) stats.refused++;
          if (o.gateway) stats.gateway++;
          if (o.failure && stats.failures.length < 20) stats.failures.push(o.failure);
        }
        if (before !== after && stats.failures.length < 20) stats.failures.push(`state changed in batch ${batch} (seed ${SEED}): ${before} → ${after}`);
        const polluted = noPollution();
        if (polluted) stats.failures.push(polluted);
        done += cases.length;
      }
      stats.ms = Date.now() - started;
      expect(stats.failures, `seed ${SEED}`).toEqual([]);
      expect(stats.fiveXX).toBe(0);
      expect(stats.runs).toBe(RUNS);
    },
    Math.max(120_000, RUNS * 100),
  );
});
