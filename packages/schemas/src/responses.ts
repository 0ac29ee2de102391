/**
 * What the API answers (2xx bodies), for the OpenAPI document and the clients generated from it. Where a part is
 * open-ended (the facts a rule pack read, a project's lifecycle) it is an object with its known keys required and
 * others allowed; the e2e suites validate every answer against these (tests/support/contract.ts).
 */
import { z } from './zod.js';
import { yuanString } from './money.js';

/** An object whose keys are open (documented in prose, not closed by the schema). */
export const anyObject = z.object({}).passthrough();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const subject = z.object({ type: z.enum(['project', 'system']), id: z.string(), version: z.number().int() });

/** The authority's exception to a "原则上" rule. */
export const overrideRecordSchema = z.object({ authority: z.string(), reason: z.string(), documentRef: z.string(), on: isoDate }).meta({ id: 'Override' });

/**
 * Where one missing item goes (补正指引): its kind, the JSON path in the body of `route` (the application for the
 * department's own items), the accepted names or values, and who supplies it (the department, the bureau, or the named
 * authority through the authority-record route).
 */
export const remedySchema = z
  .object({
    item: z.string(),
    kind: z.enum(['field', 'document', 'chapter', 'review', 'authority_record', 'milestone']),
    path: z.string(),
    route: z.string(),
    accepts: z.array(z.string()),
    supplier: z.enum(['department', 'bureau', 'authority']),
    authority: z.string().optional(),
    document: z.string().optional(),
  })
  .meta({ id: 'Remedy', description: '缺少事项的补正指引:类型、提交位置(JSON 路径与接口)、可接受的名称或取值、由谁提供' });

/**
 * One rule that spoke in a decision: id, article, outcome, Chinese message, whether it may be overridden. A REQUIRE
 * with `satisfied: true` asks for nothing (everything required is shown); one with missing items carries a remedy
 * per item in `remedies`.
 */
export const reasonSchema = z
  .object({
    ruleId: z.string(),
    article: z.string(),
    outcome: z.string(),
    message: z.string(),
    overridable: z.boolean(),
    advisory: z.boolean(),
    overriddenBy: overrideRecordSchema.optional(),
    missing: z.array(z.string()).optional(),
    remedies: z.array(remedySchema).optional(),
    satisfied: z.boolean().optional().meta({ description: 'REQUIRE: true 表示所需事项均已具备(无需补正)' }),
    due: isoDate.optional(),
  })
  .passthrough()
  .meta({ id: 'Reason' });

/** A project's facts as the rules read them (a system's snapshot, the gate's facts); amounts in 元. */
export const projectFactsSchema = z
  .object({
    category: z.string().optional(),
    amountTotal: yuanString.optional(),
    amountEstimate: yuanString.optional(),
    budget: yuanString.optional(),
    originalInvestment: yuanString.optional(),
    priorUpgradesLast12Months: yuanString.optional(),
    approvedEstimate: yuanString.optional(),
    paidToDate: yuanString.optional(),
    lineItems: z.array(z.object({ amount: yuanString }).passthrough()).optional(),
  })
  .passthrough()
  .meta({ id: 'ProjectFacts' });

/** The facts a gate answer read: the project's, and the payment's or O&M request's amounts in 元. */
const gateFactsSchema = z
  .object({
    project: projectFactsSchema,
    payment: z.object({ amount: yuanString }).passthrough().optional(),
    omRequest: z.object({ amount: yuanString, standardAmount: yuanString.optional() }).passthrough().optional(),
  })
  .passthrough();

/** 资金闸口的答复: allow / deny / review with every reason, the pack it used and the facts it read. */
export const gateAnswerSchema = z
  .object({
    checkId: z.string(),
    question: z.enum(['payment', 'om']),
    answer: z.enum(['allow', 'deny', 'review']),
    subject: subject.extend({ jurisdiction: z.string() }),
    reasons: z.array(reasonSchema),
    packId: z.string(),
    packVersion: z.string(),
    packStatus: z.string(),
    binding: z.boolean(),
    notice: z.string().nullable(),
    evaluatedOn: isoDate,
    facts: gateFactsSchema,
  })
  .meta({ id: 'GateAnswer' });

export const overrideRecordedSchema = z.object({ subject, ruleId: z.string(), override: overrideRecordSchema }).meta({ id: 'OverrideRecorded' });

export const gateDecisionRecordedSchema = z
  .object({ subject, ruleId: z.string(), decision: z.object({ result: z.string(), reviewer: z.string(), on: isoDate, comment: z.string().optional() }) })
  .meta({ id: 'GateDecisionRecorded' });

/** An obligation the tracker follows (验收、绩效评价、备案 …) with its due date; `provisional` without an official holiday schedule. */
export const obligationSchema = z
  .object({
    ruleId: z.string(),
    key: z.string(),
    due: isoDate,
    provisional: z.boolean(),
    state: z.enum(['open', 'met']),
    obligation: z.string(),
    scan: z.enum(['tracker', 'filing']),
    metOn: isoDate.optional(),
    flagId: z.string().optional(),
    flagType: z.string().optional(),
  })
  .meta({ id: 'Obligation' });

