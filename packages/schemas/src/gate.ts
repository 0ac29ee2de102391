/**
 * 资金闸口 — POST /v1/budget-gate/checks (finance): Q1 "may this payment be made to this project" and Q2 "may O&M
 * funds be budgeted for this system in year Y"; POST /v1/budget-gate/overrides and /decisions (bureau, admin).
 */
import { z } from './zod.js';
import { yuanAmount } from './money.js';
import { fundingSourceSchema, lineItemSchema } from './application.js';
import { freeText, isoDate, text } from './text.js';

const id = text(100).regex(/^[A-Za-z0-9_.:-]+$/, '编号只能包含字母、数字和 _ . : -');
const fiscalYear = z.number().int().min(2000).max(2100);

export const paymentCheckSchema = z
  .object({
    question: z.literal('payment'),
    projectId: id,
    amount: yuanAmount,
    purpose: z.enum(['construction', 'final_instalment', 'om', 'service', 'other']),
    fiscalYear,
    channel: text(60).optional().meta({ example: '国库集中支付' }),
    fundingSource: fundingSourceSchema.optional(),
    lineItems: z.array(lineItemSchema).max(200).optional(),
    thirdPartyCloudRenewal: z.boolean().optional(),
    lowerLevelPortion: z.boolean().optional(),
    outsideApprovedScope: z.boolean().optional(),
  })
  .strict();

export const omCheckSchema = z
  .object({
    question: z.literal('om'),
    systemId: id,
    amount: yuanAmount,
    fiscalYear,
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    lineItems: z.array(lineItemSchema).max(200).optional(),
    reviewOpinion: z.object({ result: z.enum(['pass', 'fail']), amount: yuanAmount.optional() }).strict().optional(),
    standardAmount: yuanAmount.optional(),
    thirdPartyCloudRenewal: z.boolean().optional(),
  })
  .strict()
  .refine((b) => !b.periodStart || !b.periodEnd || b.periodStart <= b.periodEnd, { message: '运维期起始日期不能晚于结束日期', path: ['periodEnd'] });

export const gateCheckSchema = z.discriminatedUnion('question', [paymentCheckSchema, omCheckSchema]).meta({ id: 'GateCheck' });
export type GateCheckRequest = z.output<typeof gateCheckSchema>;

/** The subject of an override or decision: a project (Q1) or a system (Q2). */
const subject = {
  projectId: id.optional(),
  systemId: id.optional(),
};
const oneSubject = (b: { projectId?: string; systemId?: string }) => (b.projectId === undefined) !== (b.systemId === undefined);
const ONE_SUBJECT = { message: '须且只能填写 projectId 或 systemId 之一', path: ['projectId'] };

/** 原则上 … : an authorised exception to an OVERRIDABLE rule, with reason and document (A-06, HS-40). */
export const gateOverrideSchema = z
  .object({
    ...subject,
    ruleId: text(80),
    reason: text(1000),
    documentRef: text(200).meta({ example: '红政数函〔2026〕12号' }),
    authority: text(200).optional(),
  })
  .strict()
  .refine(oneSubject, ONE_SUBJECT)
  .meta({ id: 'GateOverride' });
export type GateOverrideRequest = z.output<typeof gateOverrideSchema>;

/** A reviewer's decision on a gate judgement item (CHECK), e.g. HS-14-sharing-basis, SD-28-sharing-basis. */
export const gateDecisionSchema = z
  .object({
    ...subject,
    ruleId: text(80),
    result: z.enum(['pass', 'fail', 'na']),
    comment: freeText(1000).optional(),
  })
  .strict()
  .refine(oneSubject, ONE_SUBJECT)
  .meta({ id: 'GateDecision' });
export type GateDecisionRequest = z.output<typeof gateDecisionSchema>;
