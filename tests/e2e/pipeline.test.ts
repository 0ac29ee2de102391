/**
 * One realistic application per jurisdiction over HTTP against the local stack: POST → classification (SQS) →
 * pre-review (SQS) → the status and rule ids its regulation yields → the bureau reviewer's decisions and named
 * opinions → 项目库 (in_library). Plus a returned application corrected with PUT and resubmitted, and the access
 * rules of the reviews route.
 *
 * What each pack yields at the first submission (worked out from packages/rules/src/packs/<jurisdiction>/):
 * - hongshan 120万 build: HS-12-path-600k; `pending_review`: nothing is missing that the department must supply; the
 *   reviewer decides the 第六条 items, HS-08/HS-14 document content, HS-04-common-projects and HS-09-prereview (the
 *   蒙东云计算中心 前置审核 opinion the application waits for, recorded with the named review 前置审核).
 * - bijie 需求方案: `pending_review` waiting for the 大数据部门's opinions (BJ-05-crypto-reviewed, BJ-06-initial-review),
 *   then for the third-party 需求方案评审报告 (BJ-07, attached by the unit with PUT) and the 需求评审 conclusion (BJ-08).
 * - jinjiang 需求方案 (draft text): never returned or rejected — every finding is advisory; `pending_review` on the
 *   预审 checklist, then `in_library` once decided (see the comment in that test).
 * - shandong 立项申请: `pending_review` on SD-08-central-review and the other checklist / D items; no named opinion
 *   gates pre-review.
 * - xichuan 政府投资建设类: XC-04-cat-invest, XC-07-path-invest; `pending_review` on XC-07-review-criteria and the
 *   attestation / document items.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token, type ApiResponse } from '../support/api.js';
import { withUploadedDocuments } from '../support/documents.js';
import {
  bijieDemandPlan,
  hongshanFeasibilityBuild,
  hongshanImplementationBuild,
  jinjiangBuildNeeds,
  shandongBuild,
  xichuanInvestBuild,
} from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const PRE_REVIEWED = ['returned', 'rejected', 'pending_review', 'in_library'];

type Finding = { ruleId: string; outcome: string; message: string; missing?: string[]; advisory: boolean; awaiting?: 'authority' };
type Jur = 'hongshan' | 'bijie' | 'jinjiang' | 'shandong' | 'xichuan';

const ids = (fs: Finding[]) => [...new Set(fs.map((f) => f.ruleId))].sort();
const sorted = (xs: string[]) => [...xs].sort();

const department = (jur: Jur, dept: string) => token({ sub: `e2e-${jur}-${dept}`, role: 'department', dept, jur });
const reviewer = (jur: Jur) => token({ sub: `e2e-${jur}-reviewer`, role: 'bureau', jur });

/** GET the project until the pipeline has pre-reviewed it (after POST or PUT). */
async function preReviewed(id: string, t: string): Promise<ApiResponse> {
  const r = await eventually(() => http.get(`/v1/projects/${id}`, t), (x) => PRE_REVIEWED.includes(x.body?.status));
  expect(PRE_REVIEWED, `project ${id} never left ${r.body?.status}`).toContain(r.body.status);
  return r;
}

/** Uploads the declared documents (only verified ones count), then submits. */
async function submit(body: Record<string, any>, t: string): Promise<ApiResponse> {
  const created = await http.post('/v1/projects', await withUploadedDocuments(http, t, body), t);
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  expect(created.body.status).toBe('submitted');
  return preReviewed(created.body.id, t);
}

/** The bureau reviewer passes `ruleIds` and records the named opinions `reviews`. */
function review(id: string, t: string, ruleIds: string[], reviews: Record<string, 'pass' | 'fail' | 'pending'> = {}) {
  return http.post(`/v1/projects/${id}/reviews`, { decisions: ruleIds.map((ruleId) => ({ ruleId, result: 'pass', comment: '经审核符合要求' })), reviews }, t);
}

const put = async (id: string, body: Record<string, any>, t: string, version?: number) =>
  http.raw('PUT', `/v1/projects/${id}`, { token: t, body: await withUploadedDocuments(http, t, body), headers: version === undefined ? {} : { 'if-match': String(version) } });

const eventTypes = async (id: string, t: string) => (await http.get(`/v1/projects/${id}/events`, t)).body.items.map((e: { type: string }) => e.type);

