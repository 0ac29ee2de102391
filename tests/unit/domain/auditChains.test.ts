/** Who may verify hash chains (read-only): an admin anything; an auditor their own jurisdiction; nobody else. */
import { describe, expect, it } from 'vitest';
import { auditChainsFor, inMemoryDeps, submitApplication, type Caller } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';

const NOW = new Date('2026-12-01T02:00:00Z');
const auditor = (jur: string): Caller => ({ sub: `auditor-${jur}`, role: 'auditor', jur });

async function library() {
  const deps = inMemoryDeps();
  const app = applicationSchema.parse(hongshanSmallBuild());
  const hs = await submitApplication(deps, { sub: 'd', role: 'department', dept: 'D001', jur: 'hongshan' }, app, undefined, NOW);
  const bj = await submitApplication(deps, { sub: 'd', role: 'department', dept: 'D001', jur: 'bijie' }, app, undefined, NOW);
  return { deps, hs: hs.project.id, bj: bj.project.id };
}

describe('auditChainsFor', () => {
  it('an auditor verifies a project of their jurisdiction', async () => {
    const { deps, hs } = await library();
    expect(await auditChainsFor(deps, auditor('hongshan'), { projectId: hs })).toMatchObject({ projectId: hs, events: 1, ok: true, firstBreak: null });
  });

  it("another jurisdiction's project is not found for the auditor, as for every read", async () => {
    const { deps, bj } = await library();
    await expect(auditChainsFor(deps, auditor('hongshan'), { projectId: bj })).rejects.toMatchObject({ status: 404 });
  });

  it("the auditor's library page covers only their jurisdiction; asking for another by name is 403", async () => {
    const { deps } = await library();
    expect(await auditChainsFor(deps, auditor('hongshan'), {})).toMatchObject({ projects: 1, events: 1, broken: [], nextCursor: null });
    expect(await auditChainsFor(deps, auditor('hongshan'), { jurisdiction: 'hongshan' })).toMatchObject({ projects: 1 });
    await expect(auditChainsFor(deps, auditor('hongshan'), { jurisdiction: 'bijie' })).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('an admin still verifies any project and the whole library; a reviewer may not', async () => {
    const { deps, bj } = await library();
    const admin: Caller = { sub: 'admin', role: 'admin', jur: 'hongshan' };
    expect(await auditChainsFor(deps, admin, { projectId: bj })).toMatchObject({ projectId: bj, ok: true });
    let page = await auditChainsFor(deps, admin, {});
    let projects = 0;
    for (;;) {
      projects += (page as { projects: number }).projects;
      const next = (page as { nextCursor: string | null }).nextCursor;
      if (!next) break;
      page = await auditChainsFor(deps, admin, { cursor: next });
    }
    expect(projects).toBe(2);
    await expect(auditChainsFor(deps, { sub: 'r', role: 'bureau', jur: 'hongshan' }, {})).rejects.toMatchObject({ status: 403 });
  });
});
