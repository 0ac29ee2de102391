/**
 * 恢复: SQS is at-least-once but a message can still be lost before it is sent (a crash after the write) or with a
 * local emulator restart. Every project waiting for a pipeline step sits in the sparse byPending index; this sweep
 * re-sends the message for those waiting longer than `olderThanMs`. The consumers are idempotent, so a message that
 * was only slow is harmless when it arrives twice.
 *
 * Batched and without amplifying a backlog (decision 090 §2): messages go out in batches (SendMessageBatch of 10),
 * and each project re-sent starts its wait again (`markRedispatched`), so while a backlog drains each project is re-sent
 * at most once per `olderThanMs`, not once per run (every minute), and the oldest waiting are served first.
 */
import type { Deps, PipelineMessage } from './ports/ports.js';
import type { PipelineStep } from './project.js';

const STEPS: PipelineStep[] = ['classification', 'pre-review'];
/** SQS's limit on one SendMessageBatch. */
const BATCH = 10;

export async function redispatchStalled(deps: Deps, now: Date, olderThanMs: number, limit = 500): Promise<Record<PipelineStep, number>> {
  const at = now.toISOString();
  const before = new Date(now.getTime() - olderThanMs).toISOString();
  const sent: Record<PipelineStep, number> = { classification: 0, 'pre-review': 0 };
  for (const step of STEPS) {
    const stalled = await deps.projects.stalled(step, before, limit);
    for (let i = 0; i < stalled.length; i += BATCH) {
      const batch: PipelineMessage[] = stalled.slice(i, i + BATCH).map((p) => ({ projectId: p.id, version: p.version }));
      const failed = new Set((await deps.queue.sendBatch(step, batch)).map((m) => m.projectId));
      const delivered = batch.filter((m) => !failed.has(m.projectId));
      // Marked after the send: a crash in between costs one more re-send (harmless); marking first could hide a
      // project whose message never went out for a whole threshold. Unsent ones stay due for the next run.
      await Promise.all(delivered.map((m) => deps.projects.markRedispatched(step, m.projectId, m.version, at)));
      sent[step] += delivered.length;
    }
  }
  return sent;
}
