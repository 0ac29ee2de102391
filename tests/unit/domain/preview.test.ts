/**
 * The deadline preview on a chosen day: the same computation as the daily scan, written nowhere; a working-day
 * deadline that runs into 2027 (no official holiday schedule yet) is marked provisional.
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, previewDeadlines, type Caller, type ProjectState } from '@gov/domain';
import { storedProject } from './fixtures.js';

const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'shandong' };

async function withContract(contractSigned: string) {
  const deps = inMemoryDeps();
  const p: ProjectState = storedProject('shandong', { version: 1 }, { dates: { contractSigned } });
  await deps.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-01-05T00:00:00.000Z', payload: {} }, 0);
  return { deps, id: p.id };
}

const contract = (r: Awaited<ReturnType<typeof previewDeadlines>>) => r.obligations.find((o) => o.ruleId === 'SD-13-contract-5wd');

describe('previewDeadlines', () => {
  it('contract signed 2026-12-28: 5 working days run past 元旦 into 2027 → due 2027-01-05, provisional', async () => {
    const { deps, id } = await withContract('2026-12-28');
    const r = await previewDeadlines(deps, dept, id, '2027-01-05');
    expect(r).toMatchObject({ projectId: id, on: '2027-01-05' });
    expect(contract(r)).toMatchObject({ due: '2027-01-05', provisional: true, state: 'open', article: '第十三条' });
    expect(contract(await previewDeadlines(deps, dept, id, '2027-01-06'))).toMatchObject({ state: 'overdue', provisional: true });
  });

  it('contract signed 2026-12-01: due 2026-12-08 on the official 2026 calendar, not provisional', async () => {
    const { deps, id } = await withContract('2026-12-01');
    expect(contract(await previewDeadlines(deps, dept, id, '2026-12-08'))).toMatchObject({ due: '2026-12-08', provisional: false, state: 'open' });
  });

  it('writes nothing, and another department does not see the project', async () => {
    const { deps, id } = await withContract('2026-12-28');
    const before = structuredClone(await deps.projects.get(id));
    await previewDeadlines(deps, dept, id, '2027-01-05');
    expect(await deps.projects.get(id)).toEqual(before);
    await expect(previewDeadlines(deps, { ...dept, dept: 'D999' }, id, '2027-01-05')).rejects.toMatchObject({ status: 404 });
  });
});
