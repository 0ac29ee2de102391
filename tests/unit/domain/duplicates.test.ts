/** 查重 candidates name other departments' projects: the reviewer sees them, the department only that it is checked. */
import { describe, expect, it } from 'vitest';
import { classifyProject, eventsFor, inMemoryDeps, preReviewProject, projectFor, projectView, submitApplication, type Caller } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';

const NOW = new Date('2026-12-01T02:00:00Z');
const d1: Caller = { sub: 'u1', role: 'department', dept: 'D001', jur: 'hongshan' };
const d2: Caller = { sub: 'u2', role: 'department', dept: 'D002', jur: 'hongshan' };
const bureau: Caller = { sub: 'r', role: 'bureau', jur: 'hongshan' };

describe('duplicate candidates', () => {
  it('are shown to the bureau, withheld from the department in its project and its events', async () => {
    const deps = inMemoryDeps();
    const first = await submitApplication(deps, d1, applicationSchema.parse(hongshanSmallBuild()), undefined, NOW);
    const second = await submitApplication(deps, d2, applicationSchema.parse(hongshanSmallBuild()), undefined, NOW);
    for (const id of [first.project.id, second.project.id]) {
      await classifyProject(deps, id, NOW);
      await preReviewProject(deps, id, NOW);
    }
    const id = second.project.id;
    const reviewer = projectView(bureau, await projectFor(deps, bureau, id));
    expect(reviewer.preReview?.duplicateCandidates).toEqual([expect.objectContaining({ id: first.project.id, departmentId: 'D001' })]);
    const own = projectView(d2, await projectFor(deps, d2, id));
    expect(own.preReview).not.toHaveProperty('duplicateCandidates');
    expect((own.preReview as { duplicateCheck?: string }).duplicateCheck).toMatch(/查重/);
    expect(JSON.stringify(own)).not.toContain(first.project.id);
    const events = await eventsFor(deps, d2, id);
    expect(JSON.stringify(events)).not.toContain(first.project.id);
    expect(JSON.stringify(await eventsFor(deps, bureau, id))).toContain(first.project.id);
  });
});
