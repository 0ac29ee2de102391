/**
 * Submission, the two pipeline steps, revision, reviews and the recovery sweep, through the domain's ports with the
 * in-memory stores: no DynamoDB, no queue emulator. What is stored, which messages are sent, and the conflict paths.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyProject, eventsFor, inMemoryDeps, preReviewProject, projectFor, projectsFor, recordReview, redispatchStalled, resubmitApplication,
  submitApplication, verifyProjectChain, type Caller,
} from '@gov/domain';
import { applicationSchema, type Application } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';

const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'hongshan' };
const bureau: Caller = { sub: 'reviewer', role: 'bureau', jur: 'hongshan' };
const NOW = new Date('2026-12-01T02:00:00Z');
const app = (over: Record<string, unknown> = {}): Application => applicationSchema.parse(hongshanSmallBuild(over));

async function throughPipeline(deps = inMemoryDeps()) {
  const { project } = await submitApplication(deps, dept, app(), undefined, NOW);
  expect(await classifyProject(deps, project.id, NOW)).toBe('done');
  expect(await preReviewProject(deps, project.id, NOW)).toBe('done');
  return { deps, id: project.id };
}

describe('submit', () => {
  it('stores version 1 waiting for classification and hands it to the classification queue', async () => {
    const deps = inMemoryDeps();
    const r = await submitApplication(deps, dept, app(), undefined, NOW);
    expect(r.created).toBe(true);
    expect(await deps.projects.get(r.project.id)).toMatchObject({ version: 1, status: 'submitted', pendingStep: 'classification', submittedOn: '2026-12-01', jurisdiction: 'hongshan', departmentId: 'D001' });
    expect(deps.sent).toEqual([{ queue: 'classification', projectId: r.project.id, version: 1 }]);
  });

  it('the same Idempotency-Key finds the first project (and re-sends its hand-off); other content under it is 422', async () => {
    const deps = inMemoryDeps();
    const first = await submitApplication(deps, dept, app(), 'key-00000001', NOW);
    const again = await submitApplication(deps, dept, app(), 'key-00000001', NOW);
    expect(again).toMatchObject({ created: false, project: { id: first.project.id, version: 1 } });
    expect(deps.sent).toHaveLength(2);
    await expect(submitApplication(deps, dept, app({ name: '另一个项目' }), 'key-00000001', NOW)).rejects.toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await projectsFor(deps, dept, 10)).items).toHaveLength(1);
  });

  it('only a department submits', async () => {
    await expect(submitApplication(inMemoryDeps(), bureau, app(), undefined, NOW)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('a queue that is down does not lose the application: it waits for the recovery sweep', async () => {
    const deps = inMemoryDeps();
    deps.queue = { ...deps.queue, send: async () => { throw new Error('queue down'); } };
    const r = await submitApplication(deps, dept, app(), undefined, NOW);
    expect((await deps.projects.get(r.project.id))?.status).toBe('submitted');
  });
});

describe('pipeline steps', () => {
  it('classify then pre-review: three events, classification and findings stored, pending step cleared', async () => {
    const { deps, id } = await throughPipeline();
    const p = await projectFor(deps, dept, id);
    expect(p.version).toBe(3);
    expect(p.classification).toMatchObject({ category: 'build' });
    expect(p.pendingStep).toBeUndefined();
    expect(['returned', 'rejected', 'pending_review', 'in_library']).toContain(p.status);
    expect(p.preReview?.packVersion).toBe(p.classification?.packVersion);
    const events = await eventsFor(deps, dept, id);
    expect(events.map((e) => e.type)).toEqual(['submitted', 'classified', 'pre_reviewed']);
    expect(events[1].ruleIds).toContain('HS-12-path-below-600k');
    expect(deps.sent.map((m) => m.queue)).toEqual(['classification', 'pre-review']);
  });

  it('a step already taken is not taken again, only its hand-off repeated; an unknown project is not-found', async () => {
    const deps = inMemoryDeps();
    const { project } = await submitApplication(deps, dept, app(), undefined, NOW);
    await classifyProject(deps, project.id, NOW);
    expect(await classifyProject(deps, project.id, NOW)).toBe('already-done');
    expect(deps.sent.filter((m) => m.queue === 'pre-review')).toEqual([{ queue: 'pre-review', projectId: project.id, version: 2 }, { queue: 'pre-review', projectId: project.id, version: 2 }]);
    expect((await deps.projects.get(project.id))?.version).toBe(2);
    expect(await classifyProject(deps, 'p-missing', NOW)).toBe('not-found');
    expect(await preReviewProject(deps, 'p-missing', NOW)).toBe('not-found');
  });

  it('a lost version race is retried on the state as re-read', async () => {
    const deps = inMemoryDeps();
    const { project } = await submitApplication(deps, dept, app(), undefined, NOW);
    deps.table.conflictOnce.add(`project#${project.id}`);
    expect(await classifyProject(deps, project.id, NOW)).toBe('done');
    expect((await deps.projects.events(project.id)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('the duplicate check sees the jurisdiction’s other projects with similar names', async () => {
    const deps = inMemoryDeps();
    await submitApplication(deps, { ...dept, dept: 'D002' }, app(), undefined, NOW);
    const { id } = await throughPipeline(deps);
    const p = await deps.projects.get(id);
    expect(p?.preReview?.duplicateCandidates?.map((c) => c.departmentId)).toEqual(['D002']);
  });
});

describe('revise and review', () => {
  it('a returned or pending application is resubmitted with its previous version kept; a stale If-Match is 409', async () => {
    const { deps, id } = await throughPipeline();
    const before = (await deps.projects.get(id))!;
    await expect(resubmitApplication(deps, dept, id, app(), before.version - 1, NOW)).rejects.toMatchObject({ status: 409, code: 'VERSION_MISMATCH' });
    // The small build lacks the 第六条 statements: returned (退回补正).
    expect(before.status).toBe('returned');
    const next = await resubmitApplication(deps, dept, id, app({ name: '红山区政务服务事项管理系统(修改)' }), before.version, NOW);
    expect(next).toMatchObject({ status: 'submitted', version: 4, classification: undefined, revisions: [{ version: 3 }] });
    expect(deps.sent.at(-1)).toEqual({ queue: 'classification', projectId: id, version: 4 });
    // Submitted again, it is no longer revisable until the pipeline has run.
    await expect(resubmitApplication(deps, dept, id, app(), 4, NOW)).rejects.toMatchObject({ status: 409, code: 'NOT_REVISABLE' });
  });

  it('only the jurisdiction’s bureau reviews, and only rules of its own pack', async () => {
    const { deps, id } = await throughPipeline();
    const p = (await deps.projects.get(id))!;
    await expect(recordReview(deps, dept, id, { decisions: [], reviews: {} }, NOW)).rejects.toMatchObject({ status: 403 });
    await expect(recordReview(deps, { ...bureau, jur: 'bijie' }, id, { decisions: [], reviews: {} }, NOW)).rejects.toMatchObject({ status: 404 });
    expect(p.preReview!.reviewerTasks.map((t) => t.ruleId)).toContain('HS-09-prereview');
    await expect(recordReview(deps, bureau, id, { decisions: [{ ruleId: 'BJ-05-crypto-reviewed', result: 'pass' }], reviews: {} }, NOW)).rejects.toMatchObject({ status: 422, code: 'UNKNOWN_RULE' });
    const reviewed = await recordReview(deps, bureau, id, { decisions: [{ ruleId: 'HS-09-prereview', result: 'pass' }], reviews: {} }, NOW);
    expect(reviewed.version).toBe(4);
    expect(reviewed.lifecycle?.status.decisions?.['HS-09-prereview']).toMatchObject({ result: 'pass', reviewer: 'reviewer', on: '2026-12-01' });
    expect(reviewed.preReview!.reviewerTasks.map((t) => t.ruleId)).not.toContain('HS-09-prereview');
    expect((await deps.projects.events(id)).at(-1)).toMatchObject({ type: 'reviewed', actor: 'reviewer', ruleIds: ['HS-09-prereview'] });
  });
});

describe('recovery and audit', () => {
  it('re-sends the message of a project waiting longer than the threshold, not of one just submitted', async () => {
    const deps = inMemoryDeps();
    const old = await submitApplication(deps, dept, app(), undefined, new Date('2026-12-01T01:00:00Z'));
    await submitApplication(deps, dept, app(), undefined, new Date('2026-12-01T01:59:30Z'));
    deps.sent.length = 0;
    expect(await redispatchStalled(deps, NOW, 120_000)).toEqual({ classification: 1, 'pre-review': 0 });
    expect(deps.sent).toEqual([{ queue: 'classification', projectId: old.project.id, version: 1 }]);
  });

  it('reports the project’s chain through the store', async () => {
    const { deps, id } = await throughPipeline();
    expect(await verifyProjectChain(deps, id)).toEqual({ projectId: id, events: 3, ok: true, firstBreak: null });
  });
});
