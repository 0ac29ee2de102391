import { describe, expect, it } from 'vitest';
import { byRule, cls, sdProject, wan, withProject } from './fixtures.js';

describe('SD-02-scope (第二条): 政务信息系统 by funding mode, for provincial 政务部门', () => {
  it('each of the four funding modes is in scope', () => {
    for (const fundingMode of ['gov_invest', 'gov_enterprise_joint', 'purchase_service', 'gov_funded_om'] as const) {
      const d = cls({ project: sdProject({ fundingMode, fundingSources: ['social_capital'] }) });
      expect(d.inScope).toBe(true);
      expect(byRule(d.findings, 'SD-02-scope')[0].sets).toEqual({ inScope: true });
    }
  });
  it('no funding mode and no government money → out of scope', () => {
    const d = cls({ project: sdProject({ fundingMode: undefined, fundingSources: ['social_capital'] }) });
    expect(d.inScope).toBe(false);
    expect(byRule(d.findings, 'SD-02-scope')[0].message).toContain('不属于本办法所称政务信息系统项目');
  });
  it('no funding mode but fiscal money counts as 政府投资', () => {
    expect(cls({ project: sdProject({ fundingMode: undefined, fundingSources: ['local_fiscal'] }) }).inScope).toBe(true);
  });
});

describe('SD-02-exclude-office (第二条 "不含办公终端设备和软件")', () => {
  const items = [
    { type: '业务应用软件', amount: wan(300) },
    { type: '办公终端设备', amount: wan(20) },
    { type: '办公终端软件', amount: 150_000 },
  ];
  it('office terminals are flagged for removal, with the amount', () => {
    const d = cls({ project: sdProject({ lineItems: items }) });
    const [f] = byRule(d.findings, 'SD-02-exclude-office');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toEqual({ excludedLineItems: ['办公终端设备', '办公终端软件'], excludedAmount: wan(20) + 150_000 });
    expect(f.message).toContain('办公终端设备、办公终端软件');
    expect(d.inScope).toBe(true);
  });
  it('a project of office terminals only is out of scope', () => {
    const d = cls({ project: sdProject({ lineItems: items.slice(1) }) });
    expect(d.inScope).toBe(false);
    expect(byRule(d.findings, 'SD-02-exclude-office')[0].sets).toEqual({ inScope: false });
  });
  it('no office terminal → silent', () => {
    expect(byRule(cls({ project: sdProject({ lineItems: items.slice(0, 1) }) }).findings, 'SD-02-exclude-office')).toEqual([]);
  });
});

describe('SD-04 (第四条, 第八条): routing to the provincial bodies', () => {
  it('every project goes to 省政务服务管理办公室 规划审核 (first route) and 省财政厅 预算评审', () => {
    const d = cls({ project: sdProject() });
    expect(d.routes).toEqual(['省政务服务管理办公室规划审核', '省财政厅预算评审']);
    expect(d.approvalPath).toBe('省政务服务管理办公室规划审核');
  });
  it('SD-04-ndrc: fixed-asset investment adds 省发展改革委 立项审批; otherwise not', () => {
    const d = cls({ project: sdProject({ flags: { fixedAssetInvestment: true } }) });
    expect(d.routes).toContain('省发展改革委立项审批');
    expect(d.extraApprovals).toContain('省发展改革委立项审批');
    expect(cls({ project: sdProject({ flags: { fixedAssetInvestment: false } }) }).routes).not.toContain('省发展改革委立项审批');
  });
  it('SD-04-classified: 涉密 needs 省国家保密局 审查确认; missing until recorded', () => {
    const p = sdProject({ flags: { classified: true } });
    const d = cls({ project: p });
    const [f] = byRule(d.findings, 'SD-04-classified');
    expect(f.missing).toEqual(['省国家保密局审查确认']);
    expect(d.extraApprovals).toContain('省国家保密局审查确认');
    const ok = withProject(p, { status: { reviews: { 省国家保密局审查确认: 'pass' } } });
    expect(byRule(cls({ project: ok }).findings, 'SD-04-classified')[0].missing).toEqual([]);
    expect(byRule(cls({ project: sdProject() }).findings, 'SD-04-classified')).toEqual([]);
  });
  it('SD-04-multilevel: cross-level projects are 分级立项', () => {
    const d = cls({ project: sdProject({ flags: { crossLevel: true } }) });
    expect(d.decisionLevel).toBe('分级立项');
    expect(byRule(d.findings, 'SD-04-multilevel')[0].outcome).toBe('FLAG');
    expect(byRule(cls({ project: sdProject() }).findings, 'SD-04-multilevel')).toEqual([]);
  });
});

describe('SD-10-ministry-consent (第十条): 同意申报 opinion before applying to a national ministry', () => {
  const ministry = withProject(sdProject(), { fields: { 国家有关部委组织申报项目: true } });
  it('without the opinion → required and missing', () => {
    const [f] = byRule(cls({ project: ministry }).findings, 'SD-10-ministry-consent');
    expect(f.missing).toEqual(['省政务服务管理办公室同意申报审核意见']);
  });
  it('opinion obtained the day of the ministry application → satisfied; one day after → missing', () => {
    const reviews = { 省政务服务管理办公室审核意见: 'pass' as const, 省政务服务管理办公室同意申报审核意见: 'pass' as const };
    const onTime = withProject(ministry, { status: { reviews }, records: { ministry_application: '2026-05-10', ministry_consent: '2026-05-10' } });
    const late = withProject(ministry, { status: { reviews }, records: { ministry_application: '2026-05-10', ministry_consent: '2026-05-11' } });
    expect(byRule(cls({ project: onTime }).findings, 'SD-10-ministry-consent')[0].missing).toEqual([]);
    expect(byRule(cls({ project: late }).findings, 'SD-10-ministry-consent')[0].missing).toEqual(['省政务服务管理办公室同意申报审核意见']);
  });
  it('not a ministry project → silent', () => {
    expect(byRule(cls({ project: sdProject() }).findings, 'SD-10-ministry-consent')).toEqual([]);
  });
});

describe('SD-40-local-adoption (第四十条): cities and counties use their own 办法', () => {
  it('a city applicant is out of scope of the provincial pack', () => {
    for (const level of ['city', 'county', 'district'] as const) {
      const d = cls({ project: sdProject({ applicant: { type: '市直部门', level } }) });
      expect(d.inScope).toBe(false);
      expect(byRule(d.findings, 'SD-40-local-adoption')).toHaveLength(1);
      expect(byRule(d.findings, 'SD-02-scope')).toEqual([]);
    }
  });
  it('a provincial applicant is in scope', () => {
    const d = cls({ project: sdProject() });
    expect(d.inScope).toBe(true);
    expect(byRule(d.findings, 'SD-40-local-adoption')).toEqual([]);
  });
});
