import { describe, expect, it } from 'vitest';
import type { ProjectFacts, SystemFacts } from '@gov/rules';
import { NEW_BUILD_FIELDS, ON, approvalApp, doc, fullDoc, ids, libraryApp, of, review } from './fixtures-front.js';

const decided = (...ruleIds: string[]) =>
  Object.fromEntries(ruleIds.map((id) => [id, { result: 'pass' as const, reviewer: '李四', on: ON }]));
// HS-04-common-projects is raised by classification and decided by the reviewer in pre-review.
const LIB_TASKS = ['HS-04-common-projects', 'HS-06-1-upgrade-instead', 'HS-06-2-shareable', 'HS-06-3-isolated', 'HS-06-4-unclear-targets', 'HS-09-prereview', 'HS-08-docs-below-600k', 'HS-14-chapters'];

describe('decision folding', () => {
  it('a complete new-build 入库申请 waits for the reviewer on the 第六条 items, then is admissible', () => {
    const d = review(libraryApp());
    expect(d.outcome).toBe('pending_review');
    expect(ids(d.reviewerTasks)).toEqual(expect.arrayContaining(['HS-06-1-upgrade-instead', 'HS-06-2-shareable', 'HS-06-3-isolated', 'HS-06-4-unclear-targets']));
    const done = review(libraryApp({ status: { reviews: { 前置审核: 'pass' }, decisions: decided(...LIB_TASKS) } }));
    expect(done.reviewerTasks).toEqual([]);
    expect(done.outcome).toBe('admissible');
  });
});

describe('HS-05-no-build-before-approval (第五条)', () => {
  const dates = (d: ProjectFacts['dates']) => review(libraryApp({ dates: { submittedOn: ON, ...d } }));
  it('contract signed the day before approval → FLAG', () => {
    expect(of(dates({ approvalDate: '2026-02-10', contractSigned: '2026-02-09' }).findings, 'HS-05-no-build-before-approval', 'FLAG')).toHaveLength(1);
  });
  it('contract signed on the approval day → nothing', () => {
    expect(ids(dates({ approvalDate: '2026-02-10', contractSigned: '2026-02-10' }).findings)).not.toContain('HS-05-no-build-before-approval');
  });
  it('construction started without any approval → FLAG', () => {
    expect(of(dates({ constructionStart: '2026-01-05' }).findings, 'HS-05-no-build-before-approval', 'FLAG')).toHaveLength(1);
  });
});

