import { describe, expect, it } from 'vitest';
import { classifyJJ, jjInForce, needsPlan, of, wan, withFields, withStatus } from './fixtures.js';
import { chinaCalendar, preReview } from '@gov/rules';

const BUILD_PATH = '专家评审→部门联审→造价审核→入库';

describe('JJ-02-scope (第二条): 建设类与维护类 projects, 领导小组审议', () => {
  it('建设类 is in scope and routed to the 领导小组', () => {
    const d = classifyJJ(needsPlan());
    expect(d.inScope).toBe(true);
    expect(d.routes).toContain('领导小组审议');
    expect(d.binding).toBe(false);
    expect(d.findings.every((f) => f.advisory)).toBe(true);
  });
  it('维护类 is in scope', () => {
    expect(classifyJJ(needsPlan({ category: 'maintenance' })).inScope).toBe(true);
  });
  it('another category is outside the 办法', () => {
    const d = classifyJJ(needsPlan({ category: 'procure_service' }));
    expect(d.inScope).toBe(false);
    expect(of(d.findings, 'JJ-02-scope')[0].message).toContain('建设类或维护类');
  });
});

describe('JJ-02-funding-model (第二条)', () => {
  it('政府出资 needs nothing more', () => {
    expect(of(classifyJJ(needsPlan()).findings, 'JJ-02-funding-model')).toHaveLength(0);
  });
  it('an undeclared model is flagged', () => {
    expect(of(classifyJJ(needsPlan({ fundingModel: undefined })).findings, 'JJ-02-funding-model')[0].outcome).toBe('FLAG');
  });
  it('政府机会类社会出资: 交通 passes, no domain or 文旅 is flagged for the reviewer', () => {
    const opp = needsPlan({ fundingModel: 'gov_opportunity_social' });
    expect(of(classifyJJ(opp).findings, 'JJ-02-funding-model')[0].missing).toEqual(['公共事业领域']);
    expect(of(classifyJJ(withFields(opp, { 公共事业领域: '交通' })).findings, 'JJ-02-funding-model')).toHaveLength(0);
    expect(of(classifyJJ(withFields(opp, { 公共事业领域: '文旅' })).findings, 'JJ-02-funding-model')[0].message).toContain('文旅');
  });
});

describe('JJ-04-tier-basic / JJ-04-street-no-dup / JJ-04-onshelf-eval (第四条)', () => {
  it('a 基础性 project of a 区级部门 is a CHECK item pointing to 区城运中心', () => {
    const [f] = of(classifyJJ(needsPlan({ tier: '基础性' })).findings, 'JJ-04-tier-basic');
    expect(f.outcome).toBe('CHECK');
    expect(f.route).toBe('区城运中心');
  });
  it('区城运中心 itself builds 基础性 projects', () => {
    const p = needsPlan({ tier: '基础性', applicant: { type: '区级部门', name: '区城运中心' } });
    expect(of(classifyJJ(p).findings, 'JJ-04-tier-basic')).toHaveLength(0);
  });
  it('a 街道 project is checked for duplication; a confirmed duplicate is refused', () => {
    const street = needsPlan({ applicant: { type: '街道', name: '春熙路街道' } });
    expect(of(classifyJJ(street).findings, 'JJ-04-street-no-dup')[0].outcome).toBe('CHECK');
    const dup = withStatus(street, { decisions: { 'JJ-04-street-no-dup': { result: 'fail', reviewer: '李审核', on: '2026-02-20' } } });
    const d = classifyJJ(dup, '2026-03-02', jjInForce);
    expect(of(d.findings, 'JJ-04-street-no-dup')[0].outcome).toBe('REJECT');
    // Classification describes; pre-review carries the refusal into its decision.
    expect(preReview(jjInForce, { project: dup }, '2026-03-02', chinaCalendar, d).outcome).toBe('rejected');
    expect(of(classifyJJ(needsPlan()).findings, 'JJ-04-street-no-dup')).toHaveLength(0);
  });
  it('行业性 / 个性化 projects need a passed evaluation', () => {
    const [f] = of(classifyJJ(needsPlan({ tier: '行业性' })).findings, 'JJ-04-onshelf-eval');
    expect(f.missing).toEqual(['上架评估(符合相关要求)']);
    const ok = withStatus(needsPlan({ tier: '个性化' }), { reviews: { 上架评估: 'pass' } });
    expect(of(classifyJJ(ok).findings, 'JJ-04-onshelf-eval')[0].missing).toEqual([]);
    expect(of(classifyJJ(needsPlan({ tier: '基础性' })).findings, 'JJ-04-onshelf-eval')).toHaveLength(0);
  });
});

