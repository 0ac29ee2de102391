import { describe, expect, it } from 'vitest';
import { checkFiling, type FilingFacts, type ProjectFacts } from '@gov/rules';
import { bj, bjProject, cal, contractFiling, on } from './fixtures.js';

const file = (filing: FilingFacts, p: ProjectFacts = bjProject()) => checkFiling(bj, { project: p, filing }, on, cal, {});
const of = (d: ReturnType<typeof file>, id: string) => d.findings.filter((f) => f.ruleId === id);

describe('contract record: BJ-16-tripartite-contract, BJ-28-contract-clauses, BJ-15-procurement-record', () => {
  it('a tripartite contract with the security clauses after procurement is complete', () => {
    const d = file(contractFiling());
    expect(d.outcome).toBe('complete');
    expect(of(d, 'BJ-16-tripartite-contract')[0].missing).toEqual([]);
    expect(of(d, 'BJ-28-contract-clauses')[0].missing).toEqual([]);
    expect(of(d, 'BJ-15-procurement-record')[0].missing).toEqual([]);
  });
  it('BJ-16: a two-party contract (no 大数据部门) is refused', () => {
    const d = file(contractFiling({ '合同签订方:大数据部门': '' }));
    expect(d.outcome).toBe('rejected');
    expect(d.missing).toContain('合同签订方:大数据部门');
    expect(of(d, 'BJ-16-tripartite-contract').map((f) => f.outcome)).toEqual(['REQUIRE', 'REJECT']);
  });
  it('BJ-28: a contract without the annual 密码安全性评估 clause is incomplete', () => {
    const d = file(contractFiling({ '合同条款:每年密码安全性评估': false }));
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['合同条款:每年密码安全性评估']);
  });
  it('BJ-15: no procurement record before the contract is incomplete; an attached record satisfies it', () => {
    const noProc = bjProject({ records: {} });
    const d = file(contractFiling(), noProc);
    expect(d.missing).toEqual(['政府采购记录']);
    expect(file(contractFiling({}, ['政府采购记录']), noProc).outcome).toBe('complete');
  });
});

const change = (fields: Record<string, string | boolean>, c: Partial<NonNullable<FilingFacts['change']>> = {}): FilingFacts => ({
  type: 'change',
  filedOn: '2026-05-10',
  fields,
  change: { newTotal: 80_000_000, adjustAmount: 1, goalUnchanged: true, reason: '二', ...c },
});
const approved = { 用户单位调整申请: true, '专家评审意见(同意)': true, 大数据部门同意调整: true };

describe('BJ-19-change-approval (第十九条): no 15% safe harbour', () => {
  it('application + expert review + 大数据部门 approval with a reason is complete, the reason is a reviewer item', () => {
    const d = file(change(approved));
    expect(d.outcome).toBe('complete');
    expect(of(d, 'BJ-19-change-approval').map((f) => f.outcome)).toEqual(['REQUIRE', 'CHECK']);
  });
  it('a one-fen change without expert review is still incomplete (no materiality threshold)', () => {
    const d = file(change({ 用户单位调整申请: true, 大数据部门同意调整: true }, { adjustAmount: 1 }));
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['专家评审意见(同意)']);
  });
  it('a change far below 15% of the budget without any approval is incomplete', () => {
    const d = file(change({}, { adjustAmount: 100, newTotal: 80_000_000 }));
    expect(d.missing).toEqual(['用户单位调整申请', '专家评审意见(同意)', '大数据部门同意调整']);
  });
  it('A-40: a recorded 大数据部门 waiver of the expert review stands in for it', () => {
    const d = file(change({ 用户单位调整申请: true, 大数据部门决定免于专家评审: true, 大数据部门同意调整: true }));
    expect(d.outcome).toBe('complete');
  });
  it('a change for none of the reasons (一)–(三) is refused', () => {
    expect(file(change(approved, { reason: undefined })).outcome).toBe('rejected');
  });
  it('approval after the change was made is refused (擅自更改); on the same day it is fine', () => {
    const late = file(change({ ...approved, 大数据部门同意日期: '2026-05-02', 调整实施日期: '2026-05-01' }));
    expect(late.outcome).toBe('rejected');
    expect(file(change({ ...approved, 大数据部门同意日期: '2026-05-01', 调整实施日期: '2026-05-01' })).outcome).toBe('complete');
  });
  it('does not apply to a contract record', () => {
    expect(of(file(contractFiling()), 'BJ-19-change-approval')).toHaveLength(0);
  });
});
