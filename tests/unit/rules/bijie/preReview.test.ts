import { describe, expect, it } from 'vitest';
import { preReview, type DataResourceFacts, type ProjectFacts } from '@gov/rules';
import { DEMAND_DOCS, bj, bjProject, cal, ids, on, servicePlanProject, withReviews } from './fixtures.js';

const review = (p: ProjectFacts) => preReview(bj, { project: p }, on, cal, {});
const of = (d: ReturnType<typeof review>, id: string) => d.findings.filter((f) => f.ruleId === id);
const without = (type: string) => DEMAND_DOCS.filter((d) => d.type !== type);

describe('BJ-05-plan-fit (第五条(一)(二))', () => {
  it('the 规划 / 业务需求 checklist is a reviewer task for a 需求方案', () => {
    const d = review(bjProject());
    expect(d.reviewerTasks.filter((f) => f.ruleId === 'BJ-05-plan-fit').map((f) => f.outcome)).toEqual(['CHECK']);
  });
});

describe('BJ-05-crypto-reviewed (第五条(四)): 密码应用方案 passed by experts OR a third-party body', () => {
  it('passes with the plan and an expert review', () => {
    expect(of(review(bjProject()), 'BJ-05-crypto-reviewed')[0].missing).toEqual([]);
  });
  it('passes with a third-party evaluation only', () => {
    const p = withReviews(bjProject(), { 密码应用方案专家评审: undefined, 密码应用方案第三方测评机构评估: 'pass' });
    expect(of(review(p), 'BJ-05-crypto-reviewed')[0].missing).toEqual([]);
  });
  it('without the plan: both the plan and its review are missing', () => {
    const d = review(bjProject({ documents: without('密码应用方案') }));
    expect(of(d, 'BJ-05-crypto-reviewed')[0].missing).toHaveLength(2);
    expect(d.outcome).toBe('returned');
  });
  it('a pending review leaves the review missing', () => {
    const f = of(review(withReviews(bjProject(), { 密码应用方案专家评审: 'pending' })), 'BJ-05-crypto-reviewed')[0];
    expect(f.missing).toEqual(['密码应用方案评审(专家评审或第三方专业测评机构评估)通过']);
  });
  it('a failed review with no passing one rejects', () => {
    const d = review(withReviews(bjProject(), { 密码应用方案专家评审: 'fail' }));
    expect(d.outcome).toBe('rejected');
    expect(ids(d.blocking)).toContain('BJ-05-crypto-reviewed');
  });
});

describe('BJ-06-initial-review (第六条): 初审 → 拟入库清单', () => {
  it('without the 初审 result the application is not complete', () => {
    const d = review(withReviews(bjProject(), { 需求方案初审: undefined }));
    expect(of(d, 'BJ-06-initial-review')[0].missing).toEqual(['大数据部门初审意见(通过)']);
    // The 初审 is the 大数据部门's: the application waits for it instead of going back to the unit.
    expect(d.outcome).toBe('pending_review');
  });
  it('a failed 初审 rejects', () => {
    expect(review(withReviews(bjProject(), { 需求方案初审: 'fail' })).outcome).toBe('rejected');
  });
  it('a passed 初审 is complete', () => {
    expect(of(review(bjProject()), 'BJ-06-initial-review')[0].missing).toEqual([]);
  });
});

describe('BJ-07-third-party-review (第七条)', () => {
  it('on the 拟入库清单 the third-party 评审报告 is required', () => {
    const d = review(bjProject({ documents: without('需求方案评审报告') }));
    expect(of(d, 'BJ-07-third-party-review')[0].missing).toEqual(['需求方案评审报告']);
    expect(of(review(bjProject()), 'BJ-07-third-party-review')[0].missing).toEqual([]);
  });
  it('before the 初审 passes it is not yet asked', () => {
    expect(of(review(withReviews(bjProject(), { 需求方案初审: 'pending' })), 'BJ-07-third-party-review')).toHaveLength(0);
  });
});

describe('BJ-08-admission (第八条): 通过需求评审的项目纳入项目库', () => {
  it('a passed review routes the project into the 项目库', () => {
    expect(of(review(bjProject()), 'BJ-08-admission')[0].route).toBe('纳入项目库');
  });
  it('a failed review rejects admission', () => {
    const d = review(withReviews(bjProject(), { 需求方案评审: 'fail' }));
    expect(ids(d.blocking)).toContain('BJ-08-admission');
    expect(d.outcome).toBe('rejected');
  });
  it('a pending review keeps the result missing', () => {
    expect(of(review(withReviews(bjProject(), { 需求方案评审: 'pending' })), 'BJ-08-admission')[0].missing).toEqual(['需求方案评审结论(通过)']);
  });
});

