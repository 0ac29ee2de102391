/**
 * The adapters of the lists of decisions 181 and 183 against the real DynamoDB Local: systems through the listing
 * indexes (SYSTEM# keys, status filtered on the index, cursor confined to the caller's partition), and a subject's
 * gate checks, newest first, paged; the wiring gives a `list` only to a sink that stores checks.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getSystem, listGateChecksPage, listSystems, logGateCheck, saveSystem } from '@gov/adapters';
import { gateAuditSink } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';

useStack();

async function system(jurisdiction: string, departmentId: string, id: string, status: string, createdAt: string): Promise<void> {
  const s = { id, version: 1, projectId: 'p-x', jurisdiction, departmentId, createdAt, updatedAt: createdAt, name: `系统${id}`, operationStart: '2026-06-01', facts: { id, status } };
  await saveSystem(s, { projectId: 'p-x', systemId: id, seq: 1, type: 'system_registered', actor: 'test', at: createdAt, payload: {} }, 0);
}

describe('listSystems (decision 181)', () => {
  it('a jurisdiction’s and a department’s systems, newest first, by status, paged without loss', async () => {
    const jur = `it-${randomUUID().slice(0, 8)}`;
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `sys-${x}-${randomUUID()}`);
    await system(jur, 'D1', a, 'running', '2026-06-01T00:00:00.000Z');
    await system(jur, 'D1', b, 'zombie', '2026-06-02T00:00:00.000Z');
    await system(jur, 'D2', c, 'running', '2026-06-03T00:00:00.000Z');
    const ids = (p: { items: { id: string }[] }) => p.items.map((s) => s.id);
    expect(ids(await listSystems({ jurisdiction: jur }, 10))).toEqual([c, b, a]);
    expect(ids(await listSystems({ jurisdiction: jur, departmentId: 'D1' }, 10))).toEqual([b, a]);
    expect(ids(await listSystems({ jurisdiction: jur, status: 'running' }, 10))).toEqual([c, a]);
    const first = await listSystems({ jurisdiction: jur }, 2);
    expect(ids(first)).toEqual([c, b]);
    const second = await listSystems({ jurisdiction: jur }, 2, first.nextCursor);
    expect(ids(second)).toEqual([a]);
    // The index attributes never reach the domain, neither listed nor read.
    for (const s of [...second.items, (await getSystem(a))!]) for (const k of ['jurKey', 'deptKey', 'createdKey', 'status']) expect(s).not.toHaveProperty(k);
    expect(second.items[0]).not.toHaveProperty('status');
    // A cursor of another jurisdiction's partition is refused, not followed.
    await expect(listSystems({ jurisdiction: 'hongshan' }, 2, first.nextCursor)).rejects.toBeInstanceOf(SyntaxError);
  });
});

describe('listGateChecksPage (decision 183)', () => {
  it('a subject’s checks newest first, paged; a cursor of another subject is refused', async () => {
    const subjectId = `p-${randomUUID()}`;
    for (const [i, checkId] of ['g1', 'g2', 'g3'].entries()) {
      await logGateCheck({
        checkId: `${checkId}-${subjectId}`, at: `2026-07-0${i + 1}T00:00:00.000Z`, subject: 'project', subjectId, jurisdiction: 'hongshan', caller: { sub: 'f', role: 'finance' },
        question: 'payment', answer: 'allow', packVersion: 'v', subjectVersion: 1, ruleIds: [], request: { question: 'payment', amount: 100 },
      });
    }
    const first = await listGateChecksPage('project', subjectId, 2);
    expect(first.items.map((c) => c.checkId)).toEqual([`g3-${subjectId}`, `g2-${subjectId}`]);
    expect(first.items[0]).not.toHaveProperty('pk');
    const second = await listGateChecksPage('project', subjectId, 2, first.nextCursor);
    expect(second.items.map((c) => c.checkId)).toEqual([`g1-${subjectId}`]);
    await expect(listGateChecksPage('project', `p-${randomUUID()}`, 2, first.nextCursor)).rejects.toBeInstanceOf(SyntaxError);
  });

  it('only a sink that stores checks can list them', () => {
    expect(gateAuditSink('log').list).toBeUndefined();
    expect(typeof gateAuditSink('dynamodb').list).toBe('function');
    expect(typeof gateAuditSink('both').list).toBe('function');
  });
});
