import { describe, expect, it } from 'vitest';
import type { FilingFacts, ProjectFacts } from '@gov/rules';
import { deadlinesJJ, filingJJ, funded, of } from './fixtures.js';

/*
 * Working-day answers checked by hand against the official 2026 schedule (国务院办公厅): 春节 Feb 15–23 off, Feb 14 (Sat)
 * and Feb 28 (Sat) worked; 劳动节 May 1–5 off, May 9 (Sat) worked; 中秋 Sep 25–27 off; 国庆 Oct 1–7 off, Sep 20 (Sun) and
 * Oct 10 (Sat) worked. The start day is not counted.
 */

const contract = (filedOn: string, over: Partial<FilingFacts> = {}): FilingFacts => ({
  type: 'contract',
  filedOn,
  fields: {},
  attachments: ['合同副本'],
  ...over,
});

describe('JJ-11-contract-7wd (第十一条): contract copy within 7 working days', () => {
  const signed = (contractSigned: string, over: Partial<ProjectFacts> = {}) => funded({ dates: { contractSigned }, ...over });

  it('signed Mon 2026-09-28: across 国庆 (Oct 1–7 off, Sat Oct 10 worked) the 7th working day is 2026-10-13', () => {
    // Sep 29, Sep 30, Oct 8, Oct 9, Oct 10 (Sat, worked), Oct 12, Oct 13
    const [o] = of(deadlinesJJ({ project: signed('2026-09-28') }, '2026-09-29').obligations, 'JJ-11-contract-7wd');
    expect(o.due).toBe('2026-10-13');
    expect(o.provisional).toBe(false);
    expect(o.detail).toMatchObject({ obligation: '合同备案', startEvent: 'contract_signed', state: 'open' });
  });
  it('signed Thu 2026-02-12: across 春节 (Feb 14 and Feb 28 worked) the 7th working day is 2026-02-28', () => {
    // Feb 13, Feb 14 (Sat, worked), Feb 24, 25, 26, 27, Feb 28 (Sat, worked)
    expect(of(deadlinesJJ({ project: signed('2026-02-12') }, '2026-02-13').obligations, 'JJ-11-contract-7wd')[0].due).toBe('2026-02-28');
  });
  it('no record: open on the due day, overdue the day after', () => {
    const p = signed('2026-09-28');
    expect(of(deadlinesJJ({ project: p }, '2026-10-13').obligations, 'JJ-11-contract-7wd')[0].detail).toMatchObject({ state: 'open' });
    const late = deadlinesJJ({ project: p }, '2026-10-14');
    expect(of(late.obligations, 'JJ-11-contract-7wd')[0].detail).toMatchObject({ state: 'overdue' });
    expect(late.binding).toBe(false);
    expect(of(deadlinesJJ({ project: { ...p, records: { contract_filing: '2026-10-12' } } }, '2026-10-14').obligations, 'JJ-11-contract-7wd')[0].detail).toMatchObject({
      state: 'met',
    });
  });
  it('filed on 2026-10-13: complete and on time', () => {
    const d = filingJJ(signed('2026-09-28'), contract('2026-10-13'), '2026-10-13');
    expect(d.outcome).toBe('complete');
    expect(of(d.findings, 'JJ-11-contract-7wd').filter((f) => f.outcome === 'FLAG')).toHaveLength(0);
  });
  it('filed on 2026-10-14: late, flagged (not refused)', () => {
    const d = filingJJ(signed('2026-09-28'), contract('2026-10-14'), '2026-10-14');
    const flags = of(d.findings, 'JJ-11-contract-7wd').filter((f) => f.outcome === 'FLAG');
    expect(flags).toHaveLength(1);
    expect(flags[0].advisory).toBe(true);
    expect(d.outcome).toBe('complete');
  });
  it('without the 合同副本 the filing is incomplete', () => {
    const d = filingJJ(signed('2026-09-28'), contract('2026-10-09', { attachments: [] }), '2026-10-09');
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['合同副本']);
  });
  it('A-21: a 维护类 O&M contract over 36 months is flagged under JJ-06-maint-period-3y', () => {
    const maint = signed('2026-09-28', { category: 'maintenance', servicePeriodMonths: 36 });
    const over = filingJJ(maint, contract('2026-10-09', { fields: { '服务期限(月)': 37 } }), '2026-10-09');
    expect(of(over.findings, 'JJ-06-maint-period-3y')[0].outcome).toBe('FLAG');
    const ok = filingJJ(maint, contract('2026-10-09', { fields: { '服务期限(月)': 36 } }), '2026-10-09');
    expect(of(ok.findings, 'JJ-06-maint-period-3y')).toHaveLength(0);
  });
});

