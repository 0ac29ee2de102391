import { describe, expect, it } from 'vitest';
import { preReview, type ProjectFacts } from '@gov/rules';
import { DEMAND_CHAPTERS, DEMAND_DOCS, SERVICE_CHAPTERS, bj, bjProject, cal, ids, on, servicePlanProject, withReviews } from './fixtures.js';

const review = (p: ProjectFacts, date = on) => preReview(bj, { project: p }, date, cal, {});
const of = (d: ReturnType<typeof review>, id: string) => d.findings.filter((f) => f.ruleId === id);

describe('BJ-02-applicant (第二条, 第三条): 市级 一级预算单位 with legal personality, or 市属国企', () => {
  it('a city 行政部门 that is an independent legal person and first-level budget unit is in scope', () => {
    expect(of(review(bjProject()), 'BJ-02-applicant')).toHaveLength(0);
  });
  it('a 事业单位 (市属医院) is in scope', () => {
    const p = bjProject({ applicant: { type: '市属医院', level: 'city', independentLegalPerson: true, firstLevelBudgetUnit: true } });
    expect(of(review(p), 'BJ-02-applicant')).toHaveLength(0);
  });
  it('a unit without independent legal personality is rejected', () => {
    const d = review(bjProject({ applicant: { type: '行政部门', level: 'city', independentLegalPerson: false, firstLevelBudgetUnit: true } }));
    expect(d.outcome).toBe('rejected');
    expect(ids(d.blocking)).toContain('BJ-02-applicant');
    expect(of(d, 'BJ-02-applicant')[0].message).toContain('不具有独立法人资格');
  });
  it('a unit that is not a first-level budget unit is rejected', () => {
    const d = review(bjProject({ applicant: { type: '事业单位', level: 'city', independentLegalPerson: true, firstLevelBudgetUnit: false } }));
    expect(ids(d.blocking)).toContain('BJ-02-applicant');
  });
  it('an unstated legal personality is not assumed (stricter side)', () => {
    const d = review(bjProject({ applicant: { type: '行政部门', level: 'city', firstLevelBudgetUnit: true } }));
    expect(ids(d.blocking)).toContain('BJ-02-applicant');
  });
  it('a province-level unit is rejected', () => {
    const d = review(bjProject({ applicant: { type: '行政部门', level: 'province', independentLegalPerson: true, firstLevelBudgetUnit: true } }));
    expect(ids(d.blocking)).toContain('BJ-02-applicant');
  });
  it('a 区属国企 is rejected, a 市属国企 is in scope', () => {
    expect(ids(review(bjProject({ applicant: { type: '区属国企', level: 'city' } })).blocking)).toContain('BJ-02-applicant');
    expect(of(review(bjProject({ applicant: { type: '市属国企' }, fundingSources: ['soe_own'] })), 'BJ-02-applicant')).toHaveLength(0);
  });
  it('a county unit is not rejected: it runs the pack in reference mode (A-16)', () => {
    const p = bjProject({ applicant: { type: '行政部门', level: 'county', independentLegalPerson: true, firstLevelBudgetUnit: true } });
    expect(of(review(p), 'BJ-02-applicant')).toHaveLength(0);
  });
});

describe('BJ-06-next-year-call (第六条): 需求方案 are for next year; the call deadline is a parameter (A-15)', () => {
  it('a 需求方案 for the following year is not flagged', () => {
    const f = of(review(bjProject({ targetYear: 2027 })), 'BJ-06-next-year-call');
    expect(f.map((x) => x.outcome)).toEqual(['REQUIRE']);
    expect(f[0].missing).toEqual([]);
  });
  it('a 需求方案 for the current year is flagged', () => {
    const f = of(review(bjProject({ targetYear: 2026 })), 'BJ-06-next-year-call');
    expect(f.map((x) => x.outcome)).toContain('FLAG');
  });
  it('a 需求方案 two years ahead is flagged', () => {
    expect(of(review(bjProject({ targetYear: 2028 })), 'BJ-06-next-year-call').map((x) => x.outcome)).toContain('FLAG');
  });
  it('no call deadline is assumed when the 大数据部门 set none', () => {
    const p = bjProject({ dates: { submittedOn: '2026-12-31' }, targetYear: 2027 });
    expect(of(review(p, '2026-12-31'), 'BJ-06-next-year-call').filter((x) => x.outcome === 'FLAG')).toHaveLength(0);
  });
  it('submitted on the notice deadline is on time; one day later is flagged late', () => {
    const fields = { '用户单位承诺(真实性、合理性、合规性、完整性)': true, 需求方案申报截止日期: '2026-03-02' };
    const onTime = bjProject({ fields, dates: { submittedOn: '2026-03-02' } });
    const late = bjProject({ fields, dates: { submittedOn: '2026-03-03' } });
    expect(of(review(onTime), 'BJ-06-next-year-call').filter((x) => x.outcome === 'FLAG')).toHaveLength(0);
    const f = of(review(late, '2026-03-03'), 'BJ-06-next-year-call').filter((x) => x.outcome === 'FLAG');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('2026-03-02');
  });
  it('the 需求方案 itself is required', () => {
    const d = review(bjProject({ documents: DEMAND_DOCS.filter((x) => x.type !== '需求方案') }));
    expect(of(d, 'BJ-06-next-year-call')[0].missing).toEqual(['需求方案']);
    expect(d.outcome).toBe('returned');
  });
});

