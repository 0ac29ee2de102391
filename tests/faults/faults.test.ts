/**
 * 故障: during a load run, the SQS emulator is killed and restarted (its queued messages are lost with it), DynamoDB
 * writes fail for a moment, serverless-offline is killed and restarted, and consumers throw for a share of the
 * messages. Afterwards the same invariants as the load suite hold: nothing lost, nothing duplicated, every project
 * in a consistent state its event log explains. `pnpm test:faults` runs N=1000; the default test run N=40.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../infra/local/stack.js';
import { token } from '../support/api.js';
import { checkInvariants, mapLimit, submitWithRetry, type Accepted } from '../support/invariants.js';
import { submissions } from '../support/mix.js';

const N = Number(process.env.FAULTS_N ?? 40);
const CONCURRENCY = Number(process.env.FAULTS_CONCURRENCY ?? 16);
const FAILURE_RATE = process.env.FAULT_CONSUMER_FAILURE_RATE ?? '0.05';
/** Submissions are spread over at least this long, so that every fault lands on live traffic. */
const MIN_SECONDS = Number(process.env.FAULTS_MIN_SECONDS ?? 30);
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    ports: { http: 15000 + offset, lambda: 15002 + offset, dynamodb: 18300 + offset, sqs: 19624 + offset },
    output: { logDir: resolve(import.meta.dirname, `../../.local/logs/faults${offset ? `-${offset}` : ''}`) },
    buildFolder: `.esbuild-faults${offset ? `-${offset}` : ''}`,
    dynamodbFaultProxyPort: 18399 + offset,
    env: { FAULT_CONSUMER_FAILURE_RATE: FAILURE_RATE, PIPELINE_STALLED_AFTER_SECONDS: '5' },
    log: () => {},
  });
  Object.assign(process.env, { JWT_SECRET: stack.env.JWT_SECRET });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe(`faults during a load of ${N} submissions`, () => {
  it('loses nothing and duplicates nothing through SQS, DynamoDB and function outages', async () => {
    const runId = randomUUID().slice(0, 8);
    const subs = submissions(runId, N);
    const tokens = new Map<string, string>();
    for (const s of subs) {
      const k = `${s.jurisdiction}#${s.departmentId}`;
      if (!tokens.has(k)) tokens.set(k, await token({ sub: `faults-${k}`, role: 'department', dept: s.departmentId, jur: s.jurisdiction }));
    }
    const accepted: Accepted[] = [];
    const injected: string[] = [];
    let outageSubmission: { status: number; tries: number } | undefined;
    let done = 0;
    const at = (share: number) => new Promise<void>((r) => { const t = setInterval(() => { if (done >= N * share) { clearInterval(t); r(); } }, 50); });
    const faults = (async () => {
      await at(0.2);
      await stack.restart('sqs');
      injected.push('sqs emulator killed and restarted');
      await at(0.4);
      stack.faultProxy!.failWritesFor(3000);
      injected.push('dynamodb writes failing for 3 s');
      // One submission is sent into the failing window for certain; its client retries until it is accepted.
      const probe = subs[0];
      const extra = { ...probe, name: `${probe.name}-in-write-outage`, key: `${probe.key}-outage`, body: { ...probe.body, name: `${probe.name}-in-write-outage` } };
      const r = await submitWithRetry(stack.baseUrl, extra.body, tokens.get(`${extra.jurisdiction}#${extra.departmentId}`)!, extra.key, 40);
      if (r.status === 202 && r.id) accepted.push({ id: r.id, name: extra.name, jurisdiction: extra.jurisdiction, departmentId: extra.departmentId });
      outageSubmission = r;
      await at(0.6);
      await stack.restart('offline');
      injected.push('serverless-offline killed and restarted');
    })();

    const paceMs = (MIN_SECONDS * 1000 * CONCURRENCY) / N;
    const results = await mapLimit(subs, CONCURRENCY, async (s) => {
      await new Promise((r) => setTimeout(r, paceMs));
      const r = await submitWithRetry(stack.baseUrl, s.body, tokens.get(`${s.jurisdiction}#${s.departmentId}`)!, s.key, 40);
      if (r.status === 202 && r.id) accepted.push({ id: r.id, name: s.name, jurisdiction: s.jurisdiction, departmentId: s.departmentId });
      done++;
      return r;
    });
    await faults;

    // The recovery sweep (a 1-minute schedule in the stack) runs here every 3 s to keep the test short.
    let sweeping = true;
    const sweeper = (async () => {
      while (sweeping) {
        await stack.invoke('classification', { job: 'pipeline-recovery' }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 3000));
      }
    })();
    const report = await checkInvariants(stack.baseUrl, accepted, stack.sqs, stack.queues, Math.max(120_000, N * 300));
    sweeping = false;
    await sweeper;

    console.log(`faults N=${N}: injected [${injected.join('; ')}], consumer failure rate ${FAILURE_RATE}, ` +
      `failed DynamoDB writes ${stack.faultProxy!.failedWrites()} (submission in the outage took ${outageSubmission?.tries} tries), submit retries ${results.reduce((n, r) => n + r.tries - 1, 0)}; ` +
      `invariants: ${JSON.stringify(report)}`);
    expect(injected).toHaveLength(3);
    expect(stack.faultProxy!.failedWrites()).toBeGreaterThan(0);
    expect(results.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    expect(accepted).toHaveLength(N + 1);
    expect(outageSubmission?.status).toBe(202);
    expect(report.missing).toEqual([]);
    expect(report.duplicated).toEqual([]);
    expect(report.notTerminal).toEqual([]);
    expect(report.badHistory).toEqual([]);
    expect(Object.values(report.dlqMessages).every((n) => n === 0)).toBe(true);
  }, 1_800_000);
});
