/**
 * After admission, through the in-memory ports: milestones recompute obligations into the due-date index, the daily
 * scan flags what is overdue and the milestone that meets it closes the flag; systems registered by a milestone
 * carry the usage watch (settings passed in, thresholds on both sides); the gate answers from one read and audits
 * through its sink; overrides, decisions and filings are changes of the project or system.
 */
import { describe, expect, it } from 'vitest';
import {
  checkGate, flagsFor, inMemoryDeps, recordGateDecision, recordMilestone, recordOverride, reportUsage, runDailyScan, setSystemStatus,
  submitFiling, systemKey, USAGE_SETTINGS, usageSettingsFrom, type Caller, type MemoryDeps, type ProjectState,
} from '@gov/domain';
import type { Jurisdiction } from '@gov/rules';
import { storedProject } from './fixtures.js';

const dept = (jur: Jurisdiction): Caller => ({ sub: 'dept-user', role: 'department', dept: 'D001', jur });
const bureau = (jur: Jurisdiction): Caller => ({ sub: 'bureau-1', role: 'bureau', jur });
const finance = (jur: Jurisdiction): Caller => ({ sub: 'fin-1', role: 'finance', jur });

/** An admitted project (in_library, nothing recorded since) stored at version 1. */
async function admitted(deps: MemoryDeps, jur: Jurisdiction): Promise<ProjectState> {
  const p: ProjectState = { ...storedProject(jur), version: 1, lifecycle: undefined, tracking: undefined };
  const saved = await deps.projects.save(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: '2026-01-05T00:00:00.000Z', payload: {} }, 0);
  expect(saved).toHaveProperty('state');
  return p;
}

describe('milestones → index → daily scan → flag → closed', () => {
  it('flags an overdue acceptance application once, and the acceptance closes the flag', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps, 'shandong');
    const now = new Date('2026-05-20T02:00:00Z');
    await recordMilestone(deps, bureau('shandong'), p.id, { type: 'approval', date: '2026-01-10', approvedEstimate: 58_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' } }, now, '2026-05-20');
    await recordMilestone(deps, dept('shandong'), p.id, { type: 'contract_signed', date: '2026-01-20' }, now, '2026-05-20');
    const done = await recordMilestone(deps, dept('shandong'), p.id, { type: 'construction_completed', date: '2026-01-31' }, now, '2026-05-20');
    expect(done.state.tracking?.obligations['SD-23-apply-3m#main']).toMatchObject({ due: '2026-04-30', state: 'open', scan: 'tracker' });
    // Due on 04-30: overdue on 05-01, not on 04-30 itself.
    expect((await deps.obligations.due('tracker', 'shandong', '2026-04-30')).items.some((o) => o.ruleId === 'SD-23-apply-3m')).toBe(false);
    expect((await deps.obligations.due('tracker', 'shandong', '2026-05-01')).items.some((o) => o.ruleId === 'SD-23-apply-3m')).toBe(true);

    const scan = await runDailyScan(deps, 'tracker', '2026-05-20', now, ['shandong']);
    expect(scan.flagsRaised).toBeGreaterThanOrEqual(1);
    const open = await flagsFor(deps, bureau('shandong'), { status: 'open', limit: 50 });
    const flag = open.items.find((f) => f.ruleId === 'SD-23-apply-3m')!;
    expect(flag).toMatchObject({ type: 'overdue_acceptance', projectId: p.id, due: '2026-04-30', raisedOn: '2026-05-20' });
    const again = await runDailyScan(deps, 'tracker', '2026-05-20', now, ['shandong']);
    expect(again.flagsRaised).toBe(0);
    // Flagged, it left the daily bucket: the scans no longer list it while it stays unmet (decision 090 §6).
    expect((await deps.obligations.due('tracker', 'shandong', '2026-05-21')).items.some((o) => o.ruleId === 'SD-23-apply-3m')).toBe(false);
    expect([...deps.table.obligations.values()].find((o) => o.subjectId === p.id && o.ruleId === 'SD-23-apply-3m')).toMatchObject({ flagId: flag.id, flaggedOn: '2026-05-20', state: 'open' });

    const accepted = await recordMilestone(deps, bureau('shandong'), p.id, { type: 'acceptance_passed', date: '2026-05-21' }, new Date('2026-05-21T02:00:00Z'), '2026-05-21');
    expect(accepted.closedFlags.map((f) => f.flagId)).toContain(flag.id);
    expect(deps.table.flags.get(flag.id)).toMatchObject({ status: 'closed', closedOn: '2026-05-21' });
    expect((await deps.obligations.due('tracker', 'shandong', '2026-06-01')).items.some((o) => o.ruleId === 'SD-23-apply-3m')).toBe(false);
    expect((await deps.projects.events(p.id)).map((e) => e.type)).toEqual(['submitted', 'milestone_recorded', 'milestone_recorded', 'milestone_recorded', 'flags_raised', 'milestone_recorded']);
  });

  it('refuses out-of-order milestones and other departments, writing nothing', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps, 'hongshan');
    await expect(recordMilestone(deps, dept('hongshan'), p.id, { type: 'contract_signed', date: '2026-01-20' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 409, code: 'MILESTONE_OUT_OF_ORDER' });
    await expect(recordMilestone(deps, dept('hongshan'), p.id, { type: 'approval', date: '2026-01-10' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 403 });
    await expect(recordMilestone(deps, { ...dept('hongshan'), dept: 'OTHER' }, p.id, { type: 'approval', date: '2026-01-10' }, new Date(), '2026-05-20')).rejects.toMatchObject({ status: 404 });
    expect((await deps.projects.get(p.id))?.version).toBe(1);
  });
});