describe('one realistic application per jurisdiction reaches its expected state', () => {
  it('hongshan: a 120万 new build (可行性研究报告 二合一) waits for 前置审核, then enters the library', async () => {
    const dept = await department('hongshan', 'HS-CG01');
    const p = await submit(hongshanFeasibilityBuild(), dept);

    const c = p.body.classification;
    expect(c.category).toBe('build');
    expect(c.approvalPath).toBe('区政数局审批可行性研究报告(二合一)和初步设计方案');
    expect(c.requiredDocuments).toEqual(['可行性研究报告', '初步设计方案']);
    expect(c.findings.map((f: Finding) => f.ruleId)).toEqual(expect.arrayContaining(['HS-02-cat-build', 'HS-04-routing', 'HS-12-path-600k']));
    expect(c.findings.map((f: Finding) => f.ruleId)).not.toContain('HS-12-path-below-600k');

    // Complete as submitted: nothing goes back to the department; it waits for the 蒙东云计算中心 前置审核 opinion
    // (an authority's, recorded by the reviewer) and for the reviewer's decisions.
    expect(p.body.status).toBe('pending_review');
    expect(p.body.preReview.binding).toBe(true);
    expect(p.body.preReview.blocking).toEqual([]);
    const waiting = p.body.preReview.reviewerTasks.find((f: Finding) => f.ruleId === 'HS-09-prereview');
    expect(waiting).toMatchObject({ outcome: 'REQUIRE', missing: ['前置审核意见'], awaiting: 'authority' });
    expect(waiting.message).toContain('蒙东云计算中心');
    const tasks = ids(p.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted(['HS-04-common-projects', 'HS-06-1-upgrade-instead', 'HS-06-2-shareable', 'HS-06-3-isolated', 'HS-06-4-unclear-targets', 'HS-08-docs-600k', 'HS-09-prereview', 'HS-14-chapters']),
    );

    // One review: every item passes and the 前置审核 opinion is recorded as passed.
    const bureau = await reviewer('hongshan');
    const r1 = await review(p.body.id, bureau, tasks, { 前置审核: 'pass' });
    expect(r1.status, JSON.stringify(r1.body)).toBe(200);
    expect(r1.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });

    const stored = await http.get(`/v1/projects/${p.body.id}`, dept);
    expect(stored.body.status).toBe('in_library');
    expect(stored.body.lifecycle.status.reviews).toEqual({ 前置审核: 'pass' });
    expect(Object.keys(stored.body.lifecycle.status.decisions).sort()).toEqual(tasks);
    expect(await eventTypes(p.body.id, dept)).toEqual(['submitted', 'classified', 'pre_reviewed', 'reviewed']);
  });

  it('bijie: a 市级一级预算单位 需求方案 goes through 初审, the third-party review report (PUT) and 需求评审 into the library', async () => {
    const dept = await department('bijie', 'BJ-JY01');
    const p = await submit(bijieDemandPlan(), dept);

    const c = p.body.classification;
    expect(c.category).toBe('dev_service');
    expect(c.approvalPath).toBe('毕节市市级信息化项目统筹管理流程');
    expect(c.decisionLevel).toBe('市人民政府');
    expect(c.findings.map((f: Finding) => f.ruleId)).toEqual(expect.arrayContaining(['BJ-02-service-type', 'BJ-03-pipeline']));
    expect(c.findings.map((f: Finding) => f.ruleId)).not.toContain('BJ-02-scope'); // 服务平台 is a listed object

    // The 需求方案 itself is complete (7 sections, 绩效目标, 承诺, classified/graded catalogue); it waits for the
    // opinions the 大数据部门 gives: the 密码应用方案 expert review (第五条(四)) and its 初审 (第六条).
    expect(p.body.status).toBe('pending_review');
    expect(p.body.preReview.blocking).toEqual([]);
    const awaited = p.body.preReview.reviewerTasks.filter((f: Finding) => f.awaiting === 'authority');
    expect(ids(awaited)).toEqual(['BJ-05-crypto-reviewed', 'BJ-06-initial-review']);
    expect(awaited.flatMap((f: Finding) => f.missing)).toEqual(['密码应用方案评审(专家评审或第三方专业测评机构评估)通过', '大数据部门初审意见(通过)']);
    const tasks = ids(p.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted(['BJ-03-dedup-county', 'BJ-05-crypto-reviewed', 'BJ-05-demand-fields', 'BJ-05-plan-fit', 'BJ-06-initial-review', 'BJ-08-attestation', 'BJ-25-open-catalogue', 'BJ-29-data-security', 'BJ-32-perf-targets']),
    );

    // 初审 passes (拟入库清单) and the 密码应用方案 passed its expert review: 第七条 now waits for the third-party review
    // report, and 第八条 admission for its conclusion.
    const bureau = await reviewer('bijie');
    const r1 = await review(p.body.id, bureau, tasks, { 密码应用方案专家评审: 'pass', 需求方案初审: 'pass' });
    expect(r1.status, JSON.stringify(r1.body)).toBe(200);
    expect(r1.body.status).toBe('pending_review');
    expect(r1.body.blocking).toEqual([]);
    expect(ids(r1.body.reviewerTasks)).toEqual(['BJ-07-third-party-review', 'BJ-08-admission']);
    expect(r1.body.reviewerTasks.find((f: Finding) => f.ruleId === 'BJ-07-third-party-review').missing).toEqual(['需求方案评审报告']);

    // The unit attaches the 第三方评审机构's report and resubmits; the recorded opinions and decisions stay.
    const withReport = bijieDemandPlan();
    withReport.documents = [...withReport.documents, { type: '需求方案评审报告', title: '毕节市智慧教育公共服务平台需求方案评审报告', sha256: 'ab'.repeat(32) }];
    const resubmitted = await put(p.body.id, withReport, dept, r1.body.version);
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(202);
    const p2 = await preReviewed(p.body.id, dept);
    // 第八条: admission waits for the 需求评审 conclusion; the report's content is the reviewer's to confirm.
    expect(p2.body.status).toBe('pending_review');
    expect(p2.body.preReview.blocking).toEqual([]);
    expect(ids(p2.body.preReview.reviewerTasks)).toEqual(['BJ-07-third-party-review', 'BJ-08-admission']);
    expect(p2.body.preReview.reviewerTasks.find((f: Finding) => f.ruleId === 'BJ-08-admission').missing).toEqual(['需求方案评审结论(通过)']);

    const r2 = await review(p.body.id, bureau, ['BJ-07-third-party-review', 'BJ-08-admission'], { 需求方案评审: 'pass' });
    expect(r2.status).toBe(200);
    expect(r2.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });
    const done = await http.get(`/v1/projects/${p.body.id}`, dept);
    expect(done.body.preReview.findings.find((f: Finding) => f.ruleId === 'BJ-08-admission')).toMatchObject({ outcome: 'ROUTE' });
    expect(await eventTypes(p.body.id, dept)).toEqual(['submitted', 'classified', 'pre_reviewed', 'reviewed', 'resubmitted', 'classified', 'pre_reviewed', 'reviewed']);
  });

  it('jinjiang: a 建设类 需求方案 under the draft text gets advisory outcomes only', async () => {
    const dept = await department('jinjiang', 'JJ-MZ01');
    const p = await submit(jinjiangBuildNeeds(), dept);

    // Classification: 经费估算 260万 ≥ 30万 → 年度计划 first; not in the plan → 储备 (JJ-07-reserve sets the path);
    // 总投资 < 400万 → 政府采购 (JJ-10-below-400w). All of it advisory: the pack is a 征求意见稿.
    const c = p.body.classification;
    expect(c.binding).toBe(false);
    expect(c.notice).toContain('征求意见稿');
    expect(c.approvalPath).toBe('储备');
    expect(c.decisionLevel).toBe('政府采购');
    expect(c.routes).toEqual(['领导小组审议', '年度计划', '专家评审→部门联审→造价审核→入库', '专家评审组织:区城运中心', '政府采购']);
    expect(c.findings.map((f: Finding) => f.ruleId)).toEqual(
      expect.arrayContaining(['JJ-02-scope', 'JJ-06-plan-30w', 'JJ-07-reserve', 'JJ-08-build-pipeline', 'JJ-10-below-400w']),
    );
    expect(c.findings.every((f: Finding) => f.advisory)).toBe(true);

    // Pre-review: nothing binds, so nothing returns or rejects; the 预审 checklist (第六条) still waits for a reviewer.
    expect(p.body.status).toBe('pending_review');
    expect(p.body.preReview.binding).toBe(false);
    expect(p.body.preReview.notice).toContain('仅供参考');
    expect(p.body.preReview.blocking).toEqual([]);
    expect(p.body.preReview.findings.every((f: Finding) => f.advisory)).toBe(true);
    const tasks = ids(p.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted([
        'JJ-03-advanced-tech', 'JJ-03-platform-connect', 'JJ-03-reuse', 'JJ-06-attestation', 'JJ-06-build-fields', 'JJ-06-leader-signoff',
        'JJ-06-prereview', 'JJ-07-114-procedure', 'JJ-19-safe-products', 'JJ-19-safety-statement',
      ]),
    );

    // What the draft yields once the reviewer decides every item: the framework folds a complete, decided 需求方案
    // to "admissible", which the domain maps to `in_library`, although the draft itself routes the project to 储备
    // (and, in its own terms, to the 第八条 入库程序 of 专家评审→部门联审→造价审核 later). The status therefore
    // carries the draft's advice, not a binding admission: `preReview.binding` stays false with the notice.
    const bureau = await reviewer('jinjiang');
    const r = await review(p.body.id, bureau, tasks);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });
    const done = await http.get(`/v1/projects/${p.body.id}`, dept);
    expect(done.body.preReview).toMatchObject({ outcome: 'admissible', binding: false });
    expect(done.body.preReview.notice).toContain('征求意见稿');
    expect(done.body.classification.approvalPath).toBe('储备');
  });

  it('shandong: a 省直部门 立项申请 with 建设方案, 投资预算 and 信息资源目录 passes 集中评审 into the library', async () => {
    const dept = await department('shandong', 'SD-RS01');
    const p = await submit(shandongBuild(), dept);

    const c = p.body.classification;
    expect(c.inScope).toBe(true);
    expect(c.approvalPath).toBe('省政务服务管理办公室规划审核');
    expect(c.routes).toEqual(['省政务服务管理办公室规划审核', '省财政厅预算评审']);
    expect(c.findings.map((f: Finding) => f.ruleId)).toEqual(expect.arrayContaining(['SD-02-scope', 'SD-04-gsmo-review', 'SD-04-finance']));

    expect(p.body.status).toBe('pending_review');
    expect(p.body.preReview.blocking).toEqual([]);
    const all = p.body.preReview.findings;
    expect(all.find((f: Finding) => f.ruleId === 'SD-27-data-attributes')).toMatchObject({ outcome: 'REQUIRE', missing: [] });
    expect(all.find((f: Finding) => f.ruleId === 'SD-07-docs-default')).toMatchObject({ missing: [] });
    const tasks = ids(p.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted([
        'SD-06-plan-basis', 'SD-07-docs-default', 'SD-08-central-review', 'SD-12-full-process', 'SD-27-catalogue-required',
        'SD-30-risk-grading', 'SD-31-crypto-sync', 'SD-32-autonomous-products',
      ]),
    );

    // The 集中评审 decisions plus the 省政务服务管理办公室 opinion (no named opinion gates pre-review in this pack).
    const r = await review(p.body.id, await reviewer('shandong'), tasks, { 省政务服务管理办公室审核意见: 'pass' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });
  });

  it('xichuan: a 政府投资建设类 project on the 县级政务云 takes the investment path and enters the library', async () => {
    const dept = await department('xichuan', 'XC-WJ01');
    const p = await submit(xichuanInvestBuild(), dept);

    const c = p.body.classification;
    expect(c.category).toBe('gov_invest_build');
    expect(c.approvalPath).toBe('xc-invest');
    expect(c.decisionLevel).toBe('县政府');
    expect(c.routes).toEqual(['县行政审批和政务信息管理局', '县发改委']);
    expect(c.findings.map((f: Finding) => f.ruleId)).toEqual(
      expect.arrayContaining(['XC-02-scope', 'XC-04-cat-invest', 'XC-05-routing', 'XC-06-origin', 'XC-07-path-invest']),
    );
    expect(c.findings.map((f: Finding) => f.ruleId)).not.toContain('XC-07-path-simple');

    expect(p.body.status).toBe('pending_review');
    expect(p.body.preReview.binding).toBe(true); // the two-year trial runs until 2027-08-28
    expect(p.body.preReview.blocking).toEqual([]);
    const all = p.body.preReview.findings.map((f: Finding) => f.ruleId);
    expect(all).not.toContain('XC-25-cloud-deploy'); // deployed on 县级政务云
    expect(all).not.toContain('XC-25-no-own-infra');
    const tasks = ids(p.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted([
        'XC-03-frugality', 'XC-07-review-criteria', 'XC-07-submitter', 'XC-09-docs-invest', 'XC-12-ai-needs', 'XC-26-sharing-chapter',
        'XC-27-sharing-mechanism', 'XC-30-security-system', 'XC-31-crypto-sync', 'XC-32-graded-protection', 'XC-33-reliable-products',
      ]),
    );

    // 第七条: the 局's 技术性审查 on the five criteria, recorded as its named opinion with the checklist decisions.
    const r = await review(p.body.id, await reviewer('xichuan'), tasks, { 技术性审查: 'pass' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });
  });
});

