/**
 * 恢复: SQS is at-least-once but a message can still be lost before it is sent (a crash after the write) or with a
 * local emulator restart. Every project waiting for a pipeline step sits in the sparse byPending index; this sweep
 * re-sends the message for those waiting longer than `olderThanMs`. The consumers are idempotent, so a message that
 * was only slow is harmless when it arrives twice.
 */
import type { Deps } from './ports/ports.js';
import type { PipelineStep } from './project.js';

const STEPS: PipelineStep[] = ['classification', 'pre-review'];

export async function redispatchStalled(deps: Deps, now: Date, olderThanMs: number, limit = 500): Promise<Record<PipelineStep, number>> {
  const before = new Date(now.getTime() - olderThanMs).toISOString();
  const sent: Record<PipelineStep, number> = { classification: 0, 'pre-review': 0 };
  for (const step of STEPS) {
    for (const p of await deps.projects.stalled(step, before, limit)) {
      await deps.queue.send(step, { projectId: p.id, version: p.version });
      sent[step]++;
    }
  }
  return sent;
}