const ITEMS = [
  '项目验收报告',
  '验收时间',
  '用户报告',
  '监理报告',
  '测评报告',
  '资金使用情况',
  '免费运维时间',
  '数据资源的管理权属和使用范围',
  '信息资源共享开放',
  '信息安全建设',
  '信息系统网络安全等级保护定级',
  '密码应用评估',
];
const acceptance = (filedOn: string, items = ITEMS): FilingFacts => ({
  type: 'acceptance',
  filedOn,
  fields: Object.fromEntries(items.filter((i) => !i.endsWith('报告')).map((i) => [i, i === '验收时间' ? '2026-09-30' : '已填报'])),
  attachments: items.filter((i) => i.endsWith('报告')),
});

describe('JJ-15-acceptance-7wd (第十五条): acceptance filing within 7 working days', () => {
  const accepted = (acceptancePassed: string) => funded({ dates: { acceptancePassed } });
  it('accepted Wed 2026-09-30: after 国庆 the 7th working day is 2026-10-15', () => {
    // Oct 8, Oct 9, Oct 10 (Sat, worked), Oct 12, 13, 14, 15
    expect(of(deadlinesJJ({ project: accepted('2026-09-30') }, '2026-10-01').obligations, 'JJ-15-acceptance-7wd')[0].due).toBe('2026-10-15');
  });
  it('accepted Thu 2026-04-30: after 劳动节 (May 9 worked) the 7th working day is 2026-05-13', () => {
    // May 6, 7, 8, May 9 (Sat, worked), May 11, 12, 13
    expect(of(deadlinesJJ({ project: accepted('2026-04-30') }, '2026-05-01').obligations, 'JJ-15-acceptance-7wd')[0].due).toBe('2026-05-13');
  });
  it('accepted Fri 2026-09-18: Sun Sep 20 is worked and 中秋 Sep 25–27 is off, due 2026-09-29', () => {
    // Sep 20 (Sun, worked), 21, 22, 23, 24, Sep 28, Sep 29
    expect(of(deadlinesJJ({ project: accepted('2026-09-18') }, '2026-09-19').obligations, 'JJ-15-acceptance-7wd')[0].due).toBe('2026-09-29');
  });
  it('filed 2026-10-15 on time; 2026-10-16 late and flagged', () => {
    const p = accepted('2026-09-30');
    const onTime = filingJJ(p, acceptance('2026-10-15'), '2026-10-15');
    expect(onTime.outcome).toBe('complete');
    expect(of(onTime.findings, 'JJ-15-acceptance-7wd').filter((f) => f.outcome === 'FLAG')).toHaveLength(0);
    const late = filingJJ(p, acceptance('2026-10-16'), '2026-10-16');
    expect(of(late.findings, 'JJ-15-acceptance-7wd').filter((f) => f.outcome === 'FLAG')).toHaveLength(1);
    expect(of(deadlinesJJ({ project: p }, '2026-10-16').obligations, 'JJ-15-acceptance-7wd')[0].detail).toMatchObject({ state: 'overdue' });
  });
});

describe('JJ-15-acceptance-fields (第十五条): the twelve filing items', () => {
  const p = funded({ dates: { acceptancePassed: '2026-09-30' } });
  it('all twelve → complete', () => {
    expect(filingJJ(p, acceptance('2026-10-09'), '2026-10-09').outcome).toBe('complete');
  });
  it('no 监理报告 and no 密码应用评估 → incomplete with both named', () => {
    const d = filingJJ(p, acceptance('2026-10-09', ITEMS.filter((i) => i !== '监理报告' && i !== '密码应用评估')), '2026-10-09');
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['监理报告', '密码应用评估']);
  });
});