describe('the requirements schema (GET /v1/rule-packs/{jurisdiction})', () => {
  it('serves every form of the pack, narrows by kind and category, and refuses an unknown kind or parameter', async () => {
    const t = await department('shandong', 'SD-REQ01');
    const all = await http.get('/v1/rule-packs/hongshan', t);
    expect(all.status).toBe(200);
    expect(all.body.requirements.length).toBe(6); // 入库申请 and approval_application × 建设类, 采购服务类, 运维类
    const build = all.body.requirements.find((f: { applicationKind: string; category: string }) => f.applicationKind === '入库申请' && f.category === 'build');
    expect(build.items.find((i: { item: string }) => i.item === '实施方案:财政资金保障篇(章)')).toMatchObject({
      kind: 'chapter', path: 'documents[].chapters', document: '实施方案', accepts: expect.arrayContaining(['财政资金保障篇']), rules: [{ id: 'HS-14-chapters', article: '第十四条' }],
    });
    expect(build.inputs.find((i: { path: string }) => i.path === 'project.amountTotal').rules).toContain('HS-08-docs-600k');
    const om = await http.get('/v1/rule-packs/hongshan?category=om', t);
    expect(om.body.requirements.map((f: { category: string }) => f.category)).toEqual(['om', 'om']);
    const badKind = await http.get(`/v1/rule-packs/hongshan?kind=${encodeURIComponent('申请')}`, t);
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.details[0].path).toBe('query.kind');
    expect((await http.get('/v1/rule-packs/hongshan?form=1', t)).status).toBe(400);
  });
});

