/** 备案 — POST /v1/filings: contract, acceptance, change, stop-operation, annual catalogue, other-channel filings. */
import { storableNumber, z } from './zod.js';
import { yuanAmount } from './money.js';
import { lineItemSchema } from './application.js';
import { boundedRecord, freeText, isoDate, text } from './text.js';


export const FILING_TYPES = ['contract', 'acceptance', 'change', 'stop_operation', 'annual_catalogue', 'other_channel', 'upstream_approval'] as const;

export const filingSchema = z
  .object({
    type: z.enum(FILING_TYPES),
    projectId: text(100).regex(/^[A-Za-z0-9_.:-]+$/, '项目编号格式不正确'),
    /** The day it was filed; defaults to today (Asia/Shanghai). */
    filedOn: isoDate.optional(),
    /** Named contents of the filing (合同文本, 质保期 …) as the catalogue names them. */
    fields: boundedRecord(text(60), z.union([freeText(2000), storableNumber, z.boolean()]), 200).default({}),
    /** Names of the attached documents (竣工验收备案表, 项目建设总结 …). */
    attachments: z.array(text(100)).max(100).default([]),
    contractItems: z.array(lineItemSchema).max(200).optional(),
    change: z
      .object({
        newTotal: yuanAmount,
        adjustAmount: yuanAmount,
        goalUnchanged: z.boolean(),
        reason: z.enum(['一', '二', '三']).optional(),
        approvalsComplete: z.boolean().optional(),
        changedAspects: z.array(text(60)).max(20).optional(),
      })
      .strict()
      .optional(),
    /** stop_operation: the planned stop date; annual_catalogue: the catalogue year. */
    plannedStop: isoDate.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    systemId: text(64).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.type === 'change' && !b.change) ctx.addIssue({ code: 'custom', message: '变更备案须填写 change(调整后总投资、资金调整数额、建设目标是否不变)', path: ['change'] });
    if (b.type === 'stop_operation' && !b.plannedStop) ctx.addIssue({ code: 'custom', message: '停运报备须填写计划停止运行日期 plannedStop', path: ['plannedStop'] });
    if (b.type === 'annual_catalogue' && b.year === undefined) ctx.addIssue({ code: 'custom', message: '年度目录备案须填写年度 year', path: ['year'] });
  })
  .meta({ id: 'Filing' });

export type FilingRequest = z.output<typeof filingSchema>;
