/**
 * Budget-gate benchmark over HTTP through one local stack (serverless-offline in-process, DynamoDB Local): the gate
 * endpoint (JWT + zod + one GetItem + the rules + one audit PutItem) beside a bare handler on the same stack and
 * table doing one GetItem (services/bench-baseline). Closed-loop load with the same concurrency, in alternating
 * rounds so that drift of the machine hits both sides alike. Targets: gate throughput >= 80% of the bare handler's,
 * gate p99 <= 1.5x the bare handler's.
 */
import { resolve } from 'node:path';
import { startStack } from '../infra/local/stack.js';
import { mintToken } from '../packages/http/src/auth.js';
import type { BenchResult } from './harness.js';

export const name = 'gate';

const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const PORTS = { http: 23000 + offset, lambda: 23002 + offset, dynamodb: 28100 + offset, sqs: 29424 + offset };
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Load {
  ok: number;
  ms: number;
  latencies: number[];
}

async function load(url: string, headers: Record<string, string>, body: string, ms: number): Promise<Load> {
  const latencies: number[] = [];
  const until = performance.now() + ms;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      const r = await fetch(url, { method: 'POST', headers, body });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ok: latencies.length, ms: performance.now() - start, latencies };
}

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function run(): Promise<BenchResult[]> {
  process.env.BENCH_BASELINE_ENABLED = '1';
  const stack = await startStack({
    ports: PORTS,
    output: { logDir: resolve(import.meta.dirname, '../.local/logs/bench') },
    buildFolder: `.esbuild-bench${offset ? `-${offset}` : ''}`,
    log: () => {},
  });
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'error' });
    const { resetClients, saveProject } = await import('@gov/adapters');
    resetClients(); // a module run earlier in this process may have built the clients for its own stack
    const { storedProject } = await import('../tests/unit/domain/fixtures.js');
    const project = { ...storedProject('hongshan'), id: `bench-gate-${Date.now()}`, version: 1 };
    await saveProject(project, { projectId: project.id, seq: 1, type: 'submitted', actor: 'bench', at: new Date().toISOString(), payload: {} }, 0);

    const token = await mintToken({ sub: 'bench-finance', role: 'finance', jur: 'hongshan' }, { secret: stack.env.JWT_SECRET });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const gateBody = JSON.stringify({ question: 'payment', projectId: project.id, amount: '100000.00', purpose: 'construction', fiscalYear: 2026, channel: '国库集中支付' });
    const baseBody = JSON.stringify({ projectId: project.id });
    const gateUrl = `${stack.baseUrl}/v1/budget-gate/checks`;
    const baseUrl = `${stack.baseUrl}/v1/bench/baseline`;

    // Same answer first: the gate really decides (allow) and the baseline really reads the item.
    const check = await (await fetch(gateUrl, { method: 'POST', headers, body: gateBody })).json();
    if (check.answer !== 'allow') throw new Error(`gate answered ${JSON.stringify(check).slice(0, 300)}`);
    const b = await (await fetch(baseUrl, { method: 'POST', headers, body: baseBody })).json();
    if (b.id !== project.id) throw new Error(`baseline answered ${JSON.stringify(b)}`);

    await load(gateUrl, headers, gateBody, 1500); // warm-up (bundles loaded, JIT, connections)
    await load(baseUrl, headers, baseBody, 1500);
    const gate: Load = { ok: 0, ms: 0, latencies: [] };
    const base: Load = { ok: 0, ms: 0, latencies: [] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const [acc, url, body] of (i % 2 ? [[base, baseUrl, baseBody], [gate, gateUrl, gateBody]] : [[gate, gateUrl, gateBody], [base, baseUrl, baseBody]]) as [Load, string, string][]) {
        const r = await load(url, headers, body, ROUND_MS);
        acc.ok += r.ok;
        acc.ms += r.ms;
        acc.latencies.push(...r.latencies);
      }
    }
    const gateRps = (gate.ok * 1000) / gate.ms;
    const baseRps = (base.ok * 1000) / base.ms;
    const gateP99 = p(gate.latencies, 0.99);
    const baseP99 = p(base.latencies, 0.99);
    const note = `${CONCURRENCY} concurrent clients, ${ROUNDS}x${ROUND_MS / 1000}s alternating rounds`;
    return [
      { name: 'POST /v1/budget-gate/checks (Q1)', value: gateRps, unit: 'requests/s', note: `p50 ${p(gate.latencies, 0.5).toFixed(1)} ms, p99 ${gateP99.toFixed(1)} ms; ${note}` },
      { name: 'bare handler, one GetItem (same stack)', value: baseRps, unit: 'requests/s', note: `p50 ${p(base.latencies, 0.5).toFixed(1)} ms, p99 ${baseP99.toFixed(1)} ms` },
      { name: 'gate throughput / bare throughput', value: gateRps / baseRps, unit: 'x', target: { min: 0.8 } },
      { name: 'gate p99 / bare p99', value: gateP99 / baseP99, unit: 'x', target: { max: 1.5 } },
    ];
  } finally {
    await stack.stop();
  }
}
