/**
 * The filing scan fanned out like the deadline scan (decision 090 §6), through the in-memory ports: xichuan's annual
 * catalogue (基础目录清单, due 12-31 for every project in operation) is enqueued from the index without a project
 * read, in `filing` work items of at most 25; the consumer's part flags each project once, however often an item comes.
 */
import { describe, expect, it } from 'vitest';
import { enqueueDailyScan, handleScanItem, inMemoryDeps, recomputeProject, SCAN_BATCH, type MemoryDeps } from '@gov/domain';
import { storedProject } from './fixtures.js';

const RULE = 'XC-28-annual-catalogue';

/** `n` xichuan projects in operation since 2026-03-01, their obligations computed on 2026-12-20 (catalogue open, due 12-31). */
async function runningProjects(deps: MemoryDeps, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = { ...storedProject('xichuan', {}, { dates: { operationStart: '2026-03-01' } }), id: `p-cat-${String(i).padStart(3, '0')}`, version: 1, tracking: undefined };
    const r = recomputeProject(p, '2026-12-20');
    expect(r.obligations[`${RULE}#main`]).toMatchObject({ due: '2026-12-31', state: 'open', scan: 'filing' });
    await deps.projects.save({ ...p, tracking: r.tracking }, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-12-20T00:00:00.000Z', payload: {} }, 0, r.writes);
    ids.push(p.id);
  }
  return ids;
}

const catalogueFlags = (deps: MemoryDeps) => [...deps.table.flags.values()].filter((f) => f.ruleId === RULE);

describe('filing scan fan-out', () => {
  it('enqueues the annual catalogue the day after 12-31, not on it, and flags every project exactly once', async () => {
    const deps = inMemoryDeps();
    const ids = await runningProjects(deps, 60);

    // Due on 12-31 means owed through that day: nothing to enqueue yet.
    expect(await enqueueDailyScan(deps, 'filing', '2026-12-31', ['xichuan'])).toMatchObject({ subjects: 0, items: 0 });
    expect(deps.scanSent).toEqual([]);

    let reads = 0;
    const get = deps.projects.get.bind(deps.projects);
    deps.projects.get = (id) => (reads++, get(id));
    const r = await enqueueDailyScan(deps, 'filing', '2027-01-01', ['xichuan']);
    expect(reads).toBe(0);
    expect(r).toMatchObject({ job: 'filing', on: '2027-01-01', subjects: 60, items: 3, alreadyFlagged: 0 });
    expect(deps.scanSent.map((i) => [i.job, i.subjects.length])).toEqual([['filing', SCAN_BATCH], ['filing', SCAN_BATCH], ['filing', 10]]);
    expect(catalogueFlags(deps)).toHaveLength(0);

    // Each item once, then the first again (a redelivery): one flag per project.
    for (const item of [...deps.scanSent, deps.scanSent[0]]) expect((await handleScanItem(deps, item, new Date('2027-01-01T01:30:00Z'))).failed).toEqual([]);
    const flags = catalogueFlags(deps);
    expect(flags.map((f) => f.projectId).sort()).toEqual(ids);
    expect(new Set(flags.map((f) => f.id)).size).toBe(60);
    expect(flags.every((f) => f.due === '2026-12-31' && f.status === 'open' && f.raisedOn === '2027-01-01')).toBe(true);

    // The tracker scan of the same day does not take filing obligations.
    expect(await enqueueDailyScan(deps, 'tracker', '2027-01-01', ['xichuan'])).toMatchObject({ subjects: 0 });
  });
});
