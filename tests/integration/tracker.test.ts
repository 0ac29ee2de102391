/**
 * The tracker against the real DynamoDB Local: milestones recompute obligations into the due-date index in the
 * project's transaction, the daily scan raises a flag from the index (an event of the project), the milestone that
 * meets the obligation closes it; systems' usage watch; the gate reads one item and logs the check.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dueBucket, queryFlaggedSince, getProject, listEvents, listFlags, listGateChecks, listObligations, listSystemEvents, queryDue, saveProject, verifyChain } from '@gov/adapters';
import { checkGate, recordMilestone, recordOverride, reportUsage, runDailyScan, setSystemStatus, systemKey, type Caller, type ProjectState } from '@gov/domain';
import { reminderDeps } from '../../services/reminders.js';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';
import { storedProject } from '../unit/domain/fixtures.js';

useStack();
// Keep the gate's audit records as items too, so the test can read them back (the default sink is the log stream).
process.env.GATE_AUDIT_SINK = 'dynamodb';
const deps = awsDeps();

const dept = (jur: Caller['jur'], d: string): Caller => ({ sub: `dept-${d}`, role: 'department', dept: d, jur });
const bureau = (jur: Caller['jur']): Caller => ({ sub: 'bureau-1', role: 'bureau', jur });
const finance = (jur: Caller['jur']): Caller => ({ sub: 'fin-1', role: 'finance', jur });

async function admitted(jur: ProjectState['jurisdiction'], d: string): Promise<ProjectState> {
  const base = storedProject(jur);
  const p: ProjectState = { ...base, id: `it-${randomUUID()}`, version: 1, departmentId: d, lifecycle: undefined, tracking: undefined };
  await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: new Date().toISOString(), payload: {} }, 0);
  return p;
}

describe('milestones → due-date index → daily scan → flag → closed', () => {
  it('flags an overdue acceptance application and closes the flag when the project is accepted', async () => {
    const d = `D-${randomUUID().slice(0, 6)}`;
    const p = await admitted('shandong', d);
    const now = new Date('2026-05-20T02:00:00Z');
    await recordMilestone(deps, bureau('shandong'), p.id, { type: 'approval', date: '2026-01-10', approvedEstimate: 58_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' } }, now, '2026-05-20');
    await recordMilestone(deps, dept('shandong', d), p.id, { type: 'contract_signed', date: '2026-01-20' }, now, '2026-05-20');
    await recordMilestone(deps, dept('shandong', d), p.id, { type: 'construction_completed', date: '2026-01-31' }, now, '2026-05-20');
    const obligations = await listObligations('project', p.id);
    expect(obligations.find((o) => o.ruleId === 'SD-23-apply-3m')).toMatchObject({ due: '2026-04-30', state: 'open', scan: 'tracker' });

    const due = await queryDue(dueBucket('tracker', 'shandong'), '2026-05-20');
    expect(due.items.some((o) => o.subjectId === p.id && o.ruleId === 'SD-23-apply-3m')).toBe(true);

    const scan = await runDailyScan(deps, 'tracker', '2026-05-20', now, ['shandong']);
    expect(scan.flagsRaised).toBeGreaterThanOrEqual(1);
    const open = await listFlags({ jurisdiction: 'shandong', departmentId: d, status: 'open' }, 50);
    const flag = open.items.find((f) => f.ruleId === 'SD-23-apply-3m')!;
    expect(flag).toMatchObject({ type: 'overdue_acceptance', projectId: p.id, due: '2026-04-30', status: 'open' });
    // The scan is idempotent on the same day: the obligation carries its flag and is skipped without a read.
    const again = await runDailyScan(deps, 'tracker', '2026-05-20', now, ['shandong']);
    expect((await listFlags({ jurisdiction: 'shandong', departmentId: d }, 50)).items.filter((f) => f.ruleId === 'SD-23-apply-3m')).toHaveLength(1);
    expect(again.flagsRaised).toBe(0);
    // Flagged, it left the daily bucket for the flagged one, keyed by the flag day (decision 090 §6): the daily
    // scans no longer list it; the reminder scan reads it for a week after the flag, then no more.
    const mine = (items: { subjectId: string; ruleId: string }[]) => items.some((o) => o.subjectId === p.id && o.ruleId === 'SD-23-apply-3m');
    expect(mine((await queryDue(dueBucket('tracker', 'shandong'), '2026-05-21')).items)).toBe(false);
    expect((await queryFlaggedSince('tracker', 'shandong', '2026-05-20')).items.find((o) => o.subjectId === p.id && o.ruleId === 'SD-23-apply-3m')).toMatchObject({ flagId: flag.id, flaggedOn: '2026-05-20', due: '2026-04-30' });
    expect(mine((await queryFlaggedSince('tracker', 'shandong', '2026-05-21')).items)).toBe(false);
    expect(await reminderDeps.projects.withObligationsDueBefore('tracker', 'shandong', '2026-05-20', '2026-05-13')).toContain(p.id);
    expect(await reminderDeps.projects.withObligationsDueBefore('tracker', 'shandong', '2026-05-20', '2026-05-21')).not.toContain(p.id);

    const accepted = await recordMilestone(deps, bureau('shandong'), p.id, { type: 'acceptance_passed', date: '2026-05-21' }, new Date('2026-05-21T02:00:00Z'), '2026-05-21');
    expect(accepted.closedFlags.map((f) => f.flagId)).toContain(flag.id);
    const closed = await listFlags({ jurisdiction: 'shandong', departmentId: d, status: 'closed' }, 50);
    expect(closed.items.find((f) => f.id === flag.id)).toMatchObject({ status: 'closed', closedOn: '2026-05-21' });
    expect((await queryDue(dueBucket('tracker', 'shandong'), '2026-06-01')).items.some((o) => o.subjectId === p.id && o.ruleId === 'SD-23-apply-3m')).toBe(false);
    expect(mine((await queryFlaggedSince('tracker', 'shandong', '2026-05-01')).items)).toBe(false);

    const events = await listEvents(p.id);
    expect(events.map((e) => e.type)).toContain('flags_raised');
    expect(verifyChain(events as never)).toBeNull();
  });

  it('refuses acceptance before completion and anything payment-relevant before approval, writing nothing', async () => {
    const d = `D-${randomUUID().slice(0, 6)}`;
    const p = await admitted('hongshan', d);
    await expect(recordMilestone(deps, dept('hongshan', d), p.id, { type: 'contract_signed', date: '2026-01-20' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 409, code: 'MILESTONE_OUT_OF_ORDER' });
    await recordMilestone(deps, bureau('hongshan'), p.id, { type: 'approval', date: '2026-01-10' }, new Date(), '2026-05-20');
    await expect(recordMilestone(deps, dept('hongshan', d), p.id, { type: 'acceptance_passed', date: '2026-02-20' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 409 });
    await expect(recordMilestone(deps, dept('hongshan', 'OTHER'), p.id, { type: 'construction_completed', date: '2026-02-20' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 404 });
    expect((await getProject(p.id))?.version).toBe(2);
  });
});

describe('systems: usage watch and the gate Q2 from one item', () => {
  it('a silent hongshan system is flagged long-unused, a used period closes the flag; a confirmed zombie is denied O&M', async () => {
    const d = `D-${randomUUID().slice(0, 6)}`;
    const p = await admitted('hongshan', d);
    const code = `sys-${randomUUID().slice(0, 8)}`;
    const sid = systemKey('hongshan', d, code);
    const now = new Date('2026-03-01T02:00:00Z');
    await recordMilestone(deps, bureau('hongshan'), p.id, { type: 'approval', date: '2025-06-01', approvedEstimate: 58_000_000 }, now, '2026-03-01');
    await recordMilestone(deps, dept('hongshan', d), p.id, { type: 'construction_completed', date: '2025-09-01' }, now, '2026-03-01');
    await recordMilestone(deps, dept('hongshan', d), p.id, { type: 'acceptance_passed', date: '2025-10-01' }, now, '2026-03-01');
    await recordMilestone(deps, dept('hongshan', d), p.id, { type: 'operation_started', date: '2025-10-08', system: { id: code, name: '政务服务事项管理系统', kind: '政务服务' } }, now, '2026-03-01');

    const scan = await runDailyScan(deps, 'tracker', '2026-03-01', now, ['hongshan']);
    expect(scan.flagsRaised).toBeGreaterThanOrEqual(1);
    const flags = (await listFlags({ jurisdiction: 'hongshan', departmentId: d, type: 'long_unused' }, 20)).items;
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subject: 'system', subjectId: sid, ruleId: 'HS-35-4-zombie-scan', status: 'open' });

    const used = await reportUsage(deps, dept('hongshan', d), sid, { periodStart: '2026-02-01', periodEnd: '2026-02-28', activeUsers: 40, transactions: 900 }, now, '2026-03-01');
    expect(used.active).toBe(true);
    expect(used.closedFlags.map((f) => f.flagId)).toContain(flags[0].id);

    await setSystemStatus(deps, bureau('hongshan'), sid, { status: 'zombie', interconnected: true, dataAggregated: true, dataShared: true, duplicateCollection: false, reason: '经核实长期无实际业务', documentRef: '红政数〔2026〕3号' }, now, '2026-03-01');
    await expect(recordOverride(deps, bureau('hongshan'), { systemId: sid, ruleId: 'HS-35-4-stopped-zombie', reason: 'x', documentRef: 'y' }, now, '2026-03-01')).rejects.toMatchObject({ status: 422, code: 'RULE_NOT_OVERRIDABLE' });
    const gate = await checkGate(deps, finance('hongshan'), { question: 'om', systemId: sid, amount: 1_000_000, fiscalYear: 2027 }, now, '2026-03-01');
    expect(gate.answer).toBe('deny');
    expect(gate.reasons.find((r) => r.ruleId === 'HS-35-4-stopped-zombie')).toMatchObject({ overridable: false });
    expect(gate.facts.project.id).toBe(p.id);
    await expect(checkGate(deps, finance('shandong'), { question: 'om', systemId: sid, amount: 1, fiscalYear: 2027 }, now)).rejects.toMatchObject({ status: 404 });

    const log = await listGateChecks('system', sid);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ answer: 'deny', question: 'om', caller: { sub: 'fin-1', role: 'finance' } });
    expect(verifyChain((await listSystemEvents(sid)) as never)).toBeNull();
  });
});