describe('JJ-05-surveying (第五条): 合理性意见 for fiscally funded surveying', () => {
  it('required when surveying is paid from 财政资金, cleared by the opinion', () => {
    const p = needsPlan({ flags: { involvesSurveying: true } });
    expect(of(classifyJJ(p).findings, 'JJ-05-surveying')[0].missing).toEqual(['测绘项目合理性意见']);
    expect(classifyJJ(p).requiredDocuments).toContain('测绘项目合理性意见');
    const ok = needsPlan({ flags: { involvesSurveying: true }, documents: [...p.documents, { type: '测绘项目合理性意见' }] });
    expect(of(classifyJJ(ok).findings, 'JJ-05-surveying')[0].missing).toEqual([]);
  });
  it('not for socially funded surveying', () => {
    const p = needsPlan({ flags: { involvesSurveying: true }, fundingSources: ['social_capital'] });
    expect(of(classifyJJ(p).findings, 'JJ-05-surveying')).toHaveLength(0);
  });
});

describe('JJ-06-plan-30w (第六条): 经费估算 30万元(不含)以下 direct, 30万元(含)以上 plan first', () => {
  it('299,999.99 goes straight to the 入库程序', () => {
    const d = classifyJJ(needsPlan({ amountEstimate: 29_999_999, amountTotal: 29_999_999 }));
    expect(d.routes).toContain('入库程序');
    expect(d.routes).not.toContain('年度计划');
    expect(d.extraApprovals).not.toContain('智慧锦江建设项目年度计划');
  });
  it('300,000.00 must first be in the annual plan', () => {
    const d = classifyJJ(needsPlan({ amountEstimate: 30_000_000, amountTotal: 30_000_000 }));
    expect(d.routes).toContain('年度计划');
    expect(d.routes).not.toContain('入库程序');
    expect(d.extraApprovals).toContain('智慧锦江建设项目年度计划');
  });
  it('300,000.00 already in the plan enters the 入库程序', () => {
    const p = withStatus(needsPlan({ amountEstimate: wan(30), amountTotal: wan(30) }), { inAnnualPlan: true });
    expect(classifyJJ(p).routes).toContain('入库程序');
  });
  it('uses the 经费估算, not the 总投资 (A-17), and flags a later amount crossing 30万', () => {
    const d = classifyJJ(needsPlan({ amountEstimate: 29_999_999, amountTotal: 30_000_000 }));
    const fs = of(d.findings, 'JJ-06-plan-30w');
    expect(fs.map((f) => f.outcome)).toEqual(['ROUTE', 'FLAG']);
    expect(fs[0].route).toBe('入库程序');
  });
});

describe('JJ-07-reserve (第七条): not in the plan → 储备 (原则上)', () => {
  it('300,000.00 not in the plan is in 储备', () => {
    const d = classifyJJ(needsPlan({ amountEstimate: 30_000_000 }));
    expect(d.approvalPath).toBe('储备');
    expect(of(d.findings, 'JJ-07-reserve')[0].overridable).toBe(true);
  });
  it('299,999.99 is not', () => {
    const d = classifyJJ(needsPlan({ amountEstimate: 29_999_999 }));
    expect(d.approvalPath).toBe(BUILD_PATH);
    expect(of(d.findings, 'JJ-07-reserve')).toHaveLength(0);
  });
  it('in the plan → the pipeline', () => {
    expect(classifyJJ(withStatus(needsPlan({ amountEstimate: wan(50) }), { inAnnualPlan: true })).approvalPath).toBe(BUILD_PATH);
  });
  it('an override by 领导小组办公室 lifts the reserve and is reported', () => {
    const p = withStatus(needsPlan({ amountEstimate: wan(50) }), {
      overrides: { 'JJ-07-reserve': { authority: '领导小组办公室', reason: '急需启动', documentRef: '锦智办〔2026〕3号', on: '2026-02-25' } },
    });
    const d = classifyJJ(p);
    expect(d.approvalPath).toBe(BUILD_PATH);
    expect(of(d.findings, 'JJ-07-reserve')[0].overriddenBy?.authority).toBe('领导小组办公室');
  });
});

describe('JJ-07-plan-approval (第七条): plan issued after three meetings', () => {
  const inPlan = (reviews: Record<string, 'pass' | 'fail' | 'pending'>) =>
    withStatus(needsPlan({ amountEstimate: wan(50) }), { inAnnualPlan: true, reviews });
  it('missing decisions are listed', () => {
    const [f] = of(classifyJJ(inPlan({ '年度计划:领导小组会': 'pass' })).findings, 'JJ-07-plan-approval');
    expect(f.missing).toEqual(['年度计划:区委财经委员会', '年度计划:区政府常务会议']);
  });
  it('all three → nothing missing', () => {
    const all = { '年度计划:领导小组会': 'pass', '年度计划:区委财经委员会': 'pass', '年度计划:区政府常务会议': 'pass' } as const;
    expect(of(classifyJJ(inPlan(all)).findings, 'JJ-07-plan-approval')[0].missing).toEqual([]);
  });
});

