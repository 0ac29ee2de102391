/** The routes of the project pipeline: intake, reviews, rule packs, the audit of hash chains and the document itself. */
import { z } from './zod.js';
import { applicationSchema } from './application.js';
import { reviewSchema } from './review.js';
import { idempotencyHeaders } from './idempotency.js';
import { auditChainQuerySchema, filingPageSchema, gateDecisionPageSchema, overridePageSchema, projectListQuerySchema, recordPageQuerySchema, reviewQueueQuerySchema, rulePackQuerySchema } from './lists.js';
import { declareRoutes } from './declareRoutes.js';
import { anyObject, chainVerificationSchema, eventSchema, projectDetailSchema, reviewRecordedSchema, rulePackListSchema, rulePackSchema } from './responses.js';

const projectSummary = z
  .object({
    id: z.string(),
    status: z.enum(['submitted', 'classified', 'returned', 'rejected', 'pending_review', 'in_library']),
    version: z.number().int(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectSummary' });

/** A project in the reviewer's queue: its summary, since when it waits, and the judgement items (审核事项). */
const queuedProject = z
  .object({
    project: projectSummary,
    waitingSince: z.string(),
    items: z.array(z.object({ ruleId: z.string(), article: z.string(), message: z.string() }).passthrough()),
  })
  .meta({ id: 'QueuedProject' });

const ALL_BUT_FINANCE = ['department', 'bureau', 'auditor', 'admin'] as const;
const EVERYONE = ['department', 'bureau', 'finance', 'auditor', 'admin'] as const;

/** Served by intake. */
export const projectRoutes = declareRoutes({
  'POST /v1/projects': {
    summary: '提交项目申报(项目单位)', roles: ['department'], body: applicationSchema,
    headers: idempotencyHeaders,
    success: { status: 202, description: '已受理,进入分类与预审', schema: projectSummary },
  },
  'GET /v1/projects': {
    summary: '项目列表(部门看本部门,审核/审计看本辖区)', roles: ALL_BUT_FINANCE,
    query: projectListQuerySchema,
    success: { status: 200, description: '项目摘要分页,按筛选条件(状态、阶段、类别、部门、年度、名称关键词);筛选后一页可能少于 limit 项,nextCursor 非空时继续', schema: z.object({ items: z.array(projectSummary), nextCursor: z.string().nullable() }) },
  },
  'GET /v1/review-queue': {
    summary: '审核队列:本辖区等待审核判断的项目,最早的在前,附待审核事项', roles: ['bureau', 'auditor', 'admin'],
    query: reviewQueueQuerySchema,
    success: { status: 200, description: '等待审核的项目及其审核事项分页', schema: z.object({ items: z.array(queuedProject), nextCursor: z.string().nullable() }).meta({ id: 'ReviewQueuePage' }) },
  },
  'GET /v1/projects/{id}': { summary: '项目详情:状态、分类、预审结论及规则依据', roles: ALL_BUT_FINANCE, success: { status: 200, description: '项目', schema: projectDetailSchema } },
  'PUT /v1/projects/{id}': {
    summary: '修改后重新提交退回的申报', roles: ['department'], body: applicationSchema,
    headers: z.object({ 'if-match': z.string().optional() }),
    errors: [409],
    success: { status: 202, description: '已受理,重新分类与预审', schema: projectSummary },
  },
  'GET /v1/projects/{id}/events': { summary: '项目事件日志(只增不改,哈希链)', roles: ALL_BUT_FINANCE, success: { status: 200, description: '按顺序的事件', schema: z.object({ items: z.array(eventSchema) }) } },
  'GET /v1/projects/{id}/filings': { summary: '项目备案记录(已记录的备案,先后顺序;金额为元字符串)', roles: ALL_BUT_FINANCE, query: recordPageQuerySchema, errors: [404], success: { status: 200, description: '备案分页', schema: filingPageSchema } },
  'GET /v1/projects/{id}/overrides': { summary: '项目的例外批准记录("原则上"规则的例外放行,含批准机关、理由、依据文件)', roles: ALL_BUT_FINANCE, query: recordPageQuerySchema, errors: [404], success: { status: 200, description: '例外批准分页,先后顺序;同一规则以最后一次为准', schema: overridePageSchema } },
  'GET /v1/projects/{id}/gate-decisions': { summary: '项目的资金闸口审阅决定(审阅事项的审核结果)', roles: ALL_BUT_FINANCE, query: recordPageQuerySchema, errors: [404], success: { status: 200, description: '审阅决定分页,先后顺序;同一规则以最后一次为准', schema: gateDecisionPageSchema } },
});

/** Served by pre-review. */
export const reviewRoutes = declareRoutes({
  'POST /v1/projects/{id}/reviews': { summary: '审核人员记录审核决定与审核意见', roles: ['bureau'], body: reviewSchema, headers: idempotencyHeaders, success: { status: 200, description: '新的预审结论', schema: reviewRecordedSchema } },
});

/** Served by classification. */
export const rulePackRoutes = declareRoutes({
  'GET /v1/rule-packs': { summary: '规则包列表', roles: EVERYONE, success: { status: 200, description: '各辖区规则包及其效力', schema: rulePackListSchema } },
  'GET /v1/rule-packs/{jurisdiction}': {
    summary: '规则包明细:每条规则的编号、条款、关键表述、检查类型、是否已实现;及按申报类型与项目类别的申报要件清单(可按 kind、category 筛选)',
    roles: EVERYONE,
    query: rulePackQuerySchema,
    success: { status: 200, description: '规则清单与申报要件清单(requirements:每种申报类型×项目类别一项,items 为需提交的文件、章节、字段等及其提交位置与依据规则,inputs 为规则读取的全部输入路径)', schema: rulePackSchema },
  },
});

/** Served by intake. */
export const auditRoutes = declareRoutes({
  'GET /v1/audit/chains': {
    summary: '校验事件哈希链(只读):单个项目,或项目库的一页(nextCursor 续查),指出第一处断裂;审计人员限本辖区', roles: ['auditor', 'admin'],
    query: auditChainQuerySchema,
    errors: [404],
    success: { status: 200, description: '校验结果', schema: chainVerificationSchema },
  },
  'GET /v1/openapi.json': { summary: '本接口文档', roles: 'public', success: { status: 200, description: 'OpenAPI 3.1 文档', schema: anyObject } },
});
