/**
 * Scoped system ids against the real DynamoDB Local (issue 15): two departments' SYS-PROBE-A are two items under
 * distinct keys, each with its own hash chain; the same department registering the code again is refused by the
 * store's condition (409 SYSTEM_EXISTS) and writes nothing; the other department's item is never touched.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getProject, getSystem, listSystemEvents, saveProject, verifyChain } from '@gov/adapters';
import { recordMilestone, reportUsage, systemFor, systemKey, type Caller, type ProjectState } from '@gov/domain';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';
import { storedProject } from '../unit/domain/fixtures.js';

useStack();
const deps = awsDeps();
const NOW = new Date('2026-03-10T02:00:00Z');
const ON = '2026-03-10';

const dept = (jur: Caller['jur'], d: string): Caller => ({ sub: `dept-${d}`, role: 'department', dept: d, jur });

/** An approved project of department `d` (approval 2026-02-01), stored at version 1. */
async function approved(jur: ProjectState['jurisdiction'], d: string): Promise<ProjectState> {
  const p: ProjectState = { ...storedProject(jur), id: `it-${randomUUID()}`, version: 1, departmentId: d, tracking: undefined };
  await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: NOW.toISOString(), payload: {} }, 0);
  return p;
}

const register = (caller: Caller, projectId: string, code: string, name: string) =>
  recordMilestone(deps, caller, projectId, { type: 'operation_started', date: '2026-03-01', system: { id: code, name, kind: '政务服务' } }, NOW, ON);

describe('system ids scoped per jurisdiction and department (DynamoDB)', () => {
  it('two departments and two jurisdictions register the same code; the same department again gets 409 and writes nothing', async () => {
    // Fresh departments per run: the store outlives the test (no clean-up between runs).
    const run = randomUUID().slice(0, 6);
    const [d1, d2] = [`D1-${run}`, `D2-${run}`];
    const code = 'SYS-PROBE-A';
    const a = await approved('hongshan', d1);
    const b = await approved('hongshan', d2);
    const x = await approved('xichuan', d1);
    await register(dept('hongshan', d1), a.id, code, '甲系统');
    await register(dept('hongshan', d2), b.id, code, '乙系统');
    await register(dept('xichuan', d1), x.id, code, '淅川系统');

    const [k1, k2, kx] = [systemKey('hongshan', d1, code), systemKey('hongshan', d2, code), systemKey('xichuan', d1, code)];
    expect(new Set([k1, k2, kx]).size).toBe(3);
    expect(await getSystem(k1)).toMatchObject({ id: k1, code, name: '甲系统', departmentId: d1, jurisdiction: 'hongshan', version: 1 });
    expect(await getSystem(k2)).toMatchObject({ id: k2, code, name: '乙系统', departmentId: d2, version: 1 });
    expect(await getSystem(kx)).toMatchObject({ id: kx, code, name: '淅川系统', jurisdiction: 'xichuan' });
    expect(await getSystem(code)).toBeUndefined();
    for (const k of [k1, k2, kx]) {
      const events = await listSystemEvents(k);
      expect(events.map((e) => e.type)).toEqual(['system_registered']);
      expect(verifyChain(events as never)).toBeNull();
    }

    // The same department, another project, the same code: the store's condition refuses it.
    const a2 = await approved('hongshan', d1);
    await expect(register(dept('hongshan', d1), a2.id, code, '甲系统二')).rejects.toMatchObject({ status: 409, code: 'SYSTEM_EXISTS' });
    expect((await getProject(a2.id))?.version).toBe(1);
    expect(await getSystem(k1)).toMatchObject({ name: '甲系统', projectId: a.id, version: 1 });

    // D002 reports use by its own code: its system changes, D001's does not; D001's key is not D002's to reach.
    const usage = { periodStart: '2026-03-01', periodEnd: '2026-03-05', activeUsers: 9, transactions: 90 };
    expect((await reportUsage(deps, dept('hongshan', d2), code, usage, NOW, ON)).state.id).toBe(k2);
    await expect(reportUsage(deps, dept('hongshan', d2), k1, usage, NOW, ON)).rejects.toMatchObject({ status: 404, code: 'SYSTEM_NOT_FOUND' });
    await expect(systemFor(deps, dept('hongshan', d2), k1)).rejects.toMatchObject({ status: 404, code: 'SYSTEM_NOT_FOUND' });
    expect(await getSystem(k1)).toMatchObject({ version: 1, usage: { periods: [] } });
    expect(await getSystem(k2)).toMatchObject({ version: 2 });
  });
});