/** A hongshan project in operation with system `code` registered on 2025-10-08 (stored as `sid`, scoped to D001). */
async function running(deps: MemoryDeps, code = 'sys-1') {
  const p = await admitted(deps, 'hongshan');
  const now = new Date('2026-03-01T02:00:00Z');
  await recordMilestone(deps, bureau('hongshan'), p.id, { type: 'approval', date: '2025-06-01', approvedEstimate: 58_000_000 }, now, '2026-03-01');
  await recordMilestone(deps, dept('hongshan'), p.id, { type: 'construction_completed', date: '2025-09-01' }, now, '2026-03-01');
  await recordMilestone(deps, dept('hongshan'), p.id, { type: 'acceptance_passed', date: '2025-10-01' }, now, '2026-03-01');
  const r = await recordMilestone(deps, dept('hongshan'), p.id, { type: 'operation_started', date: '2025-10-08', system: { id: code, name: '政务服务事项管理系统', kind: '政务服务' } }, now, '2026-03-01');
  return { p: r.state, sid: systemKey('hongshan', 'D001', code), code, now };
}

describe('systems', () => {
  it('operation_started registers the system in the project’s transaction, with its watch and the project snapshot', async () => {
    const deps = inMemoryDeps();
    const { p, sid, code } = await running(deps);
    expect(p.tracking?.systemIds).toEqual([sid]);
    const s = (await deps.systems.get(sid))!;
    expect(s).toMatchObject({ version: 1, projectId: p.id, projectVersion: p.version, operationStart: '2025-10-08', facts: { status: 'running' } });
    // hongshan: 90 days 长期未使用, 180 days 疑似僵尸 from the operation start.
    expect(s.tracking?.obligations['HS-35-4-zombie-scan#long_unused']).toMatchObject({ due: '2026-01-06' });
    expect(s.tracking?.obligations['HS-35-4-zombie-scan#zombie']).toMatchObject({ due: '2026-04-06' });
    expect(s.project.id).toBe(p.id);
    await expect(recordMilestone(deps, dept('hongshan'), p.id, { type: 'operation_started', date: '2025-10-09', system: { id: code, name: 'x', kind: '政务服务' } }, new Date(), '2026-03-01'))
      .rejects.toMatchObject({ status: 409, code: 'SYSTEM_EXISTS' });
  });

  it('a later project change refreshes the snapshot on its systems without a new system version', async () => {
    const deps = inMemoryDeps();
    const { p, sid } = await running(deps);
    await recordMilestone(deps, finance('hongshan'), p.id, { type: 'payment_made', date: '2026-02-01', amount: 100_000 }, new Date('2026-03-01T02:00:00Z'), '2026-03-01');
    const s = (await deps.systems.get(sid))!;
    expect(s).toMatchObject({ version: 1, projectVersion: p.version + 1 });
    expect(s.project.paidToDate).toBe(100_000);
  });

  it('a silent system is flagged long-unused; a period in use (at the configured minimum, not one below) closes it', async () => {
    const usage = { ...USAGE_SETTINGS, hongshan: { ...USAGE_SETTINGS.hongshan!, minActiveUsers: 10, minTransactions: 100 } };
    const deps = inMemoryDeps(usage);
    const { sid, now } = await running(deps);
    await runDailyScan(deps, 'tracker', '2026-03-01', now, ['hongshan']);
    const [flag] = (await flagsFor(deps, bureau('hongshan'), { type: 'long_unused', limit: 10 })).items;
    expect(flag).toMatchObject({ subject: 'system', subjectId: sid, status: 'open', ruleId: 'HS-35-4-zombie-scan' });
    const below = await reportUsage(deps, dept('hongshan'), sid, { periodStart: '2026-01-01', periodEnd: '2026-01-31', activeUsers: 9, transactions: 99 }, now, '2026-03-01');
    expect(below).toMatchObject({ active: false, closedFlags: [] });
    const at = await reportUsage(deps, dept('hongshan'), sid, { periodStart: '2026-02-01', periodEnd: '2026-02-28', activeUsers: 10, transactions: 0 }, now, '2026-03-01');
    expect(at.active).toBe(true);
    expect(at.closedFlags.map((f) => f.flagId)).toEqual([flag.id]);
    expect(at.state.usage?.lastActiveOn).toBe('2026-02-28');
    await expect(reportUsage(deps, dept('hongshan'), sid, { periodStart: '2025-09-01', periodEnd: '2025-09-30', activeUsers: 50, transactions: 500 }, now, '2026-03-01'))
      .rejects.toMatchObject({ status: 409, code: 'USAGE_BEFORE_OPERATION' });
  });

  it('usage settings come from configuration: overrides layered on the defaults, null switches the watch off, bad JSON keeps the defaults', () => {
    expect(usageSettingsFrom(undefined)).toBe(USAGE_SETTINGS);
    expect(usageSettingsFrom('{"hongshan":{"longUnusedDays":30}}').hongshan).toMatchObject({ longUnusedDays: 30, zombieDays: 180, minActiveUsers: 5 });
    expect(usageSettingsFrom('{"xichuan":null}').xichuan).toBeNull();
    expect(usageSettingsFrom('{not json')).toEqual(USAGE_SETTINGS);
  });
});

