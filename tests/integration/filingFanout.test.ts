/**
 * The filing scan fanned out against the real emulators (decision 090 §6): a few hundred xichuan projects whose
 * annual catalogue (基础目录清单, XC 第二十八条) falls due on 12-31 are enqueued as `filing` work items to the scan queue
 * (fauxqs) and consumed by acceptance-tracker's consumer through the local poller over DynamoDB Local: every
 * project flagged once, none lost, none twice.
 */
import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, PurgeQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { dueBucket, listEvents, listObligations, queryDue, queryFlaggedSince, type ObligationRecord } from '@gov/adapters';
import { enqueueDailyScan, recomputeProject, SCAN_BATCH, type ProjectState } from '@gov/domain';
import { startPoller } from '../../infra/local/poller.js';
import { scanConsumer } from '../../services/acceptance-tracker/scanConsumer.js';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';
import { storedProject } from '../unit/domain/fixtures.js';

const stack = useStack();
const scanQueue = stack.queues.find((q) => q.logicalId === 'ScanQueue');
// The filing function has it from serverless.yml; this process enqueues as its schedule would.
process.env.SCAN_QUEUE_NAME = scanQueue?.name ?? '';
const deps = awsDeps();
const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

const COUNT = 300;
const RULE = 'XC-28-annual-catalogue';
// A year no other suite scans: the 2032 catalogue is due 2032-12-31, overdue from 2033-01-01.
const ON = '2033-01-01';
const now = new Date('2032-12-31T17:30:00Z');

async function inParallel<T>(items: readonly T[], n: number, f: (t: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) await f(t);
  }));
}

describe('filing scan fan-out over the scan queue', () => {
  it(`flags the annual catalogue of ${COUNT} xichuan projects due 12-31 exactly once each`, async () => {
    const departmentId = `XC-${randomUUID().slice(0, 6)}`;
    const ids = Array.from({ length: COUNT }, (_, i) => `cat-${departmentId}-${String(i).padStart(3, '0')}`);
    await inParallel(ids, 16, async (id) => {
      const p: ProjectState = { ...storedProject('xichuan', { departmentId }, { dates: { operationStart: '2032-03-01' } }), id, version: 1, tracking: undefined };
      const r = recomputeProject(p, '2032-12-20');
      expect(r.obligations[`${RULE}#main`]).toMatchObject({ due: '2032-12-31', state: 'open', scan: 'filing' });
      const saved = await deps.projects.save({ ...p, tracking: r.tracking }, { projectId: id, seq: 1, type: 'submitted', actor: 'test', at: now.toISOString(), payload: {} }, 0, r.writes);
      expect(saved).toHaveProperty('state');
    });

    await sqs.send(new PurgeQueueCommand({ QueueUrl: scanQueue!.url }));
    const r = await enqueueDailyScan(deps, 'filing', ON, ['xichuan']);
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
      const deadline = Date.now() + 300_000;
      let handled = 0;
      while (handled < r.items && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 500));
        handled = batches.reduce((a, b) => a + b, 0) - failedRecords;
      }
      expect(handled).toBe(r.items);
    } finally {
      await poller.stop();
    }
    const left = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: scanQueue!.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    expect(Number(left.Attributes?.ApproximateNumberOfMessages) + Number(left.Attributes?.ApproximateNumberOfMessagesNotVisible)).toBe(0);

    const unflagged: string[] = [];
    const raised = new Map<string, number>();
    await inParallel(ids, 16, async (id) => {
      const o = (await listObligations('project', id)).find((x) => x.ruleId === RULE && x.due === '2032-12-31');
      if (!o?.flagId) unflagged.push(id);
      raised.set(id, (await listEvents(id)).filter((e) => e.type === 'flags_raised' && e.actor === 'system:filing-scan').length);
    });
    expect(unflagged).toEqual([]);
    expect(raised.size).toBe(COUNT);
    expect([...raised.values()].filter((n) => n !== 1)).toEqual([]);

    // Flagged, they left the daily bucket (decision 090 §6): the next day's scan does not list them, let alone
    // enqueue them; the flagged bucket holds them under the flag day, for the reminder scan's week.
    const mine = new Set(ids);
    const listed = async (read: (next?: Record<string, unknown>) => ReturnType<typeof queryDue>) => {
      const out: ObligationRecord[] = [];
      let next: Record<string, unknown> | undefined;
      do {
        const page = await read(next);
        out.push(...page.items.filter((o) => mine.has(o.subjectId) && o.ruleId === RULE));
        next = page.next;
      } while (next);
      return out;
    };
    expect(await listed((k) => queryDue(dueBucket('filing', 'xichuan'), '2033-01-02', k))).toEqual([]);
    const flagged = await listed((k) => queryFlaggedSince('filing', 'xichuan', '2033-01-01', k));
    expect(flagged).toHaveLength(COUNT);
    expect(flagged.every((o) => o.flaggedOn === ON && o.due === '2032-12-31' && o.flagId)).toBe(true);
    await sqs.send(new PurgeQueueCommand({ QueueUrl: scanQueue!.url }));
    const next = await enqueueDailyScan(deps, 'filing', '2033-01-02', ['xichuan']);
    expect(next.alreadyFlagged).toBe(0);
    await sqs.send(new PurgeQueueCommand({ QueueUrl: scanQueue!.url }));
  }, 600_000);
});