describe('BJ-14-service-plan-review (第十四条): 服务方案 and 招标控制价 reviewed by a third party', () => {
  it('one combined report satisfies both', () => {
    expect(of(review(servicePlanProject()), 'BJ-14-service-plan-review')[0].missing).toEqual([]);
  });
  it('without any report both are missing', () => {
    const p = servicePlanProject({ documents: [{ type: '服务方案' }, { type: '绩效目标' }] });
    expect(of(review(p), 'BJ-14-service-plan-review')[0].missing).toEqual(['服务方案评审报告', '招标控制价评审报告']);
  });
  it('a report on the plan only misses the 招标控制价', () => {
    const p = servicePlanProject({ documents: [{ type: '服务方案' }, { type: '服务方案评审报告' }] });
    expect(of(review(p), 'BJ-14-service-plan-review')[0].missing).toEqual(['招标控制价评审报告']);
  });
  it('a failed review rejects', () => {
    expect(review(withReviews(servicePlanProject(), { 服务方案及招标控制价评审: 'fail' })).outcome).toBe('rejected');
  });
});

describe('BJ-15-procure-reviewed-plan (第十五条)', () => {
  const fields = (used?: string, reviewed?: string) => ({
    '用户单位承诺(真实性、合理性、合规性、完整性)': true,
    ...(used !== undefined ? { 采购依据服务方案版本: used } : {}),
    ...(reviewed !== undefined ? { 评审通过服务方案版本: reviewed } : {}),
  });
  it('procurement on the reviewed version: no flag', () => {
    const f = of(review(servicePlanProject({ fields: fields('v2', 'v2') })), 'BJ-15-procure-reviewed-plan');
    expect(f.map((x) => x.outcome)).toEqual(['REQUIRE']);
  });
  it('procurement on another version is flagged', () => {
    const f = of(review(servicePlanProject({ fields: fields('v3', 'v2') })), 'BJ-15-procure-reviewed-plan');
    expect(f.map((x) => x.outcome)).toEqual(['REQUIRE', 'FLAG']);
  });
  it('a procurement record that names no version is incomplete', () => {
    const f = of(review(servicePlanProject({ fields: fields() })), 'BJ-15-procure-reviewed-plan');
    expect(f[0].missing).toEqual(['采购依据服务方案版本']);
  });
  it('nothing is asked before any procurement', () => {
    expect(of(review(servicePlanProject({ fields: fields(), records: {} })), 'BJ-15-procure-reviewed-plan')).toHaveLength(0);
  });
});

const resource = (o: Partial<DataResourceFacts> = {}): DataResourceFacts => ({
  name: '企业登记信息',
  updateFrequency: '每日',
  classification: '基础信息',
  grade: '二级',
  sharingType: 'conditional',
  openingType: 'not_open',
  attributes: { 信息项: '统一社会信用代码,名称', 共享服务方式: '接口', 数据提供方式: '库表' },
  ...o,
});

describe('BJ-22-data-catalogue (第二十二条): present at 服务方案 review, approved before acceptance (inferred)', () => {
  it('a 服务方案 producing government data needs the 数据资源目录', () => {
    const d = review(servicePlanProject({ dataResources: [resource()] }));
    expect(of(d, 'BJ-22-data-catalogue')[0].missing).toEqual(['数据资源目录']);
  });
  it('is complete with the 目录', () => {
    const p = servicePlanProject({ dataResources: [resource()] });
    expect(of(review({ ...p, documents: [...p.documents, { type: '数据资源目录' }] }), 'BJ-22-data-catalogue')[0].missing).toEqual([]);
  });
  it('before acceptance the 大数据部门 审核 and 市人民政府 审定 are required too', () => {
    const p = servicePlanProject({ dataResources: [resource()], dates: { contractSigned: '2026-02-10', constructionCompleted: '2026-02-28' } });
    const withDoc = { ...p, documents: [...p.documents, { type: '数据资源目录' }] };
    expect(of(review(withDoc), 'BJ-22-data-catalogue')[0].missing).toEqual(['数据资源目录审核(大数据部门)', '数据资源目录审定(市人民政府)']);
    const approved = withReviews(withDoc, { '数据资源目录审核(大数据部门)': 'pass', '数据资源目录审定(市人民政府)': 'pass' });
    expect(of(review(approved), 'BJ-22-data-catalogue')[0].missing).toEqual([]);
  });
  it('a project producing no data is not asked', () => {
    expect(of(review(servicePlanProject()), 'BJ-22-data-catalogue')).toHaveLength(0);
  });
});

