/**
 * GET /v1/flags in the domain (issue 10 §3): a department sees its own flags only, a bureau its jurisdiction, the
 * project filter narrows to one project (its own and its systems' flags), and pages follow the cursor without loss.
 */
import { describe, expect, it } from 'vitest';
import { flagsFor, inMemoryDeps, type Caller, type MemoryDeps } from '@gov/domain';

const deptA: Caller = { sub: 'a', role: 'department', dept: 'SD-A', jur: 'shandong' };
const bureau: Caller = { sub: 'b', role: 'bureau', jur: 'shandong' };

function seed(deps: MemoryDeps): void {
  const rows = [
    { id: 'f1', projectId: 'p1', departmentId: 'SD-A', subject: 'project' as const, subjectId: 'p1', type: 'overdue_acceptance' },
    { id: 'f2', projectId: 'p1', departmentId: 'SD-A', subject: 'system' as const, subjectId: 's1', type: 'long_unused' },
    { id: 'f3', projectId: 'p2', departmentId: 'SD-A', subject: 'project' as const, subjectId: 'p2', type: 'overdue_filing' },
    { id: 'f4', projectId: 'p3', departmentId: 'SD-B', subject: 'project' as const, subjectId: 'p3', type: 'overdue_filing' },
    { id: 'f5', projectId: 'p9', departmentId: 'BJ-A', subject: 'project' as const, subjectId: 'p9', type: 'overdue_filing', jurisdiction: 'bijie' },
  ];
  rows.forEach((r, i) => {
    deps.table.flags.set(r.id, {
      status: 'open', jurisdiction: 'shandong', ruleId: 'R', obligationKey: 'R#k', message: '逾期', raisedOn: '2026-05-20', raisedAt: `2026-05-20T0${i}:00:00Z`, ...r,
    });
  });
}

describe('flagsFor', () => {
  it('a department sees its own flags and may filter by one of its projects; another department is 403', async () => {
    const deps = inMemoryDeps();
    seed(deps);
    expect((await flagsFor(deps, deptA, { limit: 50 })).items.map((f) => f.id)).toEqual(['f3', 'f2', 'f1']);
    expect((await flagsFor(deps, deptA, { project: 'p1', limit: 50 })).items.map((f) => f.id)).toEqual(['f2', 'f1']);
    // Another department's project through the filter: nothing, not its flags.
    expect((await flagsFor(deps, deptA, { project: 'p3', limit: 50 })).items).toEqual([]);
    await expect(flagsFor(deps, deptA, { department: 'SD-B', limit: 50 })).rejects.toMatchObject({ status: 403 });
  });

  it('a bureau sees its jurisdiction (never bijie), filters combine, and paging by cursor loses nothing', async () => {
    const deps = inMemoryDeps();
    seed(deps);
    expect((await flagsFor(deps, bureau, { limit: 50 })).items.map((f) => f.id)).toEqual(['f4', 'f3', 'f2', 'f1']);
    expect((await flagsFor(deps, bureau, { type: 'overdue_filing', department: 'SD-B', limit: 50 })).items.map((f) => f.id)).toEqual(['f4']);
    const first = await flagsFor(deps, bureau, { limit: 3 });
    expect(first.items.map((f) => f.id)).toEqual(['f4', 'f3', 'f2']);
    const second = await flagsFor(deps, bureau, { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((f) => f.id)).toEqual(['f1']);
    expect(second.nextCursor).toBeUndefined();
    await expect(flagsFor(deps, bureau, { jurisdiction: 'bijie', limit: 50 })).rejects.toMatchObject({ status: 403 });
  });
});
