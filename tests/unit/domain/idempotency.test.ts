/**
 * Idempotency-Key on the recording POSTs, through the in-memory ports: a retry replays the first answer and records
 * nothing; the same request with its keys in another order is the same request; another body is 422; concurrent
 * duplicates record once; a refused request claims nothing (docs/decisions/120).
 */
import { describe, expect, it } from 'vitest';
import {
  classifyProject, idempotencyItemKey, inMemoryDeps, preReviewProject, recordMilestone, resubmitApplication, runIdempotently, submitApplication,
  type Caller, type Deps, type MemoryDeps, type ProjectState,
} from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';
import { storedProject } from './fixtures.js';

const bureau: Caller = { sub: 'bureau-1', role: 'bureau', jur: 'shandong' };
const route = 'POST /v1/projects/{id}/milestones';
const approval = { type: 'approval' as const, date: '2026-01-10', approvedEstimate: 58_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' as const } };

async function admitted(deps: MemoryDeps): Promise<ProjectState> {
  const p: ProjectState = { ...storedProject('shandong'), version: 1, lifecycle: undefined, tracking: undefined };
  await deps.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-01-05T00:00:00.000Z', payload: {} }, 0);
  return p;
}

function approve(deps: MemoryDeps, p: ProjectState, body: object, key = 'retry-key-0001') {
  return runIdempotently(deps, bureau, { route, key, request: { params: { id: p.id }, body } }, async (d: Deps) => {
    const r = await recordMilestone(d, bureau, p.id, approval, new Date('2026-05-20T02:00:00Z'), '2026-05-20');
    return { status: 201, body: { version: r.state.version, lifecycle: r.state.lifecycle } };
  }, new Date('2026-05-20T02:00:00Z'));
}

const milestones = async (deps: MemoryDeps, id: string) => (await deps.projects.events(id)).filter((e) => e.type === 'milestone_recorded').length;

describe('runIdempotently', () => {
  it('answers a retry with the first answer and records one event', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    const first = await approve(deps, p, approval);
    expect(first.replayed).toBe(false);
    expect(first.answer.status).toBe(201);
    const retry = await approve(deps, p, approval);
    expect(retry).toEqual({ answer: first.answer, replayed: true });
    expect(await milestones(deps, p.id)).toBe(1);
    expect(deps.table.idempotency.get(idempotencyItemKey(bureau, route, 'retry-key-0001'))?.answer).toEqual(first.answer);
  });

  it('the same request with its keys in another order is a retry, not a new request', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    await approve(deps, p, { type: 'approval', date: '2026-01-10', approvedEstimate: 58_000_000 });
    const retry = await approve(deps, p, { approvedEstimate: 58_000_000, date: '2026-01-10', type: 'approval' });
    expect(retry.replayed).toBe(true);
    expect(await milestones(deps, p.id)).toBe(1);
  });

  it('the same key with another body is 422 and records nothing', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    await approve(deps, p, approval);
    await expect(approve(deps, p, { ...approval, date: '2026-01-11' })).rejects.toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await milestones(deps, p.id)).toBe(1);
  });

  it('another caller with the same key is another request', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    await approve(deps, p, approval);
    const other: Caller = { ...bureau, sub: 'bureau-2' };
    expect(idempotencyItemKey(other, route, 'retry-key-0001')).not.toBe(idempotencyItemKey(bureau, route, 'retry-key-0001'));
  });

  it('concurrent duplicates record once and both get the first answer', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    const [a, b] = await Promise.all([approve(deps, p, approval), approve(deps, p, approval)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.answer).toEqual(b.answer);
    expect(await milestones(deps, p.id)).toBe(1);
  });

  it('a refused request claims nothing: its retry is evaluated again', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps);
    const refused = () => runIdempotently(deps, bureau, { route, key: 'refused-key-01', request: { body: 1 } }, async (d) => {
      await recordMilestone(d, bureau, p.id, { type: 'contract_signed', date: '2026-01-20' }, new Date(), '2026-05-20');
      return { status: 201, body: {} };
    }, new Date());
    await expect(refused()).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    await expect(refused()).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(deps.table.idempotency.size).toBe(0);
  });
});

describe('POST /v1/projects replayed after a PUT (resubmission)', () => {
  it('the original POST is still recognised and answers the project as it is now; the revised body with the old key is 422', async () => {
    const deps = inMemoryDeps();
    const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'hongshan' };
    const now = new Date('2026-12-01T02:00:00Z');
    const original = applicationSchema.parse(hongshanSmallBuild());
    const revised = applicationSchema.parse(hongshanSmallBuild({ name: '红山区政务服务事项管理系统(修改)' }));
    const { project } = await submitApplication(deps, dept, original, 'submit-key-0001', now);
    await classifyProject(deps, project.id, now);
    await preReviewProject(deps, project.id, now);
    const returned = (await deps.projects.get(project.id))!;
    expect(returned.status).toBe('returned');
    await resubmitApplication(deps, dept, project.id, revised, returned.version, now);
    const replay = await submitApplication(deps, dept, { ...original }, 'submit-key-0001', now);
    expect(replay.created).toBe(false);
    expect(replay.project).toMatchObject({ id: project.id, version: returned.version + 1, status: 'submitted' });
    expect((await deps.projects.events(project.id)).filter((e) => e.type === 'submitted')).toHaveLength(1);
    await expect(submitApplication(deps, dept, revised, 'submit-key-0001', now)).rejects.toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
