/** The recovery sweep in batches, without re-sending a backlog every run (decision 090 §2). */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, redispatchStalled, submitApplication, type Caller, type PipelineMessage } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';

const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'hongshan' };
const T0 = new Date('2026-12-01T01:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const THRESHOLD = 120_000;

async function backlog(n: number) {
  const deps = inMemoryDeps();
  const batches: PipelineMessage[][] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await submitApplication(deps, dept, applicationSchema.parse(hongshanSmallBuild()), undefined, at(i))).project.id);
  const sendBatch = deps.queue.sendBatch.bind(deps.queue);
  deps.queue.sendBatch = async (q, messages) => {
    batches.push([...messages]);
    return sendBatch(q, messages);
  };
  deps.sent.length = 0;
  return { deps, batches, ids };
}

describe('redispatchStalled', () => {
  it('sends a backlog of 25 in batches of at most 10, oldest first, each project once', async () => {
    const { deps, batches, ids } = await backlog(25);
    expect(await redispatchStalled(deps, at(10 * 60_000), THRESHOLD)).toEqual({ classification: 25, 'pre-review': 0 });
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(deps.sent.map((m) => m.projectId)).toEqual(ids);
  });

  it('does not re-send the same backlog on the next run, only once the threshold has passed again', async () => {
    const { deps } = await backlog(12);
    const first = at(10 * 60_000);
    expect((await redispatchStalled(deps, first, THRESHOLD)).classification).toBe(12);
    // The schedule runs every minute: one minute later nothing is due again…
    expect((await redispatchStalled(deps, new Date(first.getTime() + 60_000), THRESHOLD)).classification).toBe(0);
    // …exactly at the threshold still nothing (strictly older than), one millisecond past it all twelve.
    expect((await redispatchStalled(deps, new Date(first.getTime() + THRESHOLD), THRESHOLD)).classification).toBe(0);
    expect((await redispatchStalled(deps, new Date(first.getTime() + THRESHOLD + 1), THRESHOLD)).classification).toBe(12);
    expect(deps.sent).toHaveLength(24);
  });

  it('keeps a message SQS refused due for the next run, and marks the others', async () => {
    const { deps, ids } = await backlog(3);
    const sendBatch = deps.queue.sendBatch;
    deps.queue.sendBatch = async (q, messages) => {
      await sendBatch(q, messages.filter((m) => m.projectId !== ids[1]));
      return messages.filter((m) => m.projectId === ids[1]);
    };
    const now = at(10 * 60_000);
    expect((await redispatchStalled(deps, now, THRESHOLD)).classification).toBe(2);
    deps.queue.sendBatch = sendBatch;
    deps.sent.length = 0;
    expect((await redispatchStalled(deps, new Date(now.getTime() + 60_000), THRESHOLD)).classification).toBe(1);
    expect(deps.sent.map((m) => m.projectId)).toEqual([ids[1]]);
  });

  it('honours the limit per step and leaves the rest for the next run', async () => {
    const { deps, batches } = await backlog(15);
    expect((await redispatchStalled(deps, at(10 * 60_000), THRESHOLD, 12)).classification).toBe(12);
    expect(batches.map((b) => b.length)).toEqual([10, 2]);
    expect((await redispatchStalled(deps, at(11 * 60_000), THRESHOLD, 12)).classification).toBe(3);
  });
});
