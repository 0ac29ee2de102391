/**
 * Deadlines as the tracker keeps them (obligations computed from the rules for a stored project): working days
 * across the National Day holiday and its 调休 make-up Saturday, month ends, a provisional deadline in a year
 * without an official holiday schedule; and the diff that keeps the due-date index and the flags in step.
 */
import { describe, expect, it } from 'vitest';
import { deadlineFindings, diffObligations, obligationsOf, projectRef, recomputeProject } from '@gov/domain';
import type { Jurisdiction } from '@gov/rules';
import { storedProject } from './fixtures.js';

const obligations = (j: Jurisdiction, dates: Record<string, string>, on: string, records: Record<string, string> = {}) =>
  obligationsOf(deadlineFindings(storedProject(j, {}, { dates, records }), on).findings);
const one = (j: Jurisdiction, ruleId: string, dates: Record<string, string>, on: string, records: Record<string, string> = {}) => {
  const o = obligations(j, dates, on, records).filter((x) => x.ruleId === ruleId);
  expect(o).toHaveLength(1);
  return o[0];
};

describe('working-day filing deadlines across holidays', () => {
  it('shandong contract filing (5 WD): signed 2026-09-29, National Day off 10-01..07, Saturday 10-10 worked → due 2026-10-12', () => {
    expect(one('shandong', 'SD-13-contract-5wd', { contractSigned: '2026-09-29' }, '2026-10-20')).toMatchObject({ due: '2026-10-12', provisional: false, scan: 'filing', state: 'open' });
  });
  it('jinjiang contract filing (7 WD) from the same day → due 2026-10-14', () => {
    expect(one('jinjiang', 'JJ-11-contract-7wd', { contractSigned: '2026-09-29' }, '2026-10-20')).toMatchObject({ due: '2026-10-14', provisional: false });
  });
  it('a Friday signing skips the weekend and 端午 (Friday 2026-06-19): 2026-06-12 + 5 WD → 2026-06-22', () => {
    const o = one('shandong', 'SD-13-contract-5wd', { contractSigned: '2026-06-12' }, '2026-07-01');
    expect(o.due).toBe('2026-06-22');
  });
  it('2027 has no official schedule: the deadline counts statutory holidays only and is marked provisional', () => {
    // 2027-09-29 + 5 WD: 09-30, (10-01..03 国庆 statutory, weekend), 10-04, 10-05, 10-06, 10-07.
    expect(one('shandong', 'SD-13-contract-5wd', { contractSigned: '2027-09-29' }, '2027-10-20')).toMatchObject({ due: '2027-10-07', provisional: true });
  });
  it('a filing on record meets the obligation', () => {
    expect(one('shandong', 'SD-13-contract-5wd', { contractSigned: '2026-09-29' }, '2026-10-20', { contract_filing: '2026-10-15' })).toMatchObject({ state: 'met', metOn: '2026-10-15' });
  });
});

describe('month deadlines at month ends', () => {
  it('shandong acceptance application: completed 2026-11-30 + 3 months → 2027-02-28', () => {
    expect(one('shandong', 'SD-23-apply-3m', { constructionCompleted: '2026-11-30' }, '2026-12-20').due).toBe('2027-02-28');
  });
  it('xichuan acceptance: 建成 2026-08-31 + 6 months → 2027-02-28; hongshan: stable trial run 2026-08-31 + 6 months → 2027-02-28', () => {
    expect(one('xichuan', 'XC-18-acceptance-6m', { constructionCompleted: '2026-08-31' }, '2026-12-20').due).toBe('2027-02-28');
    expect(one('hongshan', 'HS-28-acceptance-6m', { trialRunStart: '2026-08-01', trialRunStable: '2026-08-31' }, '2026-12-20').due).toBe('2027-02-28');
  });
  it('2027-08-31 + 6 months lands on 2028-02-29 (leap year)', () => {
    expect(one('xichuan', 'XC-18-acceptance-6m', { constructionCompleted: '2027-08-31' }, '2027-09-20').due).toBe('2028-02-29');
  });
  it('hongshan post-completion self-evaluation window ends 24 months after max(acceptance, operation)', () => {
    expect(one('hongshan', 'HS-31-post-eval-12-24m', { acceptancePassed: '2026-05-31', operationStart: '2026-06-01' }, '2026-12-20').due).toBe('2028-06-01');
  });
  it('an approved extension replaces the due date', () => {
    expect(one('shandong', 'SD-23-apply-3m', { constructionCompleted: '2026-11-30', acceptanceExtendedTo: '2027-05-31' }, '2026-12-20').due).toBe('2027-05-31');
  });
});

