/**
 * GET /v1/projects/{id}/filings | overrides | gate-decisions in the domain (issue 10 §3): read from the project's
 * events, so the whole history (a rule's earlier override too) is listed, oldest first, paged by seq; scoped like the
 * event log (another department: 404, as the project itself).
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, projectFilingsFor, projectGateDecisionsFor, projectOverridesFor, type Caller, type MemoryDeps } from '@gov/domain';
import { storedProject } from './fixtures.js';

const own: Caller = { sub: 'a', role: 'department', dept: 'D001', jur: 'hongshan' };
const other: Caller = { sub: 'x', role: 'department', dept: 'D002', jur: 'hongshan' };
const auditor: Caller = { sub: 'c', role: 'auditor', jur: 'hongshan' };
const bijieBureau: Caller = { sub: 'b', role: 'bureau', jur: 'bijie' };

const override = (reason: string) => ({ authority: '区政府', reason, documentRef: '红政批〔2026〕1号', on: '2026-07-01' });

async function seeded(): Promise<{ deps: MemoryDeps; id: string }> {
  const deps = inMemoryDeps();
  const p = storedProject('hongshan', { version: 0 });
  const events: [string, Record<string, unknown>][] = [
    ['project_submitted', {}],
    ['override_recorded', { ruleId: 'HS-22-within-estimate', override: override('第一次'), grantedBy: 'bureau-1' }],
    ['filing_recorded', { filing: { type: 'contract', projectId: p.id, filedOn: '2026-07-02', fields: {}, attachments: ['合同文本'] }, outcome: 'complete', missing: [], late: false }],
    ['gate_decision_recorded', { ruleId: 'HS-14-sharing-basis', decision: { result: 'pass', reviewer: 'bureau-1', on: '2026-07-03' } }],
    ['override_recorded', { ruleId: 'HS-22-within-estimate', override: override('第二次'), grantedBy: 'bureau-2' }],
    ['filing_recorded', { filing: { type: 'acceptance', projectId: p.id, filedOn: '2026-08-01', fields: {}, attachments: [] }, outcome: 'complete', missing: [], late: true }],
  ];
  for (const [i, [type, payload]] of events.entries()) {
    const saved = await deps.projects.save({ ...p, version: i + 1 }, { projectId: p.id, seq: i + 1, type, actor: 'u', at: `2026-07-0${i + 1}T00:00:00Z`, payload }, i);
    expect('state' in saved).toBe(true);
  }
  return { deps, id: p.id };
}

describe('project records from events', () => {
  it('filings: each recorded filing with its id, oldest first; the department and the auditor see them', async () => {
    const { deps, id } = await seeded();
    for (const c of [own, auditor]) {
      const page = await projectFilingsFor(deps, c, id, { limit: 20 });
      expect(page.items.map((f) => [f.filingId, f.type, f.filedOn, f.late])).toEqual([[`${id}:3`, 'contract', '2026-07-02', false], [`${id}:6`, 'acceptance', '2026-08-01', true]]);
      expect(page.nextCursor).toBeUndefined();
    }
  });

  it('overrides: both grants for the same rule, in order, with who granted them; paged by seq without loss', async () => {
    const { deps, id } = await seeded();
    const first = await projectOverridesFor(deps, auditor, id, { limit: 1 });
    expect(first.items.map((o) => [o.seq, o.override.reason, o.grantedBy])).toEqual([[2, '第一次', 'bureau-1']]);
    expect(first.nextCursor).toBe('2');
    const second = await projectOverridesFor(deps, auditor, id, { limit: 1, cursor: first.nextCursor });
    expect(second.items.map((o) => [o.seq, o.override.reason, o.grantedBy])).toEqual([[5, '第二次', 'bureau-2']]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('gate decisions: the reviewer decision on the judgement item', async () => {
    const { deps, id } = await seeded();
    expect((await projectGateDecisionsFor(deps, own, id, { limit: 20 })).items).toEqual([
      { seq: 4, at: '2026-07-04T00:00:00Z', ruleId: 'HS-14-sharing-basis', decision: { result: 'pass', reviewer: 'bureau-1', on: '2026-07-03' } },
    ]);
  });

  it('another department or jurisdiction: 404; a cursor that is not a seq: SyntaxError (the handler answers 400)', async () => {
    const { deps, id } = await seeded();
    await expect(projectFilingsFor(deps, other, id, { limit: 20 })).rejects.toMatchObject({ status: 404 });
    await expect(projectOverridesFor(deps, bijieBureau, id, { limit: 20 })).rejects.toMatchObject({ status: 404 });
    await expect(projectGateDecisionsFor(deps, own, id, { limit: 20, cursor: 'abc' })).rejects.toBeInstanceOf(SyntaxError);
    // Access is checked before the cursor: another department learns nothing from a bad cursor either.
    await expect(projectGateDecisionsFor(deps, other, id, { limit: 20, cursor: 'abc' })).rejects.toMatchObject({ status: 404 });
  });
});
