/**
 * An O&M application (运维类) that lists an existing system is judged against that system's record: HS 第八条's
 * window ("免费运维期结束上一年度") reads the recorded free O&M end, not a date the department would have to repeat.
 */
import { describe, expect, it } from 'vitest';
import { classifyProject, inMemoryDeps, preReviewProject, submitApplication, systemKey, type Caller, type Deps, type StoredFinding } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { hongshanSmallBuild } from '../../support/applications.js';
import { storedProject, storedSystem } from './fixtures.js';

const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'hongshan' };
const NOW = new Date('2026-12-01T02:00:00Z'); // submitted in 2026

const omApplication = (existingSystems: string[]) =>
  applicationSchema.parse(
    hongshanSmallBuild({
      name: '红山区政务服务事项管理系统运维',
      category: 'om',
      omKind: 'new',
      existingSystems,
      documents: [{ type: '运维方案', title: '政务服务事项管理系统运维方案', sha256: 'c'.repeat(64) }],
    }),
  );

/** A system the department `department` of `jurisdiction` calls SYS-1, stored under its scoped id. */
async function withSystem(freeOmEnd: string | undefined, jurisdiction: 'hongshan' | 'bijie' = 'hongshan', department = 'D001'): Promise<Deps> {
  const deps = inMemoryDeps();
  const id = systemKey(jurisdiction, department, 'SYS-1');
  const s = storedSystem({ ...storedProject(jurisdiction), departmentId: department }, freeOmEnd ? { freeOmEnd } : {}, { id, code: 'SYS-1', version: 1 });
  await deps.systems.save({ ...s, facts: { ...s.facts, id } }, { projectId: s.projectId, systemId: id, seq: 1, type: 'system_registered', actor: 'test', at: NOW.toISOString(), payload: {} }, 0);
  return deps;
}

async function omWindowFindings(deps: Deps, existingSystems: string[]): Promise<StoredFinding[]> {
  const { project } = await submitApplication(deps, dept, omApplication(existingSystems), undefined, NOW);
  expect(await classifyProject(deps, project.id, NOW)).toBe('done');
  expect(await preReviewProject(deps, project.id, NOW)).toBe('done');
  const p = await deps.projects.get(project.id);
  return (p?.preReview?.findings ?? []).filter((f) => f.ruleId === 'HS-08-om-new-window' && f.outcome === 'FLAG');
}

describe('O&M application listing a system on record (HS 第八条)', () => {
  it('free O&M ends 2027-12-31 (intake year 2026, submitted 2026): no flag, no request for the date', async () => {
    expect(await omWindowFindings(await withSystem('2027-12-31'), ['SYS-1'])).toEqual([]);
  });

  it('the department may list its system by the stored id as well as by its own code', async () => {
    expect(await omWindowFindings(await withSystem('2027-12-31'), [systemKey('hongshan', 'D001', 'SYS-1')])).toEqual([]);
  });

  it('another department’s SYS-1, by code or by its (computable) stored id, is never read: the date is asked for', async () => {
    for (const ids of [['SYS-1'], [systemKey('hongshan', 'D002', 'SYS-1')]]) {
      const [f] = await omWindowFindings(await withSystem('2027-12-31', 'hongshan', 'D002'), ids);
      expect(f.message).toContain('未提供免费运维期结束日期');
    }
  });

  it('free O&M ends 2028-01-01 (intake year 2027): flagged early, citing the recorded end', async () => {
    const [f] = await omWindowFindings(await withSystem('2028-01-01'), ['SYS-1']);
    expect(f.message).toContain('2028-01-01');
    expect(f.message).toContain('2027年');
    expect(f.message).not.toContain('未提供免费运维期结束日期');
  });

  it('a listed system without a recorded end, an unknown id, or a system of another jurisdiction: the date is asked for', async () => {
    for (const [deps, ids] of [[await withSystem(undefined), ['SYS-1']], [await withSystem('2027-12-31'), ['SYS-X']], [await withSystem('2027-12-31', 'bijie'), ['SYS-1']]] as const) {
      const [f] = await omWindowFindings(deps, [...ids]);
      expect(f.message).toContain('未提供免费运维期结束日期');
    }
  });
});