describe('HS-06 new-build eligibility (第六条(一)–(四), (六))', () => {
  it('HS-06-1: statement required and the CHECK item appears; the unit’s systems are listed as evidence', () => {
    const bare = review(libraryApp({ fields: {} }), { unit: { systems: [{ id: '政务OA', ownerDepartmentId: 'D001', status: 'running' }] } });
    expect(of(bare.findings, 'HS-06-1-upgrade-instead', 'REQUIRE')[0].missing).toEqual(['升级改造原有系统不能满足需求的说明']);
    const check = of(bare.findings, 'HS-06-1-upgrade-instead', 'CHECK')[0];
    expect(check.detail).toEqual({ existingSystems: ['政务OA'] });
    expect(of(review(libraryApp()).findings, 'HS-06-1-upgrade-instead', 'REQUIRE')[0].missing).toEqual([]);
  });
  it('HS-06-1: a reviewer "can upgrade" (fail) rejects the new build', () => {
    const fail = { 'HS-06-1-upgrade-instead': { result: 'fail' as const, reviewer: '李四', on: ON, comment: '可升级原系统' } };
    const d = review(libraryApp({ status: { reviews: { 前置审核: 'pass' }, decisions: fail } }));
    expect(d.outcome).toBe('rejected');
    expect(ids(d.blocking)).toContain('HS-06-1-upgrade-instead');
  });
  it('HS-06-2: statement + CHECK item', () => {
    const d = review(libraryApp({ fields: {} }));
    expect(of(d.findings, 'HS-06-2-shareable', 'REQUIRE')[0].missing).toEqual(['共享共用其他系统情况说明']);
    expect(of(d.reviewerTasks, 'HS-06-2-shareable', 'CHECK')).toHaveLength(1);
  });
  it('HS-06-3: 系统接口 and 数据共享方案 required; supplied → reviewer task', () => {
    const { 系统接口: _a, ...noIf } = NEW_BUILD_FIELDS;
    const d = review(libraryApp({ fields: noIf }));
    expect(of(d.findings, 'HS-06-3-isolated')[0].missing).toEqual(['系统接口']);
    expect(d.outcome).toBe('returned');
    expect(of(review(libraryApp({ fields: {} })).findings, 'HS-06-3-isolated')[0].missing).toEqual(['系统接口', '数据共享方案']);
    expect(ids(review(libraryApp()).reviewerTasks)).toContain('HS-06-3-isolated');
  });
  it('HS-06-4: 项目需求 and 绩效目标 required', () => {
    const { 绩效目标: _b, ...noTargets } = NEW_BUILD_FIELDS;
    expect(of(review(libraryApp({ fields: noTargets })).findings, 'HS-06-4-unclear-targets')[0].missing).toEqual(['绩效目标']);
    expect(of(review(libraryApp()).findings, 'HS-06-4-unclear-targets')[0].missing).toEqual([]);
  });
  it('HS-06-x apply to new builds only (not 续建, not 运维服务类)', () => {
    for (const o of [{ subtype: 'continuation' as const }, { category: 'om' as const, documents: [doc('运维方案')] }]) {
      const d = review(libraryApp({ ...o, fields: {} }));
      for (const id of ['HS-06-1-upgrade-instead', 'HS-06-2-shareable', 'HS-06-3-isolated', 'HS-06-4-unclear-targets']) expect(ids(d.findings)).not.toContain(id);
    }
    expect(ids(review(libraryApp({ fields: {} })).findings)).toContain('HS-06-3-isolated');
  });
  it('HS-06-6: replacing assets before their scrap date needs a justification; assets past it do not', () => {
    const before = review(libraryApp({ flags: { replacesAssets: true }, fields: { ...NEW_BUILD_FIELDS, 原有资产报废日期: '2026-03-03' } }));
    expect(of(before.findings, 'HS-06-6-not-scrapped')[0].missing).toEqual(['原有资产维修维护后无法继续正常使用的说明']);
    const due = review(libraryApp({ flags: { replacesAssets: true }, fields: { ...NEW_BUILD_FIELDS, 原有资产报废日期: ON } }));
    expect(ids(due.findings)).not.toContain('HS-06-6-not-scrapped');
    const justified = review(
      libraryApp({ flags: { replacesAssets: true }, fields: { ...NEW_BUILD_FIELDS, 原有资产维修维护后无法继续正常使用的说明: '厂商停止支持' } }),
    );
    expect(of(justified.findings, 'HS-06-6-not-scrapped')[0].missing).toEqual([]);
  });
});

