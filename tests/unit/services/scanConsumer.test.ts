/**
 * The scan queue's consumer (decision 090 §6) over in-memory ports: a valid work item is handled, a malformed or
 * out-of-bounds one and one whose subject fails are reported as batch item failures (retried, then dead-lettered).
 */
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { inMemoryDeps } from '@gov/domain';
import { scanConsumer } from '../../../services/acceptance-tracker/scanConsumer.js';

const record = (messageId: string, body: unknown): SQSRecord =>
  ({ messageId, body: typeof body === 'string' ? body : JSON.stringify(body), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {} }) as unknown as SQSRecord;
const context = { functionName: 'acceptanceTracker', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

describe('scan queue consumer', () => {
  it('handles valid items and reports the others by message id', async () => {
    const deps = inMemoryDeps();
    const get = deps.projects.get.bind(deps.projects);
    deps.projects.get = async (id) => {
      if (id === 'broken') throw new Error('store unavailable');
      return get(id);
    };
    const consume = scanConsumer(() => deps);
    const subjects = (n: number) => Array.from({ length: n }, (_, i) => ({ subject: 'project', subjectId: `p${i}` }));
    const event: SQSEvent = {
      Records: [
        // Unknown projects: nothing to flag, nothing fails.
        record('ok', { job: 'tracker', on: '2026-12-31', subjects: subjects(25) }),
        record('ok-100', { job: 'filing', on: '2026-12-31', subjects: subjects(100) }),
        record('not-json', '{'),
        record('bad-date', { job: 'tracker', on: '2026-02-30', subjects: subjects(1) }),
        record('empty', { job: 'tracker', on: '2026-12-31', subjects: [] }),
        record('too-many', { job: 'tracker', on: '2026-12-31', subjects: subjects(101) }),
        record('bad-job', { job: 'pipeline', on: '2026-12-31', subjects: subjects(1) }),
        record('subject-fails', { job: 'tracker', on: '2026-12-31', subjects: [{ subject: 'project', subjectId: 'p1' }, { subject: 'project', subjectId: 'broken' }] }),
      ],
    };
    const r = await consume(event, context);
    expect(r.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['bad-date', 'bad-job', 'empty', 'not-json', 'subject-fails', 'too-many']);
  });
});

describe('deadline schedule input', () => {
  it('fans out only when the schedule says so; a re-run by hand scans in the process', async () => {
    const { scheduleInput } = await import('../../../services/acceptance-tracker/handler.js');
    expect(scheduleInput.parse({ job: 'daily-deadline-scan', on: '2026-12-31' }).fanOut).toBe(false);
    expect(scheduleInput.parse({ job: 'daily-deadline-scan', fanOut: true }).fanOut).toBe(true);
    expect(scheduleInput.safeParse({ fanOut: 'yes' }).success).toBe(false);
  });
});
