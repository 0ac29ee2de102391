import { describe, expect, it } from 'vitest';
import { classify, type ProjectFacts } from '@gov/rules';
import { bj, bjProject, cal, on, withReviews } from './fixtures.js';

const cls = (p: ProjectFacts) => classify(bj, { project: p }, on, cal);
const of = (d: ReturnType<typeof cls>, id: string) => d.findings.filter((f) => f.ruleId === id);
const county = { type: '行政部门', level: 'county' as const, independentLegalPerson: true, firstLevelBudgetUnit: true };

describe('BJ-02-scope (第二条): non-classified projects of the listed objects', () => {
  it('a 涉密 project is out of scope ("按有关规定执行")', () => {
    const d = cls(bjProject({ flags: { classified: true } }));
    expect(d.inScope).toBe(false);
    expect(of(d, 'BJ-02-scope')[0].outcome).toBe('REJECT');
  });
  it('a non-classified 业务系统 is in scope without remark', () => {
    const d = cls(bjProject({ flags: { classified: false } }));
    expect(d.inScope).toBe(true);
    expect(of(d, 'BJ-02-scope')).toHaveLength(0);
  });
  it('an object outside the ("主要包括") list is flagged, not rejected', () => {
    const d = cls(bjProject({ objectType: '门户网站' }));
    expect(d.inScope).toBe(true);
    expect(of(d, 'BJ-02-scope').map((f) => f.outcome)).toEqual(['FLAG']);
  });
});

describe('BJ-02-service-type (第二条): 开发服务 / 运维服务 / 相关配套服务', () => {
  it('an O&M project is an 运维服务', () => {
    expect(cls(bjProject({ category: 'om' })).category).toBe('om_service');
  });
  it('a build project is bought as 开发服务', () => {
    expect(cls(bjProject({ category: 'build' })).category).toBe('dev_service');
  });
  it('a declared 相关配套服务 stays', () => {
    expect(cls(bjProject({ category: 'support_service' })).category).toBe('support_service');
  });
});

describe('BJ-03-pipeline (第三条, 第六条–第十六条)', () => {
  it('routes every project through the 统筹 pipeline and names the next step', () => {
    const d = cls(bjProject({ documents: [], status: {}, dates: {}, records: {} }));
    expect(d.approvalPath).toBe('毕节市市级信息化项目统筹管理流程');
    expect(d.routes[0]).toBe('毕节市市级信息化项目统筹管理流程');
    expect(of(d, 'BJ-03-pipeline')[0].detail?.nextStep).toBe('用户单位编制需求方案报送大数据部门');
  });
  it('a project whose plan is not approved waits at the 市人民政府 step', () => {
    const d = cls(withReviews(bjProject(), { '年度实施计划(市人民政府批准)': 'pending' }));
    expect(of(d, 'BJ-03-pipeline')[0].detail?.nextStep).toBe('大数据部门会同财政部门编制年度拟实施计划,报市人民政府批准');
  });
  it('after the 三方服务合同 no step is pending', () => {
    const p = bjProject();
    const d = cls({ ...p, documents: [...p.documents, { type: '服务方案' }] });
    expect(of(d, 'BJ-03-pipeline')[0].detail?.nextStep).toBeNull();
    expect(d.decisionLevel).toBe('市人民政府');
  });
});

describe('BJ-09-plan-approval (第九条)', () => {
  it('a plan membership with both records is complete', () => {
    expect(of(cls(bjProject()), 'BJ-09-plan-approval')[0].missing).toEqual([]);
  });
  it('without the 市人民政府 approval the plan does not count', () => {
    const f = of(cls(withReviews(bjProject(), { '年度实施计划(市人民政府批准)': undefined })), 'BJ-09-plan-approval')[0];
    expect(f.missing).toEqual(['年度实施计划(市人民政府批准)']);
  });
  it('a project not in the plan is not asked', () => {
    const p = bjProject();
    expect(of(cls({ ...p, status: { ...p.status, inAnnualPlan: false } }), 'BJ-09-plan-approval')).toHaveLength(0);
  });
});

