/**
 * GET /v1/budget-gate/checks in the domain (issue 10 §3, decision 183): finance, auditor, bureau of the subject's
 * jurisdiction and admin read the checks of one project or system, newest first, paged; a department is refused,
 * another jurisdiction gets 404; a sink that does not store checks (log) answers stored=false with a notice.
 */
import { describe, expect, it } from 'vitest';
import { GATE_CHECKS_NOT_STORED, gateChecksFor, inMemoryDeps, type Caller, type GateCheckRecord, type MemoryDeps } from '@gov/domain';
import { storedProject, storedSystem } from './fixtures.js';

const finance: Caller = { sub: 'f', role: 'finance', jur: 'hongshan' };
const auditor: Caller = { sub: 'a', role: 'auditor', jur: 'hongshan' };
const bijieFinance: Caller = { sub: 'g', role: 'finance', jur: 'bijie' };
const dept: Caller = { sub: 'd', role: 'department', dept: 'D001', jur: 'hongshan' };

const check = (checkId: string, at: string, subject: 'project' | 'system', subjectId: string): GateCheckRecord => ({
  checkId, at, subject, subjectId, jurisdiction: 'hongshan', caller: { sub: 'f', role: 'finance' }, question: subject === 'project' ? 'payment' : 'om',
  answer: 'deny', packVersion: 'hs-1', subjectVersion: 3, ruleIds: ['HS-22-within-estimate'], request: { question: 'payment', amount: 100 },
});

async function seeded(): Promise<MemoryDeps> {
  const deps = inMemoryDeps();
  const p = storedProject('hongshan', { version: 0 });
  await deps.projects.save({ ...p, version: 1 }, { projectId: p.id, seq: 1, type: 'project_submitted', actor: 'u', at: p.createdAt, payload: {} }, 0);
  const s = storedSystem(p, {}, { version: 1 });
  await deps.systems.save(s, { projectId: p.id, systemId: s.id, seq: 1, type: 'system_registered', actor: 'u', at: s.createdAt, payload: {} }, 0);
  for (const c of [check('g1', '2026-07-01T01:00:00Z', 'project', p.id), check('g2', '2026-07-02T01:00:00Z', 'project', p.id), check('g3', '2026-07-03T01:00:00Z', 'system', s.id)]) {
    await deps.gateAudit.record(c);
  }
  return deps;
}

describe('gateChecksFor', () => {
  it('finance and the auditor read a project’s checks newest first, paged without loss; a system’s apart', async () => {
    const deps = await seeded();
    for (const c of [finance, auditor]) {
      const first = await gateChecksFor(deps, c, { projectId: 'p-hongshan', limit: 1 });
      expect(first.stored).toBe(true);
      expect(first.items.map((x) => x.checkId)).toEqual(['g2']);
      const second = await gateChecksFor(deps, c, { projectId: 'p-hongshan', limit: 1, cursor: first.nextCursor });
      expect(second.items.map((x) => x.checkId)).toEqual(['g1']);
      expect(second.nextCursor).toBeUndefined();
    }
    expect((await gateChecksFor(deps, finance, { systemId: 's-hongshan', limit: 20 })).items.map((x) => x.checkId)).toEqual(['g3']);
  });

  it('a department is refused; finance of another jurisdiction and an unknown subject get 404', async () => {
    const deps = await seeded();
    await expect(gateChecksFor(deps, dept, { projectId: 'p-hongshan', limit: 20 })).rejects.toMatchObject({ status: 403 });
    await expect(gateChecksFor(deps, bijieFinance, { projectId: 'p-hongshan', limit: 20 })).rejects.toMatchObject({ status: 404 });
    await expect(gateChecksFor(deps, finance, { systemId: 'nope', limit: 20 })).rejects.toMatchObject({ status: 404 });
  });

  it('a sink that only logs: stored=false, no items, the notice names where the checks are; access is still checked', async () => {
    const deps = await seeded();
    const logOnly = { ...deps, gateAudit: { record: deps.gateAudit.record } };
    expect(await gateChecksFor(logOnly, finance, { projectId: 'p-hongshan', limit: 20 })).toEqual({ stored: false, notice: GATE_CHECKS_NOT_STORED, items: [] });
    expect(GATE_CHECKS_NOT_STORED).toContain('gate-check-audit');
    await expect(gateChecksFor(logOnly, bijieFinance, { projectId: 'p-hongshan', limit: 20 })).rejects.toMatchObject({ status: 404 });
  });
});