const lineItemsOut = z.array(z.object({ amount: yuanString }).passthrough());

/** An application as answered: its amounts in 元 strings; the rest as submitted. */
export const applicationOutSchema = z
  .object({
    amounts: z.object({ total: yuanString, estimate: yuanString.optional(), budget: yuanString.optional(), originalInvestment: yuanString.optional(), priorUpgradesLast12Months: yuanString.optional() }),
    lineItems: lineItemsOut.optional(),
  })
  .passthrough()
  .meta({ id: 'ApplicationOut' });

/** A project's lifecycle: dates, records, status facts; approved estimate and paid to date in 元. */
export const lifecycleSchema = z.object({ approvedEstimate: yuanString.optional(), paidToDate: yuanString.optional() }).passthrough().meta({ id: 'Lifecycle' });

/** A milestone as recorded; its amounts in 元. */
export const milestoneOutSchema = z.object({ type: z.string(), amount: yuanString.optional(), approvedEstimate: yuanString.optional() }).passthrough().meta({ id: 'MilestoneOut' });

export const milestoneRecordedSchema = z
  .object({
    projectId: z.string(),
    version: z.number().int(),
    milestone: milestoneOutSchema,
    lifecycle: lifecycleSchema,
    obligations: z.array(obligationSchema),
    systemIds: z.array(z.string()),
    flagsClosed: z.array(anyObject),
  })
  .meta({ id: 'MilestoneRecorded' });

export const usageReportedSchema = z
  // systemId: the stored id (sys-…, scoped per jurisdiction and department); code: the department's own.
  .object({ systemId: z.string(), code: z.string().optional(), version: z.number().int(), active: z.boolean(), lastActiveOn: isoDate.nullable(), obligations: z.array(obligationSchema), flagsClosed: z.array(anyObject) })
  .meta({ id: 'UsageReported' });

export const systemStatusSetSchema = z.object({ systemId: z.string(), code: z.string().optional(), version: z.number().int(), facts: anyObject }).meta({ id: 'SystemStatusSet' });

export const deadlinePreviewSchema = z
  .object({ projectId: z.string(), on: isoDate, packVersion: z.string(), obligations: z.array(anyObject) })
  .meta({ id: 'DeadlinePreview' });

/** A project event: who, when, what; chained by hash (哈希链). */
export const eventSchema = z
  .object({
    actor: z.string(),
    at: z.string(),
    type: z.string(),
    // The parts that hold money, typed so that an amount in fen cannot slip through; the rest by event type.
    payload: z.object({ application: applicationOutSchema.optional(), milestone: milestoneOutSchema.optional(), filing: z.object({ change: z.object({ newTotal: yuanString, adjustAmount: yuanString }).passthrough().optional(), contractItems: lineItemsOut.optional() }).passthrough().optional() }).passthrough(),
  })
  .passthrough()
  .meta({ id: 'Event' });

export const uploadTicketSchema = z
  .object({ uploadId: z.string(), method: z.literal('PUT'), url: z.string(), headers: z.record(z.string(), z.string()), expiresAt: z.string() })
  .meta({ id: 'UploadTicket' });

export const projectDocumentSchema = z
  .object({ type: z.string(), title: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), state: z.enum(['declared', 'verified']) })
  .passthrough()
  .meta({ id: 'ProjectDocument' });

const projectStatus = z.enum(['submitted', 'classified', 'returned', 'rejected', 'pending_review', 'in_library']);

/** A project as its readers see it: state, classification, pre-review findings, lifecycle. */
export const projectDetailSchema = z
  .object({
    id: z.string(), status: projectStatus, version: z.number().int(), jurisdiction: z.string(), departmentId: z.string(), application: applicationOutSchema, lifecycle: lifecycleSchema.optional(), createdAt: z.string(), updatedAt: z.string(),
    // 预审结论: what blocks (each missing item with its remedy), what waits for a reviewer, every finding.
    preReview: z.object({ blocking: z.array(reasonSchema), reviewerTasks: z.array(reasonSchema), findings: z.array(reasonSchema) }).passthrough().optional(),
  })
  .passthrough()
  .meta({ id: 'Project' });

/** A system (信息系统) as its readers see it: facts, usage, monitoring obligations, its project's facts. */
export const systemSchema = z
  .object({
    id: z.string(),
    code: z.string().optional(),
    version: z.number().int(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    projectId: z.string(),
    name: z.string(),
    facts: anyObject,
    operationStart: isoDate,
    project: projectFactsSchema,
    projectVersion: z.number().int(),
    usage: z.object({ lastActiveOn: isoDate.optional(), periods: z.array(anyObject) }).optional(),
    tracking: anyObject.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .passthrough()
  .meta({ id: 'System' });

/** 通知: a reminder before a deadline, an overdue escalation, or a rescheduled provisional deadline. */
export const notificationSchema = z
  .object({
    id: z.string(),
    recipient: anyObject,
    kind: z.enum(['reminder', 'overdue', 'rescheduled']),
    projectId: z.string(),
    jurisdiction: z.string(),
    departmentId: z.string(),
    ruleId: z.string(),
    article: z.string(),
    obligationKey: z.string(),
    point: z.number().int().optional(),
    due: isoDate,
    previousDue: isoDate.optional(),
    provisional: z.boolean(),
    message: z.string(),
    raisedOn: isoDate,
    createdAt: z.string(),
    readAt: z.string().optional(),
  })
  .meta({ id: 'Notification' });

export const notificationInboxSchema = z.object({ items: z.array(notificationSchema), unreadCount: z.number().int() }).meta({ id: 'NotificationInbox' });

/** A completed upload: the verified version and the project version it was attached to (null before submission). */
export const uploadCompletedSchema = z
  .object({
    document: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), type: z.string(), title: z.string(), contentType: z.string(), size: z.number().int(), verifiedAt: z.string() }).passthrough(),
    projectVersion: z.number().int().nullable(),
  })
  .meta({ id: 'UploadCompleted' });

