/**
 * The daily scan fanned out against the real emulators (decision 090 §6): 2,000 projects whose acceptance
 * application falls due on the same day are enqueued in work items of 25 to the scan queue (fauxqs); the local
 * event-source poller hands them, 5 per batch as serverless.yml says, to acceptance-tracker's consumer (batch item
 * failures honoured) over DynamoDB Local, and every project gets exactly one flag — none lost, none twice.
 */
import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, PurgeQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { listEvents, listObligations } from '@gov/adapters';
import { enqueueDailyScan, inMemoryDeps, putObligation, recordMilestone, SCAN_BATCH, type Caller, type ProjectState } from '@gov/domain';
import { startPoller } from '../../infra/local/poller.js';
import { scanConsumer } from '../../services/acceptance-tracker/scanConsumer.js';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';
import { storedProject } from '../unit/domain/fixtures.js';

const stack = useStack();
const scanQueue = stack.queues.find((q) => q.logicalId === 'ScanQueue');
// The function has it from serverless.yml; this process enqueues as the schedule would.
process.env.SCAN_QUEUE_NAME = scanQueue?.name ?? '';
const deps = awsDeps();
const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

const COUNT = 2000;
// Far from the days other suites scan, so their scans never see these projects and this scan never sees theirs.
const ON = '2031-05-20';
const now = new Date(`${ON}T02:00:00Z`);

/** A project, its tracking and its index items after construction completed on 2031-01-31 (acceptance due 04-30), computed once in memory. */
async function template(departmentId: string) {
  const mem = inMemoryDeps();
  const bureau: Caller = { sub: 'bureau-1', role: 'bureau', jur: 'shandong' };
  const dept: Caller = { sub: 'dept-1', role: 'department', dept: departmentId, jur: 'shandong' };
  const p: ProjectState = { ...storedProject('shandong'), id: 'template', departmentId, version: 1, lifecycle: undefined, tracking: undefined };
  await mem.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: now.toISOString(), payload: {} }, 0);
  await recordMilestone(mem, bureau, p.id, { type: 'approval', date: '2031-01-10', approvedEstimate: 58_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' } }, now, ON);
  await recordMilestone(mem, dept, p.id, { type: 'contract_signed', date: '2031-01-20' }, now, ON);
  const done = await recordMilestone(mem, dept, p.id, { type: 'construction_completed', date: '2031-01-31' }, now, ON);
  const obligations = [...mem.table.obligations.values()].filter((o) => o.subjectId === p.id);
  return { state: done.state, obligations };
}

async function inParallel<T>(items: readonly T[], n: number, f: (t: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) await f(t);
  }));
}

describe('daily scan fan-out over the scan queue', () => {
  it(`flags ${COUNT} projects due on one day exactly once each`, async () => {
    expect(scanQueue?.dlqName).toBeTruthy();
    const departmentId = `D-${randomUUID().slice(0, 6)}`;
    const t = await template(departmentId);
    expect(t.state.tracking?.obligations['SD-23-apply-3m#main']).toMatchObject({ due: '2031-04-30', state: 'open' });
    expect(t.state.tracking?.systemIds ?? []).toEqual([]);

    const ids = Array.from({ length: COUNT }, (_, i) => `fan-${departmentId}-${String(i).padStart(4, '0')}`);
    await inParallel(ids, 16, async (id) => {
      const p: ProjectState = { ...t.state, id, version: 1 };
      const writes = t.obligations.map((o) => putObligation({ ...o, subjectId: id, projectId: id }));
      const saved = await deps.projects.save(p, { projectId: id, seq: 1, type: 'submitted', actor: 'test', at: now.toISOString(), payload: {} }, 0, writes);
      expect(saved).toHaveProperty('state');
    });

    await sqs.send(new PurgeQueueCommand({ QueueUrl: scanQueue!.url }));
    const r = await enqueueDailyScan(deps, 'tracker', ON, ['shandong']);
    expect(r.subjects).toBeGreaterThanOrEqual(COUNT);
    expect(r.items).toBe(Math.ceil(r.subjects / SCAN_BATCH));

    const consume = scanConsumer(() => deps);
    const batches: number[] = [];
    let failedRecords = 0;
    const poller = startPoller({
      functionName: 'acceptanceTracker',
      queue: scanQueue!,
      batchSize: 5,
      reportBatchItemFailures: true,
      sqs,
      retryDelaySeconds: 0,
      concurrency: 2,
      invoke: async (_fn, event) => {
        batches.push((event as SQSEvent).Records.length);
        const answer = await consume(event as SQSEvent, {} as Context);
        failedRecords += answer.batchItemFailures.length;
        return answer;
      },
    });
    try {
      const deadline = Date.now() + 600_000;
      let handled = 0;
      while (handled < r.items && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 1000));
        handled = batches.reduce((a, b) => a + b, 0) - failedRecords;
      }
      expect(handled).toBe(r.items);
    } finally {
      await poller.stop();
    }
    expect(Math.max(...batches)).toBeLessThanOrEqual(5);
    const left = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: scanQueue!.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    expect(Number(left.Attributes?.ApproximateNumberOfMessages) + Number(left.Attributes?.ApproximateNumberOfMessagesNotVisible)).toBe(0);

    // None lost: every project's obligation carries its flag.
    const unflagged: string[] = [];
    await inParallel(ids, 16, async (id) => {
      const o = (await listObligations('project', id)).find((x) => x.ruleId === 'SD-23-apply-3m');
      if (!o?.flagId) unflagged.push(id);
    });
    expect(unflagged).toEqual([]);

    // None twice: one flags_raised event per project, whatever redeliveries happened.
    const raised = new Map<string, number>();
    await inParallel(ids, 16, async (id) => {
      raised.set(id, (await listEvents(id)).filter((e) => e.type === 'flags_raised').length);
    });
    expect([...raised.values()].filter((n) => n !== 1)).toEqual([]);
    expect(raised.size).toBe(COUNT);
  }, 900_000);
});