describe('obligation keys and the index diff', () => {
  it('obligations a rule does not tell apart keep a stable key (by due date) across evaluation days', () => {
    const running = { operationStart: '2025-06-01' };
    const a = obligations('xichuan', running, '2026-12-20').filter((o) => o.ruleId === 'XC-28-annual-catalogue').map((o) => o.key);
    const b = obligations('xichuan', running, '2027-03-01').filter((o) => o.ruleId === 'XC-28-annual-catalogue').map((o) => o.key);
    expect(a).toContain('main.2026-12-31');
    expect(b).toContain('main.2026-12-31');
  });

  it('a met obligation leaves the index and its open flag closes; an extension closes a flag of an obligation no longer overdue', () => {
    const p = storedProject('shandong', {}, { dates: { constructionCompleted: '2026-11-30' } });
    const first = recomputeProject(p, '2027-03-10');
    const k = 'SD-23-apply-3m#main';
    expect(first.obligations[k]).toMatchObject({ state: 'open', due: '2027-02-28' });
    expect(first.writes).toContainEqual({ kind: 'obligation.put', obligation: expect.objectContaining({ subject: 'project', subjectId: p.id, ruleId: 'SD-23-apply-3m', key: 'main', due: '2027-02-28', state: 'open', scan: 'tracker' }) });

    const flagged = { ...p, tracking: { obligations: { ...first.obligations, [k]: { ...first.obligations[k], flagId: 'fl-1', flagType: 'overdue_acceptance' } } } };
    const accepted = { ...flagged, lifecycle: { ...flagged.lifecycle!, dates: { ...flagged.lifecycle!.dates, acceptancePassed: '2027-03-12' } } };
    const after = recomputeProject(accepted, '2027-03-12');
    expect(after.closedFlags).toEqual([expect.objectContaining({ flagId: 'fl-1', ruleId: 'SD-23-apply-3m' })]);
    expect(after.writes).toContainEqual({ kind: 'obligation.put', obligation: expect.objectContaining({ ruleId: 'SD-23-apply-3m', key: 'main', state: 'met', metOn: '2027-03-12' }) });
    expect(after.writes).toContainEqual(expect.objectContaining({ kind: 'flag.close', subject: 'project', subjectId: p.id, flagId: 'fl-1', closedOn: '2027-03-12' }));

    const extended = { ...flagged, lifecycle: { ...flagged.lifecycle!, dates: { ...flagged.lifecycle!.dates, acceptanceExtendedTo: '2027-04-30' } } };
    expect(recomputeProject(extended, '2027-03-12').closedFlags.map((f) => f.reason)).toEqual(['期限已调整为2027-04-30,不再逾期']);
  });

  it('an obligation no longer owed is deleted from the index and its flag closed', () => {
    const p = storedProject('shandong');
    const d = diffObligations(projectRef(p), { 'X-1#main': { ruleId: 'SD-13-contract-5wd', key: 'main', due: '2026-01-01', provisional: false, state: 'open', obligation: 'x', scan: 'filing', flagId: 'fl-2' } }, [], '2026-06-01');
    expect(d.writes.map((w) => w.kind)).toEqual(['obligation.delete', 'flag.close']);
    expect(d.closedFlags).toHaveLength(1);
  });

  it('unchanged obligations write nothing', () => {
    const p = storedProject('shandong', {}, { dates: { constructionCompleted: '2026-11-30' } });
    const first = recomputeProject(p, '2026-12-20');
    expect(recomputeProject({ ...p, tracking: first.tracking }, '2026-12-21').writes).toEqual([]);
  });
});