describe('JJ-07-temp-addition (第七条): temporary projects apply for addition', () => {
  it('requires the minutes and the request, routes to 领导小组办公室', () => {
    const p = needsPlan({ amountEstimate: wan(50), flags: { temporary: true } });
    const d = classifyJJ(p);
    const fs = of(d.findings, 'JJ-07-temp-addition');
    expect(fs[0].missing).toEqual(['区委区政府相关会议纪要', '追加纳入年度计划申请']);
    expect(d.routes).toContain('领导小组办公室');
    const ok = needsPlan({
      amountEstimate: wan(50),
      flags: { temporary: true },
      documents: [...p.documents, { type: '区委区政府相关会议纪要' }, { type: '追加纳入年度计划申请' }],
    });
    expect(of(classifyJJ(ok).findings, 'JJ-07-temp-addition')[0].missing).toEqual([]);
  });
  it('not for projects already in the plan', () => {
    const p = withStatus(needsPlan({ flags: { temporary: true } }), { inAnnualPlan: true });
    expect(of(classifyJJ(p).findings, 'JJ-07-temp-addition')).toHaveLength(0);
  });
});

describe('JJ-07-114-procedure (第七条, 第九条(一))', () => {
  it('unknown → a CHECK for the reviewer; true → routed; false → silent', () => {
    expect(of(classifyJJ(needsPlan({ fields: {} })).findings, 'JJ-07-114-procedure')[0].outcome).toBe('CHECK');
    expect(classifyJJ(withFields(needsPlan(), { '适用锦委办发〔2020〕114号': true })).routes).toContain('锦委办发〔2020〕114号规定程序');
    expect(of(classifyJJ(needsPlan()).findings, 'JJ-07-114-procedure')).toHaveLength(0);
  });
});

describe('JJ-08 pipelines and organiser (第八条)', () => {
  it('建设类: 专家评审 → 部门联审 → 造价审核 → 入库, organised by 区城运中心', () => {
    const d = classifyJJ(needsPlan());
    expect(d.approvalPath).toBe(BUILD_PATH);
    expect(d.routes).toContain('专家评审组织:区城运中心');
  });
  it('维护类: 造价审核 → 入库, no expert review', () => {
    const d = classifyJJ(needsPlan({ category: 'maintenance' }));
    expect(d.approvalPath).toBe('造价审核→入库');
    expect(of(d.findings, 'JJ-08-build-pipeline')).toHaveLength(0);
    expect(of(d.findings, 'JJ-08-organiser-switch')).toHaveLength(0);
  });
  it('区城运中心 as 项目建设单位: 领导小组办公室 organises the expert review', () => {
    const d = classifyJJ(needsPlan({ applicant: { type: '区级部门', name: '锦江区城市运行管理中心' } }));
    expect(d.routes).toContain('专家评审组织:领导小组办公室');
    expect(d.routes).not.toContain('专家评审组织:区城运中心');
  });
});

describe('JJ-10 decision levels (第十条): 400万元 / 3000万元 with (含)/(不含)', () => {
  const level = (amountTotal: number) => classifyJJ(needsPlan({ amountTotal, amountEstimate: wan(20) }));
  it('3,999,999.99 → 政府采购 directly', () => {
    const d = level(399_999_999);
    expect(d.decisionLevel).toBe('政府采购');
    expect(d.routes).toContain('政府采购');
    expect(d.extraApprovals).not.toContain('区政府常务会议审定');
  });
  it('4,000,000.00 → 区政府常务会议', () => {
    const d = level(400_000_000);
    expect(d.decisionLevel).toBe('区政府常务会议');
    expect(d.extraApprovals).toContain('区政府常务会议审定');
    expect(d.extraApprovals).not.toContain('区委常委会议审定');
  });
  it('29,999,999.99 → still 区政府常务会议 only', () => {
    const d = level(2_999_999_999);
    expect(d.decisionLevel).toBe('区政府常务会议');
    expect(of(d.findings, 'JJ-10-400w-3000w')).toHaveLength(1);
    expect(of(d.findings, 'JJ-10-3000w-plus')).toHaveLength(0);
  });
  it('30,000,000.00 → 区政府常务会议 and 区委常委会议', () => {
    const d = level(3_000_000_000);
    expect(d.decisionLevel).toBe('区政府常务会议+区委常委会议');
    expect(d.extraApprovals).toEqual(expect.arrayContaining(['区政府常务会议审定', '区委常委会议审定']));
    expect(of(d.findings, 'JJ-10-400w-3000w')).toHaveLength(0);
  });
  it('the 造价审核 amount decides (A-17) and a band crossing is flagged', () => {
    const d = classifyJJ(needsPlan({ amountTotal: 400_000_000, approvedEstimate: 399_999_999 }));
    expect(d.decisionLevel).toBe('政府采购');
    expect(of(d.findings, 'JJ-10-below-400w').map((f) => f.outcome)).toEqual(['ROUTE', 'FLAG']);
  });
  it('JJ-10-scope: 政府机会类社会出资 only advised (A-19), no decision level set', () => {
    const d = classifyJJ(needsPlan({ amountTotal: wan(500), fundingModel: 'gov_opportunity_social', fields: { 公共事业领域: '能源' } }));
    expect(of(d.findings, 'JJ-10-scope')[0].outcome).toBe('FLAG');
    expect(d.routes).toContain('领导小组审议');
    expect(d.decisionLevel).toBe('');
    expect(of(d.findings, 'JJ-10-400w-3000w')[0].outcome).toBe('FLAG');
    expect(of(classifyJJ(needsPlan()).findings, 'JJ-10-scope')).toHaveLength(0);
  });
});
