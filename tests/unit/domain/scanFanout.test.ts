/**
 * The daily scan fanned out (decision 090 §6), through the in-memory ports: the schedule's part only reads the index
 * and enqueues work items of at most 25 subjects; the consumer's part raises each flag once however often an item
 * is delivered, and names the subjects that failed so the item is retried.
 */
import { describe, expect, it } from 'vitest';
import { enqueueDailyScan, handleScanItem, inMemoryDeps, recordMilestone, SCAN_BATCH, ScanEnqueueError, workItems, type Caller, type MemoryDeps } from '@gov/domain';
import { storedProject } from './fixtures.js';

const bureau: Caller = { sub: 'bureau-1', role: 'bureau', jur: 'shandong' };
const dept: Caller = { sub: 'dept-user', role: 'department', dept: 'D001', jur: 'shandong' };
const now = new Date('2026-05-20T02:00:00Z');

/** `n` admitted shandong projects whose acceptance application (SD-23-apply-3m) fell due on 2026-04-30. */
async function overdueProjects(deps: MemoryDeps, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = { ...storedProject('shandong'), id: `p-fan-${String(i).padStart(3, '0')}`, version: 1, lifecycle: undefined, tracking: undefined };
    await deps.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-01-05T00:00:00.000Z', payload: {} }, 0);
    await recordMilestone(deps, bureau, p.id, { type: 'approval', date: '2026-01-10', approvedEstimate: 58_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' } }, now, '2026-05-20');
    await recordMilestone(deps, dept, p.id, { type: 'contract_signed', date: '2026-01-20' }, now, '2026-05-20');
    await recordMilestone(deps, dept, p.id, { type: 'construction_completed', date: '2026-01-31' }, now, '2026-05-20');
    ids.push(p.id);
  }
  return ids;
}

const acceptanceFlags = (deps: MemoryDeps) => [...deps.table.flags.values()].filter((f) => f.ruleId === 'SD-23-apply-3m');

describe('daily scan fan-out', () => {
  it('splits subjects into items of at most 25, none lost, none twice', () => {
    const subjects = Array.from({ length: 51 }, (_, i) => ({ subject: 'project' as const, subjectId: `p${i}` }));
    const items = workItems('tracker', '2026-12-31', subjects);
    expect(SCAN_BATCH).toBe(25);
    expect(items.map((i) => i.subjects.length)).toEqual([25, 25, 1]);
    expect(items.flatMap((i) => i.subjects)).toEqual(subjects);
    expect(workItems('tracker', '2026-12-31', subjects.slice(0, 25))).toHaveLength(1);
    expect(workItems('tracker', '2026-12-31', [])).toEqual([]);
  });

  it('enqueues without reading a project, and the consumer raises each flag once even when an item comes twice', async () => {
    const deps = inMemoryDeps();
    const ids = await overdueProjects(deps, 30);
    // Not due yet on 04-30 (due that day): nothing enqueued.
    const before = await enqueueDailyScan(deps, 'tracker', '2026-04-30', ['shandong']);
    expect(before).toMatchObject({ subjects: 0, items: 0 });
    expect(deps.scanSent).toEqual([]);

    let reads = 0;
    const get = deps.projects.get.bind(deps.projects);
    deps.projects.get = (id) => (reads++, get(id));
    const r = await enqueueDailyScan(deps, 'tracker', '2026-05-20', ['shandong']);
    expect(reads).toBe(0);
    expect(r).toMatchObject({ job: 'tracker', on: '2026-05-20', subjects: 30, items: 2, alreadyFlagged: 0 });
    expect(deps.scanSent.map((i) => i.subjects.length)).toEqual([25, 5]);
    expect(new Set(deps.scanSent.flatMap((i) => i.subjects.map((s) => s.subjectId)))).toEqual(new Set(ids));
    expect(acceptanceFlags(deps)).toHaveLength(0);

    const results = [];
    for (const item of [...deps.scanSent, deps.scanSent[0]]) results.push(await handleScanItem(deps, item, now));
    expect(results.map((x) => x.failed)).toEqual([[], [], []]);
    expect(results[0].flagsRaised + results[1].flagsRaised).toBeGreaterThanOrEqual(30);
    expect(results[2].flagsRaised).toBe(0);
    expect(acceptanceFlags(deps).map((f) => f.projectId).sort()).toEqual(ids);

    // The next day the flagged obligations are not even listed (they left the daily bucket, decision 090 §6):
    // none of the index items read through the port is one of them, and nobody is enqueued for them.
    const listed: string[] = [];
    const due = deps.obligations.due.bind(deps.obligations);
    deps.obligations.due = async (...args) => {
      const page = await due(...args);
      listed.push(...page.items.map((o) => `${o.subjectId}#${o.ruleId}`));
      return page;
    };
    const next = await enqueueDailyScan(deps, 'tracker', '2026-05-21', ['shandong']);
    expect(next.due).toBe(listed.length);
    expect(listed.filter((k) => k.endsWith('#SD-23-apply-3m'))).toEqual([]);
    expect(next).toMatchObject({ alreadyFlagged: 0 });
    expect(deps.scanSent.slice(2).flatMap((i) => i.subjects.map((s) => s.subjectId)).filter((id) => ids.includes(id))).toEqual([]);
  });

  it('names the subjects that failed, finishing the others', async () => {
    const deps = inMemoryDeps();
    const ids = await overdueProjects(deps, 3);
    const get = deps.projects.get.bind(deps.projects);
    deps.projects.get = async (id) => {
      if (id === ids[1]) throw new Error('store unavailable');
      return get(id);
    };
    await enqueueDailyScan(deps, 'tracker', '2026-05-20', ['shandong']);
    const r = await handleScanItem(deps, deps.scanSent[0], now);
    expect(r.failed).toEqual([{ subject: 'project', subjectId: ids[1] }]);
    expect(acceptanceFlags(deps).map((f) => f.projectId).sort()).toEqual([ids[0], ids[2]]);
  });

  it('fails the run when the queue refuses items, so the schedule retries', async () => {
    const deps = inMemoryDeps();
    await overdueProjects(deps, 2);
    deps.scanQueue = { send: async (items) => [...items] };
    await expect(enqueueDailyScan(deps, 'tracker', '2026-05-20', ['shandong'])).rejects.toBeInstanceOf(ScanEnqueueError);
  });
});
