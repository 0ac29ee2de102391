/** The recovery sweep against the real emulators: a project whose message was lost gets it re-sent. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PurgeQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, getProject, PENDING_SHARDS, pendingKey, projectsTable, saveProject, stalledProjects } from '@gov/adapters';
import { redispatchStalled, withPendingStep, type ProjectState } from '@gov/domain';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';

const stack = useStack();
const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

function stalled(status: 'submitted' | 'classified' | 'in_library', at: string): ProjectState {
  const id = `rec-${randomUUID()}`;
  return withPendingStep({ id, version: 1, jurisdiction: 'hongshan', departmentId: 'D-REC', createdAt: at, updatedAt: at, status, submittedBy: 't', submittedOn: at.slice(0, 10), requestHash: 'x', application: {} as never }, at);
}

describe('redispatchStalled', () => {
  it('re-sends the message of each project stalled longer than the threshold, and only those', async () => {
    const queue = stack.queues.find((q) => q.logicalId === 'ClassificationQueue')!;
    const preQueue = stack.queues.find((q) => q.logicalId === 'PreReviewQueue')!;
    await sqs.send(new PurgeQueueCommand({ QueueUrl: queue.url }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl: preQueue.url }));
    const now = new Date();
    const old = new Date(now.getTime() - 10 * 60_000).toISOString();
    const lostClassification = stalled('submitted', old);
    const lostPreReview = stalled('classified', old);
    const fresh = stalled('submitted', now.toISOString());
    const done = stalled('in_library', old);
    for (const p of [lostClassification, lostPreReview, fresh, done]) {
      await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 't', at: p.createdAt, payload: {} }, 0);
    }
    expect(done.pendingStep).toBeUndefined();

    const sent = await redispatchStalled(awsDeps(), now, 5 * 60_000);
    expect(sent.classification).toBeGreaterThanOrEqual(1);
    const bodies = async (url: string) => ((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))).Messages ?? []).map((m) => JSON.parse(m.Body!).projectId);
    const cls = await bodies(queue.url);
    const pre = await bodies(preQueue.url);
    expect(cls).toContain(lostClassification.id);
    expect(cls).not.toContain(fresh.id);
    expect(cls).not.toContain(done.id);
    expect(pre).toContain(lostPreReview.id);
  });

  it('sends a backlog in batches, each project once, and marks its wait as restarted (no re-send a minute later)', async () => {
    const queue = stack.queues.find((q) => q.logicalId === 'ClassificationQueue')!;
    await sqs.send(new PurgeQueueCommand({ QueueUrl: queue.url }));
    const now = new Date();
    const old = new Date(now.getTime() - 10 * 60_000).toISOString();
    const backlog = Array.from({ length: 23 }, () => stalled('submitted', old));
    for (const p of backlog) await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 't', at: p.createdAt, payload: {} }, 0);

    expect((await redispatchStalled(awsDeps(), now, 5 * 60_000)).classification).toBeGreaterThanOrEqual(23);
    for (const p of backlog) expect((await getProject(p.id))?.pendingSince).toBe(now.toISOString());
    // A minute later (the schedule's next run) none of them is due again.
    await redispatchStalled(awsDeps(), new Date(now.getTime() + 60_000), 5 * 60_000);

    const received: string[] = [];
    for (let empty = 0; empty < 2; ) {
      const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 60 }));
      const ms = r.Messages ?? [];
      if (ms.length === 0) empty++;
      for (const m of ms) received.push(JSON.parse(m.Body!).projectId);
    }
    const ours = received.filter((id) => backlog.some((p) => p.id === id));
    expect(ours.sort()).toEqual(backlog.map((p) => p.id).sort());
  });

  it('spreads waiting projects over 4 byPending shards a step and reads every shard, oldest first across them (decision 090 §5)', async () => {
    const queue = stack.queues.find((q) => q.logicalId === 'ClassificationQueue')!;
    // Older than anything another test leaves waiting, so these are the sweep's heads; a second apart, in order.
    const waiting = Array.from({ length: 24 }, (_, i) => stalled('submitted', new Date(Date.UTC(2001, 0, 1, 0, 0, i)).toISOString()));
    for (const p of waiting) await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 't', at: p.createdAt, payload: {} }, 0);

    const raw = async (id: string) => (await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: { pk: `PROJECT#${id}`, sk: 'STATE' }, ConsistentRead: true }))).Item!;
    const keys = await Promise.all(waiting.map(async (p) => (await raw(p.id)).pendingKey as string));
    expect(keys).toEqual(waiting.map((p) => pendingKey('classification', p.id)));
    expect(keys.every((k) => /^classification#[0-3]$/.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(PENDING_SHARDS);
    // Read back without the index key; a project that stops waiting leaves the index.
    expect(await getProject(waiting[0].id)).not.toHaveProperty('pendingKey');
    const moved = withPendingStep({ ...waiting[23], status: 'in_library', version: 2 }, waiting[23].createdAt);
    await saveProject(moved, { projectId: moved.id, seq: 2, type: 'reviewed', actor: 't', at: moved.createdAt, payload: {} }, 1);
    expect(await raw(moved.id)).not.toHaveProperty('pendingKey');

    // The 10 oldest across all four shards, in order; the moved one nowhere.
    const before = new Date(Date.UTC(2001, 0, 2)).toISOString();
    expect(await stalledProjects('classification', before, 10)).toEqual(waiting.slice(0, 10).map((p) => ({ id: p.id, version: 1 })));
    const all = await stalledProjects('classification', before, 500);
    expect(all.map((x) => x.id)).toEqual(waiting.slice(0, 23).map((p) => p.id));
    // Boundary: waiting since exactly `before` is not yet stalled.
    expect((await stalledProjects('classification', waiting[5].pendingSince!, 500)).map((x) => x.id)).toEqual(waiting.slice(0, 5).map((p) => p.id));

    await sqs.send(new PurgeQueueCommand({ QueueUrl: queue.url }));
    const now = new Date();
    expect((await redispatchStalled(awsDeps(), now, 5 * 60_000)).classification).toBeGreaterThanOrEqual(23);
    for (const p of waiting.slice(0, 23)) expect((await getProject(p.id))?.pendingSince).toBe(now.toISOString());
    expect(await stalledProjects('classification', before, 500)).toEqual([]);
    await sqs.send(new PurgeQueueCommand({ QueueUrl: queue.url }));
  });
});
