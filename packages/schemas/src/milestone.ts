/**
 * 验收跟踪 — POST /v1/projects/{id}/milestones: one milestone of the project's life after admission. Dates are
 * Asia/Shanghai calendar dates and may not lie in the future.
 */
import { z } from './zod.js';
import { yuanAmount } from './money.js';
import { boundedRecord, freeText, isoDate, text } from './text.js';

/** A system's stored id (`sys-` + 24 hex), derived from jurisdiction, department and the department's own code. */
const SYSTEM_KEY = /^sys-[0-9a-f]{24}$/;
export const isSystemKey = (ref: string): boolean => SYSTEM_KEY.test(ref);

/** A system as a caller names it: the department's own code (系统编号) or the stored id. */
const systemId = text(64).regex(/^[A-Za-z0-9_.:-]+$/, '系统编号只能包含字母、数字和 _ . : -');
/** A code a department gives a new system: never in the stored ids' form, so a reference is never ambiguous. */
const systemCode = systemId.refine((v) => !isSystemKey(v), '系统编号不能采用系统标识的格式(sys- 加 24 位十六进制)');

export const MILESTONE_TYPES = [
  'approval',
  'contract_signed',
  'construction_started',
  'trial_run_started',
  'trial_run_stable',
  'construction_completed',
  'preliminary_acceptance',
  'acceptance_application',
  'acceptance_passed',
  'acceptance_failed',
  'extension_requested',
  'extension_granted',
  'late_explanation',
  'operation_started',
  'self_evaluation_submitted',
  'post_evaluation_submitted',
  'annual_report_submitted',
  'payment_made',
  'system_stopped',
  'record',
] as const;

const base = { date: isoDate, note: freeText(1000).optional() };

const systemRegistration = z
  .object({
    /** The department's own code; the stored id is derived from it (GET /v1/systems/{id} answers both). */
    id: systemCode,
    name: text(200),
    kind: text(60).optional().meta({ example: '政务服务' }),
    omMode: z.enum(['自管', '集中运维', '外包运维']).optional(),
    deploymentTarget: text(100).optional(),
    freeOmEnd: isoDate.optional(),
  })
  .strict();

export const milestoneSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('approval'),
      ...base,
      approvedEstimate: yuanAmount.optional(),
      /** Opinions recorded with the approval (e.g. 省政务服务管理办公室审核意见: pass). */
      reviews: boundedRecord(text(60), z.enum(['pass', 'fail', 'pending']), 50).optional(),
      inAnnualPlan: z.boolean().optional(),
    }).strict(),
    z.object({ type: z.literal('contract_signed'), ...base, contractAcceptanceDue: isoDate.optional(), contractEnd: isoDate.optional() }).strict(),
    z.object({ type: z.literal('construction_started'), ...base }).strict(),
    z.object({ type: z.literal('trial_run_started'), ...base }).strict(),
    z.object({ type: z.literal('trial_run_stable'), ...base }).strict(),
    z.object({ type: z.literal('construction_completed'), ...base }).strict(),
    z.object({ type: z.literal('preliminary_acceptance'), ...base }).strict(),
    z.object({ type: z.literal('acceptance_application'), ...base }).strict(),
    z.object({ type: z.literal('acceptance_passed'), ...base, organiser: z.enum(['项目审批部门', '项目建设单位']).optional() }).strict(),
    z.object({ type: z.literal('acceptance_failed'), ...base }).strict(),
    z.object({ type: z.literal('extension_requested'), ...base, requestedUntil: isoDate.optional() }).strict(),
    z.object({ type: z.literal('extension_granted'), ...base, extendedTo: isoDate }).strict(),
    z.object({ type: z.literal('late_explanation'), ...base, committedDate: isoDate.optional() }).strict(),
    z.object({ type: z.literal('operation_started'), ...base, formal: z.boolean().optional(), system: systemRegistration.optional() }).strict(),
    z.object({ type: z.literal('self_evaluation_submitted'), ...base, recipient: z.enum(['approver', 'finance', 'both']).default('both') }).strict(),
    z.object({ type: z.literal('post_evaluation_submitted'), ...base }).strict(),
    z.object({ type: z.literal('annual_report_submitted'), ...base, year: z.number().int().min(2000).max(2100) }).strict(),
    z.object({ type: z.literal('payment_made'), ...base, amount: yuanAmount }).strict(),
    z.object({ type: z.literal('system_stopped'), ...base, systemId }).strict(),
    /** A named record the post-admission rules read (财政投资评审核定金额, 节余资金已退回 …): money in 元 as `amount`, anything else as `value`. */
    z
      .object({
        type: z.literal('record'),
        ...base,
        name: text(60),
        value: z.union([text(500), z.boolean(), z.number().int().min(0).max(1200)]).optional(),
        amount: yuanAmount.optional(),
      })
      .strict()
      .refine((r) => (r.value === undefined) !== (r.amount === undefined), { message: '须且只能提供 value 或 amount 之一', path: ['value'] }),
  ])
  .meta({ id: 'Milestone' });

export type MilestoneRequest = z.output<typeof milestoneSchema>;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];
