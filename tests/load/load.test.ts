/**
 * 负载: N concurrent submissions over HTTP, mixed across the five jurisdictions, while finance systems query the
 * budget gate. Afterwards every accepted submission is present exactly once, terminal, with a complete, ordered,
 * hash-chained event log, and no DLQ holds a message. `pnpm test:load` runs N=1000; the default test run N=50.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../infra/local/stack.js';
import { api, token } from '../support/api.js';
import { checkInvariants, mapLimit, submitWithRetry, type Accepted } from '../support/invariants.js';
import { percentile, submissions } from '../support/mix.js';

const N = Number(process.env.LOAD_N ?? 50);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 32);
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    ports: { http: 14000 + offset, lambda: 14002 + offset, dynamodb: 18200 + offset, sqs: 19524 + offset },
    output: { logDir: resolve(import.meta.dirname, `../../.local/logs/load${offset ? `-${offset}` : ''}`) },
    buildFolder: `.esbuild-load${offset ? `-${offset}` : ''}`,
    log: () => {},
  });
  Object.assign(process.env, { JWT_SECRET: stack.env.JWT_SECRET });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe(`load: ${N} concurrent submissions with gate checks`, () => {
  it('accepts every submission, loses and duplicates nothing, and the gate keeps answering', async () => {
    const runId = randomUUID().slice(0, 8);
    const subs = submissions(runId, N);
    const tokens = new Map<string, string>();
    for (const s of subs) {
      const k = `${s.jurisdiction}#${s.departmentId}`;
      if (!tokens.has(k)) tokens.set(k, await token({ sub: `load-${k}`, role: 'department', dept: s.departmentId, jur: s.jurisdiction }));
    }
    const accepted: Accepted[] = [];
    const gateLatencies: number[] = [];
    const gateStatuses: number[] = [];
    let submitting = true;
    const finance = await token({ sub: 'load-finance', role: 'finance', jur: 'hongshan' });
    const http = api(stack.baseUrl);
    const gateLoop = (async () => {
      while (submitting) {
        const target = accepted.filter((a) => a.jurisdiction === 'hongshan');
        if (!target.length) { await new Promise((r) => setTimeout(r, 50)); continue; }
        const a = target[Math.floor(Math.random() * target.length)];
        const t0 = performance.now();
        const r = await http.post('/v1/budget-gate/checks', { question: 'payment', projectId: a.id, amount: '10000.00', purpose: 'construction', fiscalYear: 2026, channel: '国库集中支付' }, finance);
        gateLatencies.push(performance.now() - t0);
        gateStatuses.push(r.status);
      }
    })();

    const started = performance.now();
    const results = await mapLimit(subs, CONCURRENCY, async (s) => {
      const r = await submitWithRetry(stack.baseUrl, s.body, tokens.get(`${s.jurisdiction}#${s.departmentId}`)!, s.key);
      if (r.status === 202 && r.id) accepted.push({ id: r.id, name: s.name, jurisdiction: s.jurisdiction, departmentId: s.departmentId });
      return r;
    });
    const submitSeconds = (performance.now() - started) / 1000;
    const report = await checkInvariants(stack.baseUrl, accepted, stack.sqs, stack.queues, Math.max(60_000, N * 200));
    submitting = false;
    await gateLoop;

    const sorted = [...gateLatencies].sort((a, b) => a - b);
    console.log(
      `load N=${N}: ${(N / submitSeconds).toFixed(1)} submissions/s over ${submitSeconds.toFixed(1)} s; ` +
        `gate under load: ${sorted.length} checks, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms; ` +
        `invariants: ${JSON.stringify({ ...report, accepted: report.accepted })}`,
    );
    expect(results.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    expect(accepted).toHaveLength(N);
    expect(report.missing).toEqual([]);
    expect(report.duplicated).toEqual([]);
    expect(report.notTerminal).toEqual([]);
    expect(report.badHistory).toEqual([]);
    expect(Object.values(report.dlqMessages).every((n) => n === 0)).toBe(true);
    expect(gateStatuses.length).toBeGreaterThan(0);
    expect(gateStatuses.filter((s) => s >= 500)).toEqual([]);
  }, 1_800_000);
});