describe('a returned application, corrected and resubmitted, reaches the library', () => {
  it('hongshan 58万 build without its 实施方案 → returned → PUT with the 实施方案 → reviewed → in_library', async () => {
    const dept = await department('hongshan', 'HS-ZW01');
    const complete = hongshanImplementationBuild();
    const first = { ...complete, documents: complete.documents.filter((d) => d.type !== '实施方案') };
    const p = await submit(first, dept);

    expect(p.body.status).toBe('returned');
    expect(p.body.classification.findings.map((f: Finding) => f.ruleId)).toContain('HS-12-path-below-600k');
    expect(p.body.classification.approvalPath).toBe('区政数局审批实施方案(三合一)');
    const docs = p.body.preReview.blocking.find((f: Finding) => f.ruleId === 'HS-08-docs-below-600k');
    expect(docs).toMatchObject({ outcome: 'REQUIRE', requires: ['申请入库文件', '实施方案'], missing: ['实施方案'] });
    expect(docs.message).toContain('缺少:实施方案');
    // The remedy says where it goes (issue 10 §1): a document of that type in the application, resubmitted with PUT.
    expect(docs.remedies).toEqual([
      { item: '实施方案', kind: 'document', path: 'documents[].type', route: 'PUT /v1/projects/{id}', accepts: ['实施方案'], supplier: 'department' },
    ]);
    expect(ids(p.body.preReview.blocking)).toEqual(['HS-08-docs-below-600k']);
    // The pack's requirements schema for this form lists the same item, placed the same way, citing the same rule.
    const schema = await http.get(`/v1/rule-packs/hongshan?kind=${encodeURIComponent('入库申请')}&category=build`, dept);
    expect(schema.status).toBe(200);
    expect(schema.body.requirements.map((f: { applicationKind: string; category: string }) => [f.applicationKind, f.category])).toEqual([['入库申请', 'build']]);
    const listed = schema.body.requirements[0].items.find((i: { item: string }) => i.item === '实施方案');
    expect(listed).toEqual({ ...docs.remedies[0], rules: [{ id: 'HS-08-docs-below-600k', article: '第八条' }] });
    // Without a 实施方案 there is no document whose chapters HS-14 could check.
    expect(p.body.preReview.findings.map((f: Finding) => f.ruleId)).not.toContain('HS-14-chapters');

    // A stale If-Match is refused; the current version is accepted.
    const stale = await put(p.body.id, complete, dept, p.body.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_MISMATCH', details: [{ path: 'headers.if-match' }] });
    const resubmitted = await put(p.body.id, complete, dept, p.body.version);
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(202);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', version: p.body.version + 1 });

    const p2 = await preReviewed(p.body.id, dept);
    // The documents are complete now; it waits for the 前置审核 opinion and the reviewer's decisions.
    expect(p2.body.preReview.blocking).toEqual([]);
    expect(p2.body.status).toBe('pending_review');
    // Supplied now: reported as satisfied, with nothing left to remedy.
    const docs2 = p2.body.preReview.findings.find((f: Finding) => f.ruleId === 'HS-08-docs-below-600k');
    expect(docs2).toMatchObject({ outcome: 'REQUIRE', satisfied: true, missing: [] });
    expect(docs2.remedies).toBeUndefined();
    const tasks = ids(p2.body.preReview.reviewerTasks);
    expect(tasks).toEqual(
      sorted(['HS-04-common-projects', 'HS-06-1-upgrade-instead', 'HS-06-2-shareable', 'HS-06-3-isolated', 'HS-06-4-unclear-targets', 'HS-08-docs-below-600k', 'HS-09-prereview', 'HS-14-chapters']),
    );
    expect(p2.body.revisions).toHaveLength(1);
    expect(p2.body.revisions[0]).toMatchObject({ version: p.body.version, application: { name: first.name } });
    expect(p2.body.revisions[0].application.documents.map((d: { type: string }) => d.type)).toEqual(['申请入库文件']);
    expect(p2.body.application.documents.map((d: { type: string }) => d.type)).toEqual(['申请入库文件', '实施方案']);

    // One review: every item, and the 前置审核 opinion itself.
    const r = await review(p.body.id, await reviewer('hongshan'), tasks, { 前置审核: 'pass' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'in_library', blocking: [], reviewerTasks: [] });

    const events = (await http.get(`/v1/projects/${p.body.id}/events`, dept)).body.items;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'classified', 'pre_reviewed', 'resubmitted', 'classified', 'pre_reviewed', 'reviewed']);
    // The log keeps both versions of the application.
    expect(events[0].payload.application.documents).toHaveLength(1);
    expect(events[3].payload).toMatchObject({ previousVersion: p.body.version });
    expect(events[3].payload.application.documents).toHaveLength(2);
    expect(events[2].payload.blocking.map((f: Finding) => f.ruleId)).toContain('HS-08-docs-below-600k');
    expect(events[5].payload.blocking.map((f: Finding) => f.ruleId)).not.toContain('HS-08-docs-below-600k');
    expect(events[6].payload).toMatchObject({ status: 'in_library', reviews: { 前置审核: 'pass' } });
  });
});