describe('JJ-16-stop-notice-3m (第十六条): at least 3 months ahead', () => {
  const stop = (filedOn: string, fields: FilingFacts['fields'] = {}): FilingFacts => ({
    type: 'stop_operation',
    filedOn,
    fields: { 计划停止运行日期: '2026-12-31', ...fields },
    attachments: ['数据资源处置方案', '相关单位协调对接记录'],
  });
  const p = funded();
  it('stop on 2026-12-31, notice on 2026-09-30 (exactly 3 months): on time', () => {
    const d = filingJJ(p, stop('2026-09-30'), '2026-09-30');
    expect(d.outcome).toBe('complete');
    const fs = of(d.findings, 'JJ-16-stop-notice-3m');
    expect(fs.find((f) => f.outcome === 'DEADLINE')?.due).toBe('2026-09-30');
    expect(fs.filter((f) => f.outcome === 'FLAG')).toHaveLength(0);
  });
  it('notice on 2026-10-01 (one day less than 3 months): flagged, the stop is not refused', () => {
    const d = filingJJ(p, stop('2026-10-01'), '2026-10-01');
    const flags = of(d.findings, 'JJ-16-stop-notice-3m').filter((f) => f.outcome === 'FLAG');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('不足3个月');
    expect(d.outcome).toBe('complete');
  });
  it('month end clamps: stop on 2026-05-31 → notice by 2026-02-28', () => {
    const d = filingJJ(p, stop('2026-02-28', { 计划停止运行日期: '2026-05-31' }), '2026-02-28');
    expect(of(d.findings, 'JJ-16-stop-notice-3m').find((f) => f.outcome === 'DEADLINE')?.due).toBe('2026-02-28');
    expect(of(d.findings, 'JJ-16-stop-notice-3m').filter((f) => f.outcome === 'FLAG')).toHaveLength(0);
  });
  it('the data-disposition plan and the coordination record are required', () => {
    const d = filingJJ(p, { ...stop('2026-09-01'), attachments: [] }, '2026-09-01');
    expect(d.outcome).toBe('incomplete');
    expect(d.missing).toEqual(['数据资源处置方案', '相关单位协调对接记录']);
  });
  it('as an obligation: open until 2026-09-30, overdue from 2026-10-01 without a notice', () => {
    const planned = funded({ dates: { plannedStop: '2026-12-31' } });
    expect(of(deadlinesJJ({ project: planned }, '2026-09-30').obligations, 'JJ-16-stop-notice-3m')[0].detail).toMatchObject({ state: 'open' });
    expect(of(deadlinesJJ({ project: planned }, '2026-10-01').obligations, 'JJ-16-stop-notice-3m')[0].detail).toMatchObject({ state: 'overdue' });
    const noticed = { ...planned, records: { stop_notice: '2026-09-15' } };
    expect(of(deadlinesJJ({ project: noticed }, '2026-10-01').obligations, 'JJ-16-stop-notice-3m')[0].detail).toMatchObject({ state: 'met' });
  });
});

describe('JJ-09 立项情况 filings (第九条(二))', () => {
  const upstream = (attachments: string[]): FilingFacts => ({ type: 'upstream_approval', filedOn: '2026-03-02', fields: {}, attachments });
  it('上级财政资金: the written 立项情况 is required', () => {
    const p = funded({ fundingSources: ['upper_fiscal'] });
    const d = filingJJ(p, upstream([]));
    expect(of(d.findings, 'JJ-09-upper-funds-filing')[0].missing).toEqual(['立项情况书面材料']);
    expect(d.outcome).toBe('incomplete');
    expect(filingJJ(p, upstream(['立项情况书面材料'])).outcome).toBe('complete');
    expect(of(d.findings, 'JJ-09-social-funds-filing')).toHaveLength(0);
  });
  it('社会资金: the written 立项情况 is required', () => {
    const p = funded({ fundingSources: ['social_capital'] });
    expect(of(filingJJ(p, upstream([])).findings, 'JJ-09-social-funds-filing')[0].missing).toEqual(['立项情况书面材料']);
    expect(filingJJ(p, upstream(['立项情况书面材料'])).outcome).toBe('complete');
  });
});
