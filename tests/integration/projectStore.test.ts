/** The project store against the real DynamoDB Local: atomic state + event, version guard, history order. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getProject, listEvents, listProjects, saveProject, VersionConflict, type StoredProject } from '@gov/adapters';
import { useStack } from '../setup/context.js';

useStack();

function project(id: string, version: number, extra: Record<string, unknown> = {}): StoredProject {
  return { id, version, jurisdiction: 'hongshan', departmentId: 'D-IT', createdAt: '2026-11-23T00:00:00.000Z', updatedAt: new Date().toISOString(), status: 'submitted', ...extra };
}
const event = (projectId: string, seq: number, type = 'submitted') => ({ projectId, seq, type, actor: 'test', at: new Date().toISOString(), payload: { n: seq } });

describe('saveProject', () => {
  it('creates the state and its first event together', async () => {
    const id = `it-${randomUUID()}`;
    await saveProject(project(id, 1), event(id, 1), 0);
    expect((await getProject(id))?.version).toBe(1);
    expect((await listEvents(id)).map((e) => e.type)).toEqual(['submitted']);
  });

  it('refuses to create a project twice and leaves the first untouched', async () => {
    const id = `it-${randomUUID()}`;
    await saveProject(project(id, 1, { name: 'first' }), event(id, 1), 0);
    await expect(saveProject(project(id, 1, { name: 'second' }), event(id, 1), 0)).rejects.toBeInstanceOf(VersionConflict);
    expect((await getProject(id))?.name).toBe('first');
    expect(await listEvents(id)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent writers at the same version win', async () => {
    const id = `it-${randomUUID()}`;
    await saveProject(project(id, 1), event(id, 1), 0);
    const results = await Promise.allSettled([
      saveProject(project(id, 2, { status: 'a' }), event(id, 2, 'a'), 1),
      saveProject(project(id, 2, { status: 'b' }), event(id, 2, 'b'), 1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(VersionConflict);
    const events = await listEvents(id);
    expect(events).toHaveLength(2);
    expect((await getProject(id))?.status).toBe(events[1].type);
  });

  it('writes nothing when the version is stale', async () => {
    const id = `it-${randomUUID()}`;
    await saveProject(project(id, 1), event(id, 1), 0);
    await saveProject(project(id, 2), event(id, 2), 1);
    await expect(saveProject(project(id, 2, { status: 'stale' }), event(id, 2, 'stale'), 1)).rejects.toBeInstanceOf(VersionConflict);
    expect((await listEvents(id)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await getProject(id))?.status).toBe('submitted');
  });

  it('returns the history in order past one page of 1 MB', async () => {
    const id = `it-${randomUUID()}`;
    const big = 'x'.repeat(100_000);
    await saveProject(project(id, 1), event(id, 1), 0);
    for (let v = 2; v <= 14; v++) await saveProject(project(id, v), { ...event(id, v, `step-${v}`), payload: { big } }, v - 1);
    expect((await listEvents(id)).map((e) => e.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});

describe('listProjects', () => {
  it('lists a department newest first and pages with a cursor', async () => {
    const dept = `D-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) {
      const id = `it-${randomUUID()}`;
      await saveProject({ ...project(id, 1), departmentId: dept, createdAt: `2026-11-2${i}T00:00:00.000Z` }, event(id, 1), 0);
    }
    const first = await listProjects({ departmentOf: { jurisdiction: 'hongshan', departmentId: dept } }, 2);
    expect(first.items.map((p) => p.createdAt)).toEqual(['2026-11-22T00:00:00.000Z', '2026-11-21T00:00:00.000Z']);
    const second = await listProjects({ departmentOf: { jurisdiction: 'hongshan', departmentId: dept } }, 2, first.nextCursor);
    expect(second.items.map((p) => p.createdAt)).toEqual(['2026-11-20T00:00:00.000Z']);
  });
});
