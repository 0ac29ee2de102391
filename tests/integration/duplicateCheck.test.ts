/**
 * The duplicate check over the small byJurisdiction projection (decision 090 §3, §4), on DynamoDB Local: every
 * project of the jurisdiction since the cut-off is compared, however many pages that takes; listing pages still
 * return whole projects although the index no longer projects them.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { listProjects, recentProjectNames, saveProject } from '@gov/adapters';
import { similarProjects } from '@gov/rules';
import { useStack } from '../setup/context.js';

useStack();
const jurisdiction = `dup-${randomUUID().slice(0, 8)}`;
const SINCE = '2024-01-01T00:00:00.000Z';
const COUNT = 320;
const at = (minutes: number) => new Date(Date.parse(SINCE) + minutes * 60_000).toISOString();

async function put(id: string, createdAt: string, name: string, existingSystems?: string[]) {
  const p = { id, version: 1, jurisdiction, departmentId: `D${id.length % 7}`, createdAt, updatedAt: createdAt, status: 'in_library', application: { name, existingSystems, amounts: { total: 100_000 } } };
  await saveProject(p, { projectId: id, seq: 1, type: 'submitted', actor: 't', at: createdAt, payload: {} }, 0);
}

beforeAll(async () => {
  // The oldest project in the window is the duplicate; 319 newer ones with unrelated names bury it past 300.
  const jobs: (() => Promise<void>)[] = [() => put('dup-original', SINCE, '智慧城管综合指挥平台建设项目')];
  for (let i = 1; i < COUNT; i++) jobs.push(() => put(`other-${i}`, at(i), `第${i}号档案数字化加工服务`));
  // Just before the cut-off: outside the window, however similar.
  jobs.push(() => put('too-old', new Date(Date.parse(SINCE) - 1).toISOString(), '智慧城管综合指挥平台建设项目'));
  const worker = async () => { for (let j = jobs.shift(); j; j = jobs.shift()) await j(); };
  await Promise.all(Array.from({ length: 16 }, worker));
}, 120_000);

describe('duplicate check over the name index', () => {
  it('reads every project since the cut-off across pages, newest first, and finds a duplicate beyond the first 300', async () => {
    const names = await recentProjectNames(jurisdiction, SINCE, 100);
    expect(names).toHaveLength(COUNT);
    expect(names.map((n) => n.id)).not.toContain('too-old');
    const position = names.findIndex((n) => n.id === 'dup-original');
    expect(position).toBe(COUNT - 1);
    expect(position).toBeGreaterThanOrEqual(300);
    expect(names[position]).toEqual({ id: 'dup-original', name: '智慧城管综合指挥平台建设项目', departmentId: expect.any(String), status: 'in_library' });
    const found = similarProjects({ id: 'new', name: '智慧城管综合指挥平台二期建设项目' }, names);
    expect(found.map((f) => f.id)).toEqual(['dup-original']);
  });

  it('includes a project created exactly at the cut-off and carries its existing systems', async () => {
    await put('edge', SINCE, '某系统运维项目', ['城管平台']);
    const names = await recentProjectNames(jurisdiction, SINCE);
    expect(names.find((n) => n.id === 'edge')).toMatchObject({ existingSystems: ['城管平台'] });
    expect(similarProjects({ name: '全新名称', existingSystems: ['城管平台'] }, names).map((f) => f.id)).toEqual(['edge']);
  });

  it('a listing page still holds whole projects, without the index copies', async () => {
    const page = await listProjects({ jurisdiction }, 5);
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeDefined();
    for (const p of page.items) {
      expect((p as any).application?.amounts).toEqual({ total: 100_000 });
      expect(p).not.toHaveProperty('projectName');
      expect(p).not.toHaveProperty('existingSystems');
    }
    const next = await listProjects({ jurisdiction }, 5, page.nextCursor);
    expect(next.items.map((p) => p.id)).not.toContain(page.items[0].id);
    expect(next.items[0].createdAt <= page.items[4].createdAt).toBe(true);
  });
});
