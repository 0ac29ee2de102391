/**
 * A revision that changes what the reviewer's decisions looked at reopens them, with the diff in the event and on the
 * project; one that does not (a new responsible person) keeps them.
 */
import { describe, expect, it } from 'vitest';
import { classifyProject, eventsFor, inMemoryDeps, materialChanges, preReviewProject, projectFor, recordReview, resubmitApplication, submitApplication, type Caller } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { uploadDeclaredDocuments } from './fixtures.js';
import { shandongBuild } from '../../support/applications.js';

const NOW = new Date('2026-06-01T02:00:00Z');
const dept: Caller = { sub: 'sd-dept', role: 'department', dept: 'SD-1', jur: 'shandong' };
const bureau: Caller = { sub: 'sd-bureau', role: 'bureau', jur: 'shandong' };
const app = (over: Record<string, unknown> = {}) => applicationSchema.parse(shandongBuild(over));

/** Pre-reviewed with reviewer tasks; all but the last passed, so it still waits (pending_review). */
async function partlyReviewed() {
  const deps = inMemoryDeps();
  await uploadDeclaredDocuments(deps, dept, app());
  const { project } = await submitApplication(deps, dept, app(), undefined, NOW);
  await classifyProject(deps, project.id, NOW);
  await preReviewProject(deps, project.id, NOW);
  const p = await projectFor(deps, bureau, project.id);
  const tasks = p.preReview!.reviewerTasks.map((t) => t.ruleId);
  expect(tasks.length).toBeGreaterThan(1);
  const passed = tasks.slice(0, -1);
  const r = await recordReview(deps, bureau, p.id, { decisions: passed.map((ruleId) => ({ ruleId, result: 'pass' as const })), reviews: {} }, NOW);
  expect(r.status).toBe('pending_review');
  return { deps, id: p.id, passed, version: r.version };
}

describe('revision after decisions', () => {
  it('raising the total tenfold reopens every decision; the event and the project carry the diff', async () => {
    const { deps, id, passed, version } = await partlyReviewed();
    await resubmitApplication(deps, dept, id, app({ amounts: { total: '86000000.00' } }), version, NOW);
    const p = await projectFor(deps, bureau, id);
    expect(p.lifecycle?.status.decisions ?? {}).toEqual({});
    expect(p.reopened).toMatchObject({ version: version + 1, changes: [{ path: 'amounts.total', from: 860_000_000, to: 8_600_000_000 }] });
    expect(Object.keys(p.reopened!.decisions).sort()).toEqual([...passed].sort());
    const ev = (await eventsFor(deps, bureau, id)).find((e) => e.type === 'resubmitted')!;
    expect(ev.payload).toMatchObject({ changes: [{ path: 'amounts.total' }], reopened: { ruleIds: expect.arrayContaining(passed) } });
    await classifyProject(deps, id, NOW);
    await preReviewProject(deps, id, NOW);
    const again = await projectFor(deps, bureau, id);
    expect(again.preReview!.reviewerTasks.map((t) => t.ruleId)).toEqual(expect.arrayContaining(passed));
  });

  it('a change nothing was decided on (the responsible person) keeps the decisions', async () => {
    const { deps, id, passed, version } = await partlyReviewed();
    await resubmitApplication(deps, dept, id, app({ responsiblePerson: '李四' }), version, NOW);
    const p = await projectFor(deps, bureau, id);
    expect(Object.keys(p.lifecycle!.status.decisions!).sort()).toEqual([...passed].sort());
    expect(p.reopened).toBeUndefined();
  });

  it('materialChanges names documents, category and scope, not the name', () => {
    const a = app();
    expect(materialChanges(a, app({ name: '新名称' }))).toEqual([]);
    // The store does not keep key order: the same data resource with its keys reordered is no change.
    const reordered = { ...a, dataResources: [{ name: 'x', source: 'y' }] };
    expect(materialChanges({ ...a, dataResources: [{ source: 'y', name: 'x' }] }, reordered)).toEqual([]);
    expect(materialChanges(a, app({ category: 'om', documents: [] })).map((c) => c.path)).toEqual(['category', 'documents']);
    // A document added was read by no earlier decision.
    expect(materialChanges(a, app({ documents: [...a.documents, { type: '评审报告', title: '第三方评审报告', sha256: 'f'.repeat(64) }] }))).toEqual([]);
  });
});