describe('HS-06-5-low-usage-lockout (第六条(五)): one year from 终验 for the whole unit', () => {
  const sys = (o: Partial<SystemFacts> = {}): SystemFacts => ({
    id: '旧审批系统',
    ownerDepartmentId: 'D001',
    status: 'running',
    usageLow: true,
    acceptancePassed: '2025-03-15',
    ...o,
  });
  const at = (on: string, systems: SystemFacts[] = [sys()], o: Partial<ProjectFacts> = {}) =>
    review(libraryApp({ dates: { submittedOn: on }, ...o }), { unit: { systems } }, on);
  it('the day before 终验 + 12 months (2026-03-14): LOCKOUT until 2026-03-15, rejected', () => {
    const d = at('2026-03-14');
    const f = of(d.blocking, 'HS-06-5-low-usage-lockout', 'LOCKOUT');
    expect(f).toHaveLength(1);
    expect(f[0].due).toBe('2026-03-15');
    expect(d.outcome).toBe('rejected');
  });
  it('on 2026-03-15 the lockout has ended', () => {
    expect(ids(at('2026-03-15').findings)).not.toContain('HS-06-5-low-usage-lockout');
  });
  it('the latest lockout of several systems wins; month-end clamps (2025-02-28 + 12M)', () => {
    const d = at('2026-02-27', [sys({ acceptancePassed: '2025-02-28' }), sys({ id: 'B', acceptancePassed: '2025-01-10' })]);
    expect(of(d.findings, 'HS-06-5-low-usage-lockout')[0].due).toBe('2026-02-28');
  });
  it('normal usage, another unit’s system, or a non-new project: no lockout', () => {
    expect(ids(at('2026-03-14', [sys({ usageLow: false })]).findings)).not.toContain('HS-06-5-low-usage-lockout');
    expect(ids(at('2026-03-14', [sys({ ownerDepartmentId: 'D777' })]).findings)).not.toContain('HS-06-5-low-usage-lockout');
    expect(ids(at('2026-03-14', [sys()], { subtype: 'upgrade', originalInvestment: 900_000_000 }).findings)).not.toContain('HS-06-5-low-usage-lockout');
  });
});

describe('HS-09 前置审核, 评审论证, 入库 (第九条, A-03)', () => {
  it('HS-09-prereview: the 蒙东云计算中心 opinion is required; pending counts as missing and the application waits for it', () => {
    const d = review(libraryApp({ status: { reviews: { 前置审核: 'pending' } } }));
    expect(of(d.findings, 'HS-09-prereview')[0].missing).toEqual(['前置审核意见']);
    // The opinion comes from 蒙东云计算中心, not from the department: waiting, not 退回补正.
    expect(d.outcome).toBe('pending_review');
    expect(ids(d.reviewerTasks)).toContain('HS-09-prereview');
    expect(ids(d.blocking)).not.toContain('HS-09-prereview');
    expect(of(review(libraryApp({ status: {}, documents: [doc('申请入库文件'), fullDoc('实施方案'), doc('前置审核意见')] })).findings, 'HS-09-prereview')[0].missing).toEqual([]);
  });
  it('HS-09-library-admission: 前置审核 fail → rejected', () => {
    const d = review(libraryApp({ status: { reviews: { 前置审核: 'fail' } } }));
    expect(of(d.blocking, 'HS-09-library-admission', 'REJECT')).toHaveLength(1);
    expect(d.outcome).toBe('rejected');
  });
  it('HS-09-library-admission: an expert review that was held must pass too', () => {
    const d = review(libraryApp({ status: { reviews: { 前置审核: 'pass', 评审论证: 'fail' } } }));
    expect(of(d.blocking, 'HS-09-library-admission')[0].message).toContain('评审论证未通过');
    const ok = review(libraryApp({ status: { reviews: { 前置审核: 'pass', 评审论证: 'pass' }, decisions: decided(...LIB_TASKS, 'HS-09-expert-review') } }));
    expect(ok.outcome).toBe('admissible');
  });
  it('HS-09-expert-review: once 区政数局 asks for it, the report is required', () => {
    const d = review(libraryApp({ fields: { ...NEW_BUILD_FIELDS, 需评审论证: true } }));
    expect(of(d.findings, 'HS-09-expert-review')[0].missing).toEqual(['评审论证报告']);
    expect(ids(review(libraryApp()).findings)).not.toContain('HS-09-expert-review');
    const withReport = review(
      libraryApp({ fields: { ...NEW_BUILD_FIELDS, 需评审论证: true }, documents: [doc('申请入库文件'), fullDoc('实施方案'), doc('评审论证报告')] }),
    );
    expect(of(withReport.findings, 'HS-09-expert-review')[0].missing).toEqual([]);
  });
});