describe('budget gate', () => {
  it('answers Q1 from one read and records the check through the audit sink; another jurisdiction’s finance sees nothing', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps, 'hongshan');
    await recordMilestone(deps, bureau('hongshan'), p.id, { type: 'approval', date: '2026-01-10', approvedEstimate: 58_000_000 }, new Date('2026-03-01T02:00:00Z'), '2026-03-01');
    const body = await checkGate(deps, finance('hongshan'), { question: 'payment', projectId: p.id, amount: 1_000_000, purpose: 'construction', fiscalYear: 2026, channel: '国库集中支付' }, new Date('2026-03-01T02:00:00Z'), '2026-03-01');
    expect(deps.audited).toEqual([expect.objectContaining({ checkId: body.checkId, subject: 'project', subjectId: p.id, subjectVersion: 2, answer: body.answer, caller: { sub: 'fin-1', role: 'finance' } })]);
    await expect(checkGate(deps, finance('bijie'), { question: 'payment', projectId: p.id, amount: 1, purpose: 'construction', fiscalYear: 2026 }, new Date())).rejects.toMatchObject({ status: 404 });
    expect(deps.audited).toHaveLength(1);
  });

  it('overrides only overridable gate rules of the jurisdiction; a reviewer decision on a system is an event of the system', async () => {
    const deps = inMemoryDeps();
    const { sid, now } = await running(deps);
    await setSystemStatus(deps, bureau('hongshan'), sid, { status: 'zombie', reason: '经核实长期无实际业务', documentRef: '红政数〔2026〕3号' }, now, '2026-03-01');
    await expect(recordOverride(deps, bureau('hongshan'), { systemId: sid, ruleId: 'HS-35-4-stopped-zombie', reason: 'x', documentRef: 'y' }, now, '2026-03-01')).rejects.toMatchObject({ status: 422, code: 'RULE_NOT_OVERRIDABLE' });
    await expect(recordOverride(deps, bureau('hongshan'), { systemId: sid, ruleId: 'SD-30-no-acceptance-no-om', reason: 'x', documentRef: 'y' }, now, '2026-03-01')).rejects.toMatchObject({ status: 422 });
    const d = await recordGateDecision(deps, bureau('hongshan'), { systemId: sid, ruleId: 'HS-14-sharing-basis', result: 'pass' }, now, '2026-03-01');
    expect(d.subject).toEqual({ type: 'system', id: sid, version: 3 });
    expect((await deps.systems.events(sid)).map((e) => e.type)).toEqual(['system_registered', 'system_determined', 'gate_decision_recorded']);
    const gate = await checkGate(deps, finance('hongshan'), { question: 'om', systemId: sid, amount: 1_000_000, fiscalYear: 2027 }, now, '2026-03-01');
    expect(gate.answer).toBe('deny');
    expect(gate.reasons.find((r) => r.ruleId === 'HS-35-4-stopped-zombie')).toMatchObject({ overridable: false });
  });
});

