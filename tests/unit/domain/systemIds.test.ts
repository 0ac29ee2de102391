/**
 * System ids are scoped per jurisdiction and department (issue 15): a department names its system with its own code
 * (SYS-PROBE-A), the stored id derives from (jurisdiction, department, code). Two departments and two jurisdictions
 * may each register SYS-PROBE-A; the same department twice gets 409; nothing D002 is answered reveals D001's system.
 * In-memory ports.
 */
import { describe, expect, it } from 'vitest';
import {
  DomainError, inMemoryDeps, recordMilestone, reportUsage, setSystemStatus, systemFor, systemKey, systemKeyFor,
  type Caller, type MemoryDeps, type ProjectState,
} from '@gov/domain';
import type { Jurisdiction } from '@gov/rules';
import { milestoneSchema } from '@gov/schemas';
import { storedProject } from './fixtures.js';

const dept = (jur: Jurisdiction, d: string): Caller => ({ sub: `user-${d}`, role: 'department', dept: d, jur });
const bureau = (jur: Jurisdiction): Caller => ({ sub: 'bureau-1', role: 'bureau', jur });
const auditor = (jur: Jurisdiction): Caller => ({ sub: 'auditor-1', role: 'auditor', jur });
const NOW = new Date('2026-03-10T02:00:00Z');
const ON = '2026-03-10';
const CODE = 'SYS-PROBE-A';

