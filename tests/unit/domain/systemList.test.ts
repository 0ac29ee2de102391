/**
 * GET /v1/systems in the domain (issue 10 §3): a department sees its own systems (another department's: an empty
 * page), bureau and auditor their jurisdiction (optionally one department's), admin any jurisdiction by name;
 * finance none. The status filter and the cursor lose nothing.
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, systemListFor, type Caller, type MemoryDeps } from '@gov/domain';
import { storedProject, storedSystem } from './fixtures.js';

const deptA: Caller = { sub: 'a', role: 'department', dept: 'D001', jur: 'hongshan' };
const bureau: Caller = { sub: 'b', role: 'bureau', jur: 'hongshan' };
const auditor: Caller = { sub: 'c', role: 'auditor', jur: 'hongshan' };
const admin: Caller = { sub: 'd', role: 'admin', jur: 'hongshan' };
const finance: Caller = { sub: 'e', role: 'finance', jur: 'hongshan' };

async function seeded(): Promise<MemoryDeps> {
  const deps = inMemoryDeps();
  const rows = [
    { id: 's1', jur: 'hongshan' as const, dept: 'D001', status: 'running' as const },
    { id: 's2', jur: 'hongshan' as const, dept: 'D001', status: 'zombie' as const },
    { id: 's3', jur: 'hongshan' as const, dept: 'D002', status: 'running' as const },
    { id: 's4', jur: 'bijie' as const, dept: 'D001', status: 'running' as const },
  ];
  for (const [i, r] of rows.entries()) {
    const s = storedSystem({ ...storedProject(r.jur), departmentId: r.dept }, { status: r.status }, { id: r.id, version: 1, createdAt: `2026-06-0${i + 1}T00:00:00.000Z` });
    await deps.systems.save(s, { projectId: s.projectId, systemId: s.id, seq: 1, type: 'system_registered', actor: 't', at: s.createdAt, payload: {} }, 0);
  }
  return deps;
}

const ids = (p: { items: { id: string }[] }) => p.items.map((s) => s.id);

describe('systemListFor', () => {
  it('a department sees its own systems, newest first; another department: an empty page', async () => {
    const deps = await seeded();
    expect(ids(await systemListFor(deps, deptA, { limit: 20 }))).toEqual(['s2', 's1']);
    expect(ids(await systemListFor(deps, deptA, { department: 'D001', limit: 20 }))).toEqual(['s2', 's1']);
    expect(await systemListFor(deps, deptA, { department: 'D002', limit: 20 })).toEqual({ items: [] });
    await expect(systemListFor(deps, deptA, { jurisdiction: 'bijie', limit: 20 })).rejects.toMatchObject({ status: 403 });
  });

  it('bureau and auditor see their jurisdiction, never bijie; one department; by status', async () => {
    const deps = await seeded();
    for (const c of [bureau, auditor]) expect(ids(await systemListFor(deps, c, { limit: 20 }))).toEqual(['s3', 's2', 's1']);
    expect(ids(await systemListFor(deps, bureau, { department: 'D002', limit: 20 }))).toEqual(['s3']);
    expect(ids(await systemListFor(deps, bureau, { status: 'zombie', limit: 20 }))).toEqual(['s2']);
    expect(ids(await systemListFor(deps, bureau, { status: 'stopped', limit: 20 }))).toEqual([]);
    await expect(systemListFor(deps, bureau, { jurisdiction: 'bijie', limit: 20 })).rejects.toMatchObject({ status: 403 });
  });

  it('admin may name another jurisdiction; finance is refused', async () => {
    const deps = await seeded();
    expect(ids(await systemListFor(deps, admin, { jurisdiction: 'bijie', limit: 20 }))).toEqual(['s4']);
    await expect(systemListFor(deps, finance, { limit: 20 })).rejects.toMatchObject({ status: 403 });
  });

  it('pages of one follow the cursor without loss or repetition; a summary carries no money', async () => {
    const deps = await seeded();
    const first = await systemListFor(deps, bureau, { limit: 2 });
    expect(ids(first)).toEqual(['s3', 's2']);
    const second = await systemListFor(deps, bureau, { limit: 2, cursor: first.nextCursor });
    expect(ids(second)).toEqual(['s1']);
    expect(second.nextCursor).toBeUndefined();
    expect(second.items[0]).toEqual({ id: 's1', name: '政务服务事项管理系统', projectId: 'p-hongshan', jurisdiction: 'hongshan', departmentId: 'D001', status: 'running', operationStart: '2026-06-01', version: 1 });
  });
});