describe('HS-11-prereq-complete (第十一条, A-08)', () => {
  it('≥60万: 可研 and 初步设计方案 plus both 前置要件 at approval', () => {
    const d = review(approvalApp({ amountTotal: 60_000_000, documents: [doc('区公安分局前置要件')] }));
    const f = of(d.findings, 'HS-11-prereq-complete', 'REQUIRE')[0];
    expect(f.requires).toEqual(['可行性研究报告', '初步设计方案', '区委保密机要局(区国家密码管理局)前置要件', '区公安分局前置要件']);
    expect(f.missing).toEqual(['可行性研究报告', '初步设计方案', '区委保密机要局(区国家密码管理局)前置要件']);
    expect(d.outcome).toBe('returned');
  });
  it('599,999.99: 实施方案; complete → nothing missing', () => {
    const d = review(approvalApp({ amountTotal: 59_999_999 }));
    const f = of(d.findings, 'HS-11-prereq-complete', 'REQUIRE')[0];
    expect(f.requires).toContain('实施方案');
    expect(f.missing).toEqual([]);
  });
  it('classified projects: only the 区委保密机要局 前置要件', () => {
    const f = of(review(approvalApp({ flags: { classified: true } })).findings, 'HS-11-prereq-complete', 'REQUIRE')[0];
    expect(f.requires).not.toContain('区公安分局前置要件');
  });
  it('7 working days from texts reviewed + 前置要件 complete: 2026-04-28 → 2026-05-11 (劳动节, 5月9日调休上班)', () => {
    const ready = (on: string) => review(approvalApp({ records: { approval_ready: '2026-04-28' } }), {}, on);
    const open = of(ready('2026-05-11').findings, 'HS-11-prereq-complete', 'DEADLINE')[0];
    expect(open.due).toBe('2026-05-11');
    expect(open.provisional).toBe(false);
    expect(open.detail).toMatchObject({ state: 'open' });
    const late = ready('2026-05-12');
    expect(of(late.findings, 'HS-11-prereq-complete', 'DEADLINE')[0].detail).toMatchObject({ state: 'overdue' });
    expect(of(late.findings, 'HS-11-prereq-complete', 'FLAG')).toHaveLength(1);
  });
  it('no deadline while something is missing', () => {
    const d = review(approvalApp({ documents: [], records: { approval_ready: '2026-04-28' } }));
    expect(of(d.findings, 'HS-11-prereq-complete', 'DEADLINE')).toHaveLength(0);
  });
});

describe('HS-14 chapters, data catalogue, sharing (第十四条)', () => {
  it('HS-14-chapters: each 可研/初设/实施方案 needs the three chapters', () => {
    const d = review(libraryApp({ documents: [doc('申请入库文件'), doc('实施方案', ['财政资金保障篇(章)'])] }));
    expect(of(d.findings, 'HS-14-chapters')[0].missing).toEqual(['实施方案:数据资源共享分析篇(章)', '实施方案:网络和数据安全保障措施']);
    expect(d.outcome).toBe('returned');
    expect(of(review(libraryApp()).findings, 'HS-14-chapters')[0].missing).toEqual([]);
  });
  it('HS-14-data-catalogue: no 数据资源目录 → approval application returned', () => {
    const d = review(approvalApp({ dataResources: [] }));
    expect(of(d.blocking, 'HS-14-data-catalogue')[0].missing).toEqual(['数据资源目录']);
    expect(of(review(approvalApp()).findings, 'HS-14-data-catalogue')[0].missing).toEqual([]);
  });
  it('HS-14-sharing-mechanism: attestation + CHECK item', () => {
    const d = review(approvalApp());
    expect(of(d.reviewerTasks, 'HS-14-sharing-mechanism', 'CHECK')).toHaveLength(1);
    const { 数据共享开放承诺: _x, ...rest } = approvalApp().fields!;
    expect(of(review(approvalApp({ fields: rest })).blocking, 'HS-14-sharing-mechanism')[0].missing).toEqual(['数据共享开放承诺']);
  });
});