describe('the reviews route: who may review what', () => {
  it('other jurisdiction → 404, department → 403, unknown rule → 422 with the path, in_library → 409', async () => {
    const dept = await department('hongshan', 'HS-ZW02');
    const p = await submit(hongshanImplementationBuild({ name: '红山区政务服务好差评管理系统' }), dept);
    expect(p.body.status).toBe('pending_review');
    const id = p.body.id;
    const version = p.body.version;

    // A reviewer of another jurisdiction cannot see the project, let alone review it.
    const foreign = await reviewer('shandong');
    const notFound = await review(id, foreign, ['SD-08-central-review'], { 前置审核: 'pass' });
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.code).toBe('PROJECT_NOT_FOUND');
    expect((await http.get(`/v1/projects/${id}`, foreign)).status).toBe(404);

    // A department (even the owner) may not record review decisions.
    const forbidden = await review(id, dept, ['HS-06-1-upgrade-instead'], { 前置审核: 'pass' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');

    // A rule id the hongshan pack does not have — unknown, or another jurisdiction's — is refused with its path.
    const bureau = await reviewer('hongshan');
    const unknown = await review(id, bureau, ['HS-06-1-upgrade-instead', 'HS-99-no-such-rule']);
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: 'UNKNOWN_RULE', details: [{ path: 'decisions.1.ruleId' }] });
    const otherPack = await review(id, bureau, ['XC-03-frugality']);
    expect(otherPack.status).toBe(422);
    expect(otherPack.body.error.details[0].path).toBe('decisions.0.ruleId');
    const unchanged = await http.get(`/v1/projects/${id}`, dept);
    expect(unchanged.body.version).toBe(version);
    expect(unchanged.body.lifecycle).toBeUndefined();

    const tasks = ids(p.body.preReview.reviewerTasks);
    const admitted = await review(id, bureau, tasks, { 前置审核: 'pass' });
    expect(admitted.body.status).toBe('in_library');

    // Once in the library there is nothing left to review.
    const again = await review(id, bureau, ['HS-06-1-upgrade-instead']);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOT_REVIEWABLE');
  });
});