describe('BJ-05-demand-fields (第五条(三))', () => {
  it('requires the seven contents and is empty when all are present', () => {
    const f = of(review(bjProject()), 'BJ-05-demand-fields')[0];
    expect(f.requires).toEqual(DEMAND_CHAPTERS.map((c) => `需求方案:${c}`));
    expect(f.missing).toEqual([]);
  });
  it('a 需求方案 without 经费估算 is returned', () => {
    const docs = [{ type: '需求方案', chapters: DEMAND_CHAPTERS.filter((c) => c !== '经费估算') }, ...DEMAND_DOCS.slice(1)];
    const d = review(bjProject({ documents: docs }));
    expect(of(d, 'BJ-05-demand-fields')[0].missing).toEqual(['需求方案:经费估算']);
    expect(d.outcome).toBe('returned');
  });
});

describe('BJ-13-service-plan-fields (第十三条)', () => {
  it('requires the eleven contents of the 服务方案', () => {
    const f = of(review(servicePlanProject()), 'BJ-13-service-plan-fields')[0];
    expect(f.requires).toHaveLength(11);
    expect(f.missing).toEqual([]);
  });
  it('a 服务方案 without 培训计划 is returned', () => {
    const p = servicePlanProject({
      documents: [
        { type: '服务方案', chapters: SERVICE_CHAPTERS.filter((c) => c !== '培训计划') },
        { type: '绩效目标' },
        { type: '服务方案及招标控制价评审报告' },
      ],
    });
    expect(of(review(p), 'BJ-13-service-plan-fields')[0].missing).toEqual(['服务方案:培训计划']);
  });
  it('does not apply to a 需求方案', () => {
    expect(of(review(bjProject()), 'BJ-13-service-plan-fields')).toHaveLength(0);
  });
});

describe('BJ-13-service-plan-in-plan (第十三条): only projects of the approved annual plan compile a 服务方案', () => {
  it('in the plan approved by 市人民政府: no rejection', () => {
    expect(of(review(servicePlanProject()), 'BJ-13-service-plan-in-plan')).toHaveLength(0);
  });
  it('in a plan that 市人民政府 has not approved yet: rejected', () => {
    const d = review(withReviews(servicePlanProject(), { '年度实施计划(市人民政府批准)': 'pending' }));
    expect(d.outcome).toBe('rejected');
    expect(ids(d.blocking)).toContain('BJ-13-service-plan-in-plan');
  });
  it('not in the annual plan: rejected', () => {
    const p = servicePlanProject();
    expect(ids(review({ ...p, status: { ...p.status, inAnnualPlan: false } }).blocking)).toContain('BJ-13-service-plan-in-plan');
  });
});

describe('BJ-32-perf-targets (第三十二条): 谁申请资金、谁编报绩效目标', () => {
  it('a fiscal-fund application without 绩效目标 is returned', () => {
    const d = review(bjProject({ documents: DEMAND_DOCS.filter((x) => x.type !== '绩效目标') }));
    expect(of(d, 'BJ-32-perf-targets')[0].missing).toEqual(['绩效目标']);
    expect(d.outcome).toBe('returned');
  });
  it('is satisfied by the 绩效目标 document', () => {
    expect(of(review(bjProject()), 'BJ-32-perf-targets')[0].missing).toEqual([]);
  });
  it('a 市属国企 spending its own funds requests no fiscal funds', () => {
    const p = bjProject({ applicant: { type: '市属国企' }, fundingSources: ['soe_own'], documents: [] });
    expect(of(review(p), 'BJ-32-perf-targets')).toHaveLength(0);
  });
});

describe('BJ-08-attestation (第八条): 用户单位对真实性、合理性、合规性、完整性负责', () => {
  it('the checklist item is a reviewer task', () => {
    const d = review(bjProject());
    expect(d.reviewerTasks.filter((f) => f.ruleId === 'BJ-08-attestation').map((f) => f.outcome)).toEqual(['CHECK']);
  });
  it('without the signed attestation the application is returned', () => {
    const d = review(bjProject({ fields: {} }));
    const req = of(d, 'BJ-08-attestation').find((f) => f.outcome === 'REQUIRE');
    expect(req?.missing).toEqual(['用户单位承诺(真实性、合理性、合规性、完整性)']);
    expect(d.outcome).toBe('returned');
  });
});

describe('BJ-03-dedup-county (第三条): avoid duplicate construction, incl. counties', () => {
  it('a 需求方案 carries the duplication checklist item, with the declared existing systems', () => {
    const f = of(review(bjProject({ existingSystems: ['SYS-OLD'] })), 'BJ-03-dedup-county');
    expect(f.map((x) => x.outcome)).toEqual(['CHECK']);
    expect(f[0].detail).toEqual({ existingSystems: ['SYS-OLD'] });
  });
  it('a 服务方案 does not', () => {
    expect(of(review(servicePlanProject()), 'BJ-03-dedup-county')).toHaveLength(0);
  });
});

describe('pre-review folding over intake + pre-review', () => {
  it('a complete 需求方案 whose reviewer items are all decided is admissible', () => {
    const decided = { result: 'pass' as const, reviewer: '张三', on };
    const decisions = Object.fromEntries(
      ['BJ-05-demand-fields', 'BJ-32-perf-targets', 'BJ-08-attestation', 'BJ-03-dedup-county', 'BJ-05-plan-fit', 'BJ-05-crypto-reviewed', 'BJ-07-third-party-review'].map(
        (id) => [id, decided],
      ),
    );
    const p = bjProject();
    const d = review({ ...p, status: { ...p.status, decisions } });
    expect(d.reviewerTasks).toEqual([]);
    expect(d.outcome).toBe('admissible');
  });
  it('the same application without decisions waits for the reviewer', () => {
    expect(review(bjProject()).outcome).toBe('pending_review');
  });
});