describe('BJ-10-upper-funds, BJ-10-soe-self-funded (第十条)', () => {
  it('上级资金 follow the upper-level rules', () => {
    expect(cls(bjProject({ fundingSources: ['upper_fiscal'] })).routes).toContain('上级资金管理有关规定');
    expect(cls(bjProject()).routes).not.toContain('上级资金管理有关规定');
  });
  it('a 市属国企 project is self-funded under company rules', () => {
    const d = cls(bjProject({ applicant: { type: '市属国企' }, fundingSources: ['soe_own'] }));
    expect(d.routes).toContain('企业自行筹措资金(公司管理规定)');
    expect(of(d, 'BJ-10-soe-self-funded').map((f) => f.outcome)).toEqual(['ROUTE']);
  });
  it('a 市属国企 declaring fiscal funds is flagged', () => {
    const d = cls(bjProject({ applicant: { type: '市属国企' }, fundingSources: ['local_fiscal'] }));
    expect(of(d, 'BJ-10-soe-self-funded').map((f) => f.outcome)).toEqual(['ROUTE', 'FLAG']);
  });
  it('a city department is not a 市属国企', () => {
    expect(of(cls(bjProject()), 'BJ-10-soe-self-funded')).toHaveLength(0);
  });
});

describe('BJ-34 (第三十四条): 服务方案须经市级大数据部门评审', () => {
  const CITY_REVIEW = '市级大数据部门评审服务方案';
  it('(一) a city unit using a third-party system', () => {
    const d = cls(bjProject({ flags: { usesThirdPartySystem: true } }));
    expect(of(d, 'BJ-34-third-party-system')[0].route).toBe(CITY_REVIEW);
    expect(d.extraApprovals).toContain('市级大数据部门服务方案评审');
    expect(of(cls(bjProject({ flags: { usesThirdPartySystem: false } })), 'BJ-34-third-party-system')).toHaveLength(0);
  });
  it('(二) upper-level or self-raised funds (incl. a 市属国企 own funds)', () => {
    expect(of(cls(bjProject({ fundingSources: ['self_raised'] })), 'BJ-34-upper-self-funds')).toHaveLength(1);
    expect(of(cls(bjProject({ fundingSources: ['upper_fiscal', 'local_fiscal'] })), 'BJ-34-upper-self-funds')).toHaveLength(1);
    expect(of(cls(bjProject({ applicant: { type: '市属国企' }, fundingSources: ['soe_own'] })), 'BJ-34-upper-self-funds')).toHaveLength(1);
    expect(of(cls(bjProject({ fundingSources: ['local_fiscal'] })), 'BJ-34-upper-self-funds')).toHaveLength(0);
  });
  it('(三) a county budget of exactly 1,000,000.00 needs city review', () => {
    const d = cls(bjProject({ applicant: county, budget: 100_000_000 }));
    expect(of(d, 'BJ-34-county-1m')[0].route).toBe(CITY_REVIEW);
    expect(d.routes).toContain(CITY_REVIEW);
  });
  it('(三) a county budget of 999,999.99 does not', () => {
    expect(of(cls(bjProject({ applicant: county, budget: 99_999_999 })), 'BJ-34-county-1m')).toHaveLength(0);
  });
  it('(三) without a 预算 the 总投资 stands in', () => {
    expect(of(cls(bjProject({ applicant: county, budget: undefined, amountTotal: 100_000_000 })), 'BJ-34-county-1m')).toHaveLength(1);
    expect(of(cls(bjProject({ applicant: county, budget: undefined, amountTotal: 99_999_999 })), 'BJ-34-county-1m')).toHaveLength(0);
  });
  it('(三) a city project of any budget is not a county project', () => {
    expect(of(cls(bjProject({ budget: 500_000_000 })), 'BJ-34-county-1m')).toHaveLength(0);
  });
});

describe('BJ-35-county-reference (第三十五条)', () => {
  it('a county project runs in reference mode', () => {
    const d = cls(bjProject({ applicant: county }));
    expect(d.decisionLevel).toBe('县级人民政府(参照本办法执行)');
    expect(of(d, 'BJ-35-county-reference')).toHaveLength(1);
  });
  it('a city project does not', () => {
    expect(of(cls(bjProject()), 'BJ-35-county-reference')).toHaveLength(0);
  });
});