export const documentDownloadSchema = z
  .object({ url: z.string(), expiresInSeconds: z.number().int(), document: projectDocumentSchema })
  .meta({ id: 'DocumentDownload' });

export const benchBaselineSchema = z.object({ id: z.string(), version: z.number().int() }).meta({ id: 'BenchBaseline' });

export const reviewRecordedSchema = z
  .object({ id: z.string(), status: projectStatus, version: z.number().int(), blocking: z.array(anyObject), reviewerTasks: z.array(anyObject) })
  .passthrough()
  .meta({ id: 'ReviewRecorded' });

const packMeta = {
  id: z.string(), prefix: z.string(), version: z.string(), title: z.string(), sourceFile: z.string(), issuingBody: z.string().nullable(), status: z.string(),
  effectiveFrom: z.string().nullable(), effectiveUntil: z.string().nullable(), supersedes: z.string().nullable(), precedenceNote: z.string().nullable(), overrideAuthority: z.string(),
};
const packValidity = z.object({ status: z.string(), binding: z.boolean(), notice: z.string().nullable() }).passthrough();
const packCounts = z.object({ total: z.number().int(), implemented: z.number().int() }).passthrough();

export const rulePackListSchema = z.object({ items: z.array(z.object({ ...packMeta, validity: packValidity, counts: packCounts })) }).meta({ id: 'RulePackList' });

/**
 * One application form of a pack (申报类型 × 项目类别) as a client builds it: `items` are the named things the rules
 * require (document types, chapters, fields, reviews, authority records, dated records, filing fields), each placed
 * like a finding's remedy (kind, path, route, accepted names, supplier) with the rules (id, article) requiring it;
 * `inputs` are every fact path the rules read (`project.amountTotal`, `project.fields.系统接口`,
 * `project.documents[].chapters`, `filing.fields.*` for a rule listing the keys), with the ids of the rules reading it.
 * Derived from the rules themselves (docs/decisions/161-requirements-schema-derived-by-recording.md).
 */
export const requirementFormSchema = z
  .object({
    applicationKind: z.string(),
    category: z.string(),
    items: z.array(remedySchema.extend({ rules: z.array(z.object({ id: z.string(), article: z.string() })) })),
    inputs: z.array(z.object({ path: z.string(), rules: z.array(z.string()) })),
  })
  .meta({ id: 'RequirementForm', description: '申报要件清单(按申报类型与项目类别):规则要求的文件、章节、字段、审核意见等及其提交位置,和规则读取的每个输入' });

export const rulePackSchema = z
  .object({
    meta: z.object(packMeta),
    validity: packValidity,
    counts: packCounts,
    rules: z.array(z.object({ id: z.string(), function: z.string(), article: z.string(), keyPhrase: z.string(), check: z.string(), primaryCheck: z.string(), outcome: z.string(), implemented: z.boolean() }).passthrough()),
    requirements: z.array(requirementFormSchema).meta({ description: '申报要件清单,每种申报类型与项目类别一项;?kind=&category= 可筛选' }),
  })
  .passthrough()
  .meta({ id: 'RulePack' });

/** One project's chain: its event count, intact or not, and where it first breaks. */
export const projectChainSchema = z
  .object({ projectId: z.string(), events: z.number().int(), ok: z.boolean(), firstBreak: anyObject.nullable() })
  .meta({ id: 'ProjectChain' });

/** `?projectId=` verifies one chain; otherwise one page of the library (`nextCursor` continues). */
export const chainVerificationSchema = z
  .union([projectChainSchema, z.object({ projects: z.number().int(), events: z.number().int(), broken: z.array(projectChainSchema), nextCursor: z.string().nullable() }).meta({ id: 'LibraryChains' })])
  .meta({ id: 'ChainVerification' });

export const filingResultSchema = z
  .object({
    projectId: z.string(), type: z.string(), filedOn: isoDate, outcome: z.string(), recorded: z.boolean(), missing: z.array(z.string()), findings: z.array(reasonSchema),
    late: z.boolean(), packVersion: z.string(), binding: z.boolean(), notice: z.string().nullable(), filingId: z.string().optional(), flagsClosed: z.array(anyObject),
  })
  .passthrough()
  .meta({ id: 'FilingResult' });
