/** Gate-check audit items under sharded index keys (decision 090 §5): a jurisdiction's read still finds every check. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GATE_CHECK_SHARDS, gateCheckShardKey, listGateChecks, listJurisdictionGateChecks, logGateCheck, type GateCheckRecord } from '@gov/adapters';
import { useStack } from '../setup/context.js';

useStack();

describe('sharded gate-check audit', () => {
  it('spreads one jurisdiction over every shard, keeps a subject in one, and lists all checks newest first', async () => {
    const jurisdiction = `gate-${randomUUID().slice(0, 8)}`;
    const subjects = Array.from({ length: 40 }, (_, i) => `p-shard-${jurisdiction}-${i}`);
    const shardOf = new Map(subjects.map((s) => [s, gateCheckShardKey(jurisdiction, s)]));
    expect(new Set(shardOf.values()).size).toBe(GATE_CHECK_SHARDS);
    expect(gateCheckShardKey(jurisdiction, subjects[0])).toBe(shardOf.get(subjects[0]));

    const checks: GateCheckRecord[] = subjects.flatMap((subjectId, i) =>
      [0, 1].map((k) => ({
        checkId: `c-${i}-${k}`, at: new Date(Date.UTC(2026, 11, 1, 2, 0, i * 2 + k)).toISOString(), subject: 'project' as const, subjectId, jurisdiction,
        caller: { sub: 'fin', role: 'finance' }, question: 'payment' as const, answer: 'allow' as const, packVersion: 'v1', subjectVersion: 3, ruleIds: ['R-1'], request: { amount: '100.00' },
      })),
    );
    await Promise.all(checks.map((c) => logGateCheck(c)));

    const listed = await listJurisdictionGateChecks(jurisdiction, '2026-12-01T00:00:00.000Z');
    expect(listed).toHaveLength(checks.length);
    expect(listed.map((c) => c.checkId)).toEqual([...checks].reverse().map((c) => c.checkId));
    expect(listed[0]).toEqual(checks.at(-1));
    // Since a time: the boundary check itself included, the one before it not.
    const since = await listJurisdictionGateChecks(jurisdiction, checks[10].at);
    expect(since.map((c) => c.checkId)).toEqual(checks.slice(10).reverse().map((c) => c.checkId));
    // The subject's own trail is unchanged.
    expect((await listGateChecks('project', subjects[3])).map((c) => c.checkId)).toEqual(['c-3-0', 'c-3-1']);
  });
});
