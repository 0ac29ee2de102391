/** Query schemas of the work lists (issue 10 §3): one declaration for the router and the OpenAPI document. */
import { z } from './zod.js';
import { categorySchema } from './application.js';
import { isoDate } from './text.js';

export const projectStatusSchema = z.enum(['submitted', 'classified', 'returned', 'rejected', 'pending_review', 'in_library']);

/** 项目阶段: 申报 → 入库 → 批复 → 建设 → 验收 → 运行 (read from status and milestones). */
export const stageSchema = z.enum(['application', 'library', 'approved', 'construction', 'accepted', 'operation']);

const page = {
  limit: z.coerce.number().int().min(1, '每页至少1项').max(100, '每页最多100项').default(20),
  cursor: z.string().max(2000, '游标过长').regex(/^[A-Za-z0-9_-]+$/, '游标格式不正确').optional(),
};

const department = z.string().trim().min(1, '部门编号不能为空').max(64, '部门编号最长64个字符');

/** The jurisdictions with a rule pack; the same list as @gov/rules JURISDICTIONS (a unit test compares them). */
export const jurisdictionSchema = z.enum(['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan']);

/** GET /v1/audit/chains: one project, or a page of the library (its cursor is longer than a list's). */
export const auditChainQuerySchema = z
  .object({
    projectId: z.string().min(1).max(100).optional(),
    jurisdiction: jurisdictionSchema.optional(),
    cursor: z.string().max(4000).regex(/^[A-Za-z0-9_-]+$/, '游标格式不正确').optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

/** GET /v1/projects: filters, each optional; an unknown one is refused (400). */
export const projectListQuerySchema = z
  .object({
    ...page,
    status: projectStatusSchema.optional(),
    stage: stageSchema.optional(),
    category: categorySchema.optional(),
    department: department.optional(),
    year: z.coerce.number().int('年度须为整数').min(2000, '年度不早于2000').max(2100, '年度不晚于2100').optional(),
    q: z.string().trim().min(1, '名称关键词不能为空').max(50, '名称关键词最长50个字符').optional(),
  })
  .strict();

/** GET /v1/review-queue: the reviewer's queue, optionally one department's. */
export const reviewQueueQuerySchema = z.object({ ...page, department: department.optional() }).strict();

/** GET /v1/deadlines: open obligations due within `within` working days from `on` (default today, 北京时间). */
export const upcomingDeadlinesQuerySchema = z
  .object({
    ...page,
    // The working-day calendar's lunar data ends in 2100; a 60-working-day window from 2099-12-31 still fits.
    on: isoDate.refine((d) => d >= '2000-01-01' && d <= '2099-12-31', '日期须在2000年至2099年之间').optional(),
    within: z.coerce.number().int('工作日数须为整数').min(1, '至少1个工作日').max(60, '最多60个工作日').default(10),
    department: department.optional(),
  })
  .strict();

export const upcomingDeadlinesSchema = z
  .object({
    on: z.string(),
    until: z.string(),
    provisional: z.boolean(),
    items: z.array(
      z.object({
        subject: z.enum(['project', 'system']),
        subjectId: z.string(),
        projectId: z.string(),
        ruleId: z.string(),
        key: z.string(),
        departmentId: z.string(),
        scan: z.enum(['tracker', 'filing']),
        due: z.string(),
        provisional: z.boolean(),
        obligation: z.string(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'UpcomingDeadlines' });

/** 预警类型 of GET /v1/flags (the domain's FLAG_TYPES; tests/unit/domain/flagTypes.test.ts keeps them equal). */
export const flagTypeSchema = z.enum(['overdue_acceptance', 'overdue_filing', 'missed_evaluation', 'overdue_report', 'approval_sla', 'overdue_rectification', 'overdue_obligation', 'long_unused', 'zombie_candidate']);

/** GET /v1/flags: filters, each optional; an unknown one is refused (400). The only declaration (handler and document). */
export const flagQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1, '每页至少1项').max(200, '每页最多200项').default(50),
    cursor: page.cursor,
    jurisdiction: z.string().max(20, '辖区编号最长20个字符').optional(),
    type: flagTypeSchema.optional(),
    department: department.optional(),
    status: z.enum(['open', 'closed']).optional(),
    project: z.string().trim().min(1, '项目编号不能为空').max(100, '项目编号最长100个字符').optional(),
  })
  .strict();

/** A flag (预警) as listed. */
export const flagSchema = z
  .object({
    id: z.string(),
    type: flagTypeSchema,
    status: z.enum(['open', 'closed']),
    subject: z.enum(['project', 'system']),
    subjectId: z.string(),
    projectId: z.string(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    ruleId: z.string(),
    article: z.string().optional(),
    obligationKey: z.string(),
    message: z.string(),
    due: z.string().optional(),
    raisedOn: z.string(),
    raisedAt: z.string(),
    packVersion: z.string().optional(),
    closedOn: z.string().optional(),
    closedReason: z.string().optional(),
  })
  .meta({ id: 'Flag' });

export const flagPageSchema = z.object({ items: z.array(flagSchema), nextCursor: z.string().nullable() }).meta({ id: 'FlagPage' });

/** 申报类型 (the application a pack's regulation names): the same list as the application's `applicationKind`. */
export const applicationKindSchema = z.enum(['入库申请', 'approval_application', '需求方案', '服务方案', '立项申请', '规划审核']);

/** GET /v1/rule-packs/{jurisdiction}: narrow the requirements schema to one application kind and/or category. */
export const rulePackQuerySchema = z
  .object({
    kind: applicationKindSchema.optional().meta({ description: '申报类型,只返回该类型的申报要件' }),
    category: categorySchema.optional().meta({ description: '项目类别,只返回该类别的申报要件' }),
  })
  .strict();

export const systemStatusValueSchema = z.enum(['running', 'stopped', 'zombie', 'long_unused']);

/** GET /v1/systems: a department's (or the jurisdiction's) systems; an unknown filter is refused (400). */
export const systemListQuerySchema = z
  .object({
    ...page,
    department: department.optional(),
    status: systemStatusValueSchema.optional(),
    jurisdiction: jurisdictionSchema.optional(),
  })
  .strict();

/** A system as listed (no money: the detail GET /v1/systems/{id} has the project snapshot). */
export const systemSummarySchema = z
  .object({
    id: z.string(),
    code: z.string().optional(),
    name: z.string(),
    projectId: z.string(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    status: systemStatusValueSchema,
    operationStart: z.string(),
    lastActiveOn: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'SystemSummary' });

export const systemPageSchema = z.object({ items: z.array(systemSummarySchema), nextCursor: z.string().nullable() }).meta({ id: 'SystemPage' });

/** GET /v1/projects/{id}/filings | overrides | gate-decisions: a page of the project's records, oldest first. */
export const recordPageQuerySchema = z
  // The cursor has the common form; whether it is one of these lists' (a seq) is checked after access (404 first).
  .object({ limit: page.limit, cursor: page.cursor })
  .strict();

const nextCursor = z.string().nullable();

/** A recorded filing (备案); `filing` is the request as recorded, money as 元 strings. */
export const filingEntrySchema = z
  .object({
    filingId: z.string(), seq: z.number().int(), at: z.string(), actor: z.string(), type: z.string(), filedOn: isoDate, outcome: z.string(), late: z.boolean(),
    filing: z.object({ type: z.string(), projectId: z.string(), filedOn: isoDate }).passthrough(),
  })
  .meta({ id: 'FilingEntry' });

export const filingPageSchema = z.object({ items: z.array(filingEntrySchema), nextCursor }).meta({ id: 'FilingPage' });

/** An exception granted (例外批准) for an overridable gate rule. */
export const overrideEntrySchema = z
  .object({
    seq: z.number().int(), at: z.string(), ruleId: z.string(), grantedBy: z.string(),
    override: z.object({ authority: z.string(), reason: z.string(), documentRef: z.string(), on: isoDate }),
  })
  .meta({ id: 'OverrideEntry' });

export const overridePageSchema = z.object({ items: z.array(overrideEntrySchema), nextCursor }).meta({ id: 'OverridePage' });

/** A reviewer's decision on a gate judgement item (审阅事项). */
export const gateDecisionEntrySchema = z
  .object({
    seq: z.number().int(), at: z.string(), ruleId: z.string(),
    decision: z.object({ result: z.enum(['pass', 'fail', 'na']), reviewer: z.string(), on: isoDate, comment: z.string().optional() }),
  })
  .meta({ id: 'GateDecisionEntry' });

export const gateDecisionPageSchema = z.object({ items: z.array(gateDecisionEntrySchema), nextCursor }).meta({ id: 'GateDecisionPage' });

const subjectId = z.string().trim().min(1, '编号不能为空').max(100, '编号最长100个字符').regex(/^[A-Za-z0-9_.:-]+$/, '编号只能包含字母、数字和 _ . : -');

/** GET /v1/budget-gate/checks: one subject, a project (Q1) or a system (Q2), exactly one of them. */
export const gateCheckListQuerySchema = z
  .object({ ...page, projectId: subjectId.optional(), systemId: subjectId.optional() })
  .strict()
  .superRefine((q, ctx) => {
    if ((q.projectId === undefined) === (q.systemId === undefined)) {
      ctx.addIssue({ code: 'custom', message: '须且只能指定 projectId 或 systemId 之一', path: ['projectId'] });
    }
  });

/** A budget-gate check as recorded (the request's money as 元 strings). */
export const gateCheckEntrySchema = z
  .object({
    checkId: z.string(),
    at: z.string(),
    subject: z.enum(['project', 'system']),
    subjectId: z.string(),
    jurisdiction: z.string(),
    caller: z.object({ sub: z.string(), role: z.string() }),
    question: z.enum(['payment', 'om']),
    answer: z.enum(['allow', 'deny', 'review']),
    packVersion: z.string(),
    subjectVersion: z.number().int(),
    ruleIds: z.array(z.string()),
    request: z.object({ question: z.enum(['payment', 'om']) }).passthrough(),
  })
  .meta({ id: 'GateCheckEntry' });

export const gateCheckPageSchema = z
  .object({
    stored: z.boolean().meta({ description: '查询记录是否保存在可读取的位置(GATE_AUDIT_SINK 为 dynamodb 或 both);否则 items 为空,notice 说明记录在何处' }),
    notice: z.string().optional(),
    items: z.array(gateCheckEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'GateCheckPage' });