describe('HS-15-no-overlap (第十五条)', () => {
  const lineItems = [{ type: '统一身份认证', amount: 1_000_000 }];
  it('a line item shared with a sibling department is flagged; the CHECK item always appears', () => {
    const d = review(libraryApp({ flags: { crossDept: true }, lineItems, siblingProjects: [{ departmentId: 'D002', lineItems: [{ type: '统一身份认证', amount: 2 }] }] }));
    expect(of(d.findings, 'HS-15-no-overlap', 'FLAG')[0].detail).toEqual({ overlaps: ['D002:统一身份认证'] });
    expect(of(d.reviewerTasks, 'HS-15-no-overlap', 'CHECK')).toHaveLength(1);
    const none = review(libraryApp({ flags: { crossDept: true }, lineItems, siblingProjects: [{ departmentId: 'D002', lineItems: [{ type: '电子证照', amount: 2 }] }] }));
    expect(of(none.findings, 'HS-15-no-overlap', 'FLAG')).toHaveLength(0);
    expect(of(none.findings, 'HS-15-no-overlap', 'CHECK')).toHaveLength(1);
  });
});

describe('approval attestations and checklists (第十八、十九、二十、二十七条)', () => {
  it('HS-18, HS-19-crypto-sync, HS-27: CHECK items appear for approval applications', () => {
    const d = review(approvalApp());
    for (const id of ['HS-18-intensive', 'HS-19-crypto-sync', 'HS-27-security-sync']) expect(of(d.reviewerTasks, id, 'CHECK')).toHaveLength(1);
    expect(d.blocking).toEqual([]);
    expect(d.outcome).toBe('pending_review');
  });
  it('HS-19-crypto-sync: attestation and 密码应用方案 (document or chapter) required', () => {
    const d = review(approvalApp({ fields: {}, documents: [] }));
    expect(of(d.findings, 'HS-19-crypto-sync', 'REQUIRE')[0].missing).toEqual(['密码保障系统同步规划建设运行承诺', '密码应用方案']);
    const chapter = review(approvalApp({ documents: [fullDoc('实施方案'), doc('初步设计方案', ['密码应用方案'])] }));
    expect(of(chapter.findings, 'HS-19-crypto-sync', 'REQUIRE')[0].missing).toEqual([]);
  });
  it('HS-19-classified-facilities: classified projects only', () => {
    const d = review(approvalApp({ flags: { classified: true } }));
    expect(of(d.findings, 'HS-19-classified-facilities', 'REQUIRE')[0].missing).toEqual(['保密设施设备同步规划承诺']);
    expect(of(d.findings, 'HS-19-classified-facilities', 'CHECK')).toHaveLength(1);
    expect(ids(review(approvalApp()).findings)).not.toContain('HS-19-classified-facilities');
  });
  it('HS-20-safety-statement: 产品安全可靠情况说明 required at approval', () => {
    const d = review(approvalApp({ documents: [fullDoc('实施方案')] }));
    expect(of(d.findings, 'HS-20-safety-statement')[0].missing).toEqual(['产品安全可靠情况说明']);
    expect(of(review(approvalApp()).findings, 'HS-20-safety-statement')[0].missing).toEqual([]);
    expect(ids(review(libraryApp()).findings)).not.toContain('HS-20-safety-statement');
  });
  it('HS-27-security-sync: attestation missing blocks', () => {
    const { 网络和数据安全同步规划承诺: _y, ...rest } = approvalApp().fields!;
    expect(of(review(approvalApp({ fields: rest })).blocking, 'HS-27-security-sync')[0].missing).toEqual(['网络和数据安全同步规划承诺']);
  });
});