describe('filings', () => {
  it('a contract filing needs the contract milestone first, then meets the filing obligation', async () => {
    const deps = inMemoryDeps();
    const p = await admitted(deps, 'shandong');
    const now = new Date('2026-03-24T02:00:00Z');
    const filing = { type: 'contract' as const, projectId: p.id, filedOn: '2026-03-24', fields: { 项目名称: '山东省政务服务事项协同系统', 项目建设单位: '省政务服务中心' }, attachments: ['合同文本'] };
    await expect(submitFiling(deps, dept('shandong'), filing as never, now, '2026-03-24')).rejects.toMatchObject({ status: 409, code: 'MILESTONE_OUT_OF_ORDER' });
    await recordMilestone(deps, bureau('shandong'), p.id, { type: 'approval', date: '2026-03-01', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, now, '2026-03-24');
    await recordMilestone(deps, dept('shandong'), p.id, { type: 'contract_signed', date: '2026-03-20' }, now, '2026-03-24');
    const before = (await deps.projects.get(p.id))!;
    expect(before.tracking?.obligations['SD-13-contract-5wd#main']).toMatchObject({ state: 'open' });
    const r = await submitFiling(deps, dept('shandong'), filing as never, now, '2026-03-24');
    expect(r).toMatchObject({ outcome: 'complete', recorded: true, filingId: `${p.id}:4` });
    const after = (await deps.projects.get(p.id))!;
    expect(after.lifecycle?.records.contract_filing).toBe('2026-03-24');
    expect(after.tracking?.obligations['SD-13-contract-5wd#main']).toMatchObject({ state: 'met' });
  });
});