describe('BJ-23-classify-grade (第二十三条)', () => {
  it('each resource needs 分类, 分级 and its 共享/开放 type', () => {
    const d = review(bjProject({ dataResources: [resource({ grade: undefined, openingType: undefined })] }));
    expect(of(d, 'BJ-23-classify-grade')[0].missing).toEqual(['企业登记信息:分级', '企业登记信息:开放类型']);
    expect(d.outcome).toBe('returned');
  });
  it('complete resources pass', () => {
    expect(of(review(bjProject({ dataResources: [resource()] })), 'BJ-23-classify-grade')[0].missing).toEqual([]);
  });
});

describe('BJ-24-share-catalogue (第二十四条)', () => {
  it('a shared resource needs the five 共享目录 items', () => {
    const r = resource({ attributes: { 信息项: '名称', 数据提供方式: '库表' } });
    expect(of(review(bjProject({ dataResources: [r] })), 'BJ-24-share-catalogue')[0].missing).toEqual(['企业登记信息:共享服务方式']);
  });
  it('a complete shared resource passes', () => {
    expect(of(review(bjProject({ dataResources: [resource()] })), 'BJ-24-share-catalogue')[0].missing).toEqual([]);
  });
  it('a 不予共享 resource is not asked', () => {
    expect(of(review(bjProject({ dataResources: [resource({ sharingType: 'not_shared' })] })), 'BJ-24-share-catalogue')).toHaveLength(0);
  });
});

describe('BJ-25-open-catalogue (第二十五条)', () => {
  it('an opened resource needs the 开放目录 items and the 脱敏脱密 check', () => {
    const d = review(bjProject({ dataResources: [resource({ openingType: 'conditional' })] }));
    const f = of(d, 'BJ-25-open-catalogue');
    expect(f.map((x) => x.outcome)).toEqual(['REQUIRE', 'CHECK']);
    expect(f[0].missing).toEqual(['企业登记信息:开放服务方式']);
  });
  it('complete: only the check remains', () => {
    const r = resource({ openingType: 'unconditional', attributes: { ...resource().attributes, 开放服务方式: '下载' } });
    const f = of(review(bjProject({ dataResources: [r] })), 'BJ-25-open-catalogue');
    expect(f[0].missing).toEqual([]);
    expect(f[1].outcome).toBe('CHECK');
  });
  it('a 不予开放 resource is not asked', () => {
    expect(of(review(bjProject({ dataResources: [resource()] })), 'BJ-25-open-catalogue')).toHaveLength(0);
  });
});

describe('BJ-27-domestic-products (第二十七条): advisory', () => {
  it('a 服务方案 carries the (non-blocking) 国产化 checklist item', () => {
    const f = of(review(servicePlanProject()), 'BJ-27-domestic-products');
    expect(f.map((x) => x.outcome)).toEqual(['CHECK']);
    expect(f[0].message).toContain('不作为否决依据');
  });
});

describe('BJ-29-data-security (第二十九条)', () => {
  it('sensitive data needs the privacy / 脱敏脱密 attestation and a reviewer check', () => {
    const d = review(bjProject({ flags: { handlesSensitiveData: true } }));
    expect(of(d, 'BJ-29-data-security').map((f) => f.outcome)).toEqual(['REQUIRE', 'CHECK']);
    expect(d.outcome).toBe('returned');
  });
  it('with the attestation only the check remains', () => {
    const p = bjProject({ flags: { handlesSensitiveData: true }, fields: { '用户单位承诺(真实性、合理性、合规性、完整性)': true, 隐私保护和数据脱敏脱密承诺: true } });
    expect(of(review(p), 'BJ-29-data-security').map((f) => f.outcome)).toEqual(['CHECK']);
  });
  it('no sensitive data: not asked', () => {
    expect(of(review(bjProject()), 'BJ-29-data-security')).toHaveLength(0);
  });
});