/** An approved project of department `d` in `jur` (approval 2026-02-01), stored at version 1. */
async function approved(deps: MemoryDeps, jur: Jurisdiction, d: string, id = `p-${jur}-${d}`): Promise<ProjectState> {
  const p: ProjectState = { ...storedProject(jur, { id, departmentId: d }), version: 1, tracking: undefined };
  expect(await deps.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-01-05T00:00:00.000Z', payload: {} }, 0)).toHaveProperty('state');
  return p;
}

const register = (deps: MemoryDeps, caller: Caller, projectId: string, name: string, code = CODE) =>
  recordMilestone(deps, caller, projectId, { type: 'operation_started', date: '2026-03-01', system: { id: code, name, kind: '政务服务' } }, NOW, ON);

/** The error a call throws (it must throw). */
async function failure(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

describe('system ids scoped per jurisdiction and department', () => {
  it('two departments of a jurisdiction each register SYS-PROBE-A, under distinct stored ids', async () => {
    const deps = inMemoryDeps();
    const a = await approved(deps, 'hongshan', 'D001');
    const b = await approved(deps, 'hongshan', 'D002');
    const ra = await register(deps, dept('hongshan', 'D001'), a.id, '甲系统');
    const rb = await register(deps, dept('hongshan', 'D002'), b.id, '乙系统');
    const [ka] = ra.state.tracking!.systemIds!;
    const [kb] = rb.state.tracking!.systemIds!;
    expect(ka).toBe(systemKey('hongshan', 'D001', CODE));
    expect(kb).toBe(systemKey('hongshan', 'D002', CODE));
    expect(ka).not.toBe(kb);
    expect(ka).toMatch(/^sys-[0-9a-f]{24}$/);
    expect(await deps.systems.get(ka)).toMatchObject({ code: CODE, name: '甲系统', departmentId: 'D001', facts: { id: ka, ownerDepartmentId: 'D001' } });
    expect(await deps.systems.get(kb)).toMatchObject({ code: CODE, name: '乙系统', departmentId: 'D002' });
  });

  it('two jurisdictions (same department number) each register SYS-PROBE-A', async () => {
    const deps = inMemoryDeps();
    const h = await approved(deps, 'hongshan', 'D001');
    const x = await approved(deps, 'xichuan', 'D001');
    await register(deps, dept('hongshan', 'D001'), h.id, '红山系统');
    await register(deps, dept('xichuan', 'D001'), x.id, '淅川系统');
    expect((await systemFor(deps, dept('hongshan', 'D001'), CODE)).name).toBe('红山系统');
    expect((await systemFor(deps, dept('xichuan', 'D001'), CODE)).name).toBe('淅川系统');
  });

  it('the same department registering its code again (on another project too) gets 409 SYSTEM_EXISTS', async () => {
    const deps = inMemoryDeps();
    const a = await approved(deps, 'hongshan', 'D001');
    const a2 = await approved(deps, 'hongshan', 'D001', 'p-second');
    await register(deps, dept('hongshan', 'D001'), a.id, '甲系统');
    expect(await failure(register(deps, dept('hongshan', 'D001'), a.id, '甲系统'))).toMatchObject({ status: 409, code: 'SYSTEM_EXISTS' });
    expect(await failure(register(deps, dept('hongshan', 'D001'), a2.id, '甲系统二'))).toMatchObject({ status: 409, code: 'SYSTEM_EXISTS' });
    expect((await deps.projects.get(a2.id))?.version).toBe(1);
    expect((await deps.systems.get(systemKey('hongshan', 'D001', CODE)))?.name).toBe('甲系统');
  });

  it('D002 addresses its own SYS-PROBE-A by code; D001’s system, even by its computable id, answers as one that does not exist', async () => {
    const deps = inMemoryDeps();
    const a = await approved(deps, 'hongshan', 'D001');
    await register(deps, dept('hongshan', 'D001'), a.id, '甲系统');
    const d2 = dept('hongshan', 'D002');
    const d001Key = systemKey('hongshan', 'D001', CODE);
    const noneKey = systemKey('hongshan', 'D009', 'NOTHING');
    // Before D002 registers anything: its code names nothing, whatever D001 holds.
    expect(await failure(systemFor(deps, d2, CODE))).toMatchObject({ status: 404, code: 'SYSTEM_NOT_FOUND' });
    const mask = (e: DomainError, ref: string) => ({ status: e.status, code: e.code, message: e.message.replace(ref, '<ref>'), details: e.details });
    const usage = { periodStart: '2026-03-01', periodEnd: '2026-03-05', activeUsers: 9, transactions: 90 };
    for (const call of [
      (ref: string) => systemFor(deps, d2, ref),
      (ref: string) => reportUsage(deps, d2, ref, usage, NOW, ON),
    ]) {
      const existing = await failure(call(d001Key));
      const absent = await failure(call(noneKey));
      expect(mask(existing, d001Key)).toEqual(mask(absent, noneKey));
      expect(existing.message).not.toContain('甲系统');
    }
    expect((await deps.systems.get(d001Key))?.version).toBe(1);

    const b = await approved(deps, 'hongshan', 'D002');
    await register(deps, d2, b.id, '乙系统');
    expect(await systemFor(deps, d2, CODE)).toMatchObject({ name: '乙系统', departmentId: 'D002' });
    const used = await reportUsage(deps, d2, CODE, usage, NOW, ON);
    expect(used.state.id).toBe(systemKey('hongshan', 'D002', CODE));
    expect((await deps.systems.get(d001Key))?.usage?.periods).toEqual([]);
  });

  it('the bureau and auditor of the jurisdiction see both by stored id; a code alone names nothing for them; another jurisdiction sees neither', async () => {
    const deps = inMemoryDeps();
    const a = await approved(deps, 'hongshan', 'D001');
    const b = await approved(deps, 'hongshan', 'D002');
    await register(deps, dept('hongshan', 'D001'), a.id, '甲系统');
    await register(deps, dept('hongshan', 'D002'), b.id, '乙系统');
    for (const c of [bureau('hongshan'), auditor('hongshan')]) {
      expect((await systemFor(deps, c, systemKey('hongshan', 'D001', CODE))).name).toBe('甲系统');
      expect((await systemFor(deps, c, systemKey('hongshan', 'D002', CODE))).name).toBe('乙系统');
      expect(await failure(systemFor(deps, c, CODE))).toMatchObject({ status: 404 });
    }
    expect(await failure(systemFor(deps, bureau('xichuan'), systemKey('hongshan', 'D001', CODE)))).toMatchObject({ status: 404 });
    const determined = await setSystemStatus(deps, bureau('hongshan'), systemKey('hongshan', 'D002', CODE), { status: 'zombie', reason: '经核实', documentRef: '红政数〔2026〕3号' }, NOW, ON);
    expect(determined.state.departmentId).toBe('D002');
    expect((await deps.systems.get(systemKey('hongshan', 'D001', CODE)))?.facts.status).toBe('running');
  });

  it('system_stopped names the system by the project department’s code (or stored id), never another department’s', async () => {
    const deps = inMemoryDeps();
    const a = await approved(deps, 'hongshan', 'D001');
    const b = await approved(deps, 'hongshan', 'D002');
    await register(deps, dept('hongshan', 'D001'), a.id, '甲系统');
    await register(deps, dept('hongshan', 'D002'), b.id, '乙系统');
    const d001Key = systemKey('hongshan', 'D001', CODE);
    expect(await failure(recordMilestone(deps, dept('hongshan', 'D002'), b.id, { type: 'system_stopped', date: '2026-03-05', systemId: d001Key }, NOW, ON))).toMatchObject({ status: 404, code: 'SYSTEM_NOT_FOUND' });
    await recordMilestone(deps, dept('hongshan', 'D002'), b.id, { type: 'system_stopped', date: '2026-03-05', systemId: CODE }, NOW, ON);
    expect((await deps.systems.get(systemKey('hongshan', 'D002', CODE)))?.facts.status).toBe('stopped');
    expect((await deps.systems.get(d001Key))?.facts.status).toBe('running');
    await recordMilestone(deps, dept('hongshan', 'D001'), a.id, { type: 'system_stopped', date: '2026-03-05', systemId: d001Key }, NOW, ON);
    expect((await deps.systems.get(d001Key))?.facts.status).toBe('stopped');
  });

  it('which stored id a reference names: a department’s code, any role’s stored id; other roles’ codes name nothing', () => {
    const key = systemKey('hongshan', 'D001', CODE);
    expect(systemKeyFor(dept('hongshan', 'D001'), CODE)).toBe(key);
    expect(systemKeyFor(dept('hongshan', 'D002'), CODE)).not.toBe(key);
    expect(systemKeyFor(bureau('hongshan'), key)).toBe(key);
    expect(systemKeyFor(bureau('hongshan'), CODE)).toBeUndefined();
    // The key derives from all three parts.
    expect(new Set([key, systemKey('xichuan', 'D001', CODE), systemKey('hongshan', 'D001', 'SYS-PROBE-B')]).size).toBe(3);
  });

  it('a new system’s code may not take the stored id’s form (a reference is never ambiguous)', () => {
    const reg = (id: string) => milestoneSchema.safeParse({ type: 'operation_started', date: '2026-03-01', system: { id, name: 'x' } });
    expect(reg('sys-' + 'a'.repeat(24)).success).toBe(false);
    expect(reg('sys-' + 'a'.repeat(23)).success).toBe(true);
    expect(reg('sys-' + 'a'.repeat(25)).success).toBe(true);
    expect(reg(CODE).success).toBe(true);
    // Stopping accepts either form.
    expect(milestoneSchema.safeParse({ type: 'system_stopped', date: '2026-03-01', systemId: 'sys-' + 'a'.repeat(24) }).success).toBe(true);
  });
});
