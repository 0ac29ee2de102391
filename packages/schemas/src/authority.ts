/** 其他机关的意见、批准、列入年度计划、备案回执 — an authority record (POST /v1/projects/{id}/authority-records). */
import { z } from './zod.js';
import { freeText, isoDate, text } from './text.js';
import { idempotencyHeaders } from './idempotency.js';
import { declareRoutes } from './declareRoutes.js';
import { lifecycleSchema } from './responses.js';

export const AUTHORITY_RECORD_KINDS = ['opinion', 'approval', 'annual_plan', 'filing_receipt'] as const;

export const authorityRecordSchema = z
  .object({
    name: text(60).meta({ description: '记录名称,即规则读取的名称,如 "省政务服务管理办公室审核意见"(各辖区可记录的名称见 docs/milestone-roles.md)' }),
    kind: z.enum(AUTHORITY_RECORD_KINDS).meta({ description: 'opinion 意见 / approval 批准 / annual_plan 列入年度计划 / filing_receipt 备案回执' }),
    authority: text(60).optional().meta({ description: '出具机关;缺省为该记录名称对应的机关' }),
    date: isoDate.meta({ description: '机关出具日期,不得晚于今天' }),
    result: z.enum(['pass', 'fail']).default('pass').meta({ description: 'pass 同意/列入 / fail 不同意' }),
    document: z
      .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为64位小写十六进制') })
      .strict()
      .meta({ description: '证明文件:已上传并核验、关联本项目的文件(POST /v1/documents/uploads 时填 projectId)' }),
    note: freeText(2000).optional(),
  })
  .strict()
  .meta({ id: 'AuthorityRecordInput' });

export type AuthorityRecordBody = z.output<typeof authorityRecordSchema>;

/** 重新打开已结束的审核事项 (POST /v1/projects/{id}/reviews/{item}/reopen). */
export const reviewReopenSchema = z
  .object({ reason: text(500).meta({ description: '重新打开的理由(项目单位可在事件与详情中看到)' }) })
  .strict()
  .meta({ id: 'ReviewReopenInput' });

export type ReviewReopenBody = z.output<typeof reviewReopenSchema>;

const authorityRecordOut = z
  .object({
    id: z.string(), name: z.string(), kind: z.enum(AUTHORITY_RECORD_KINDS), authority: z.string(), article: z.string(), date: z.string(),
    result: z.enum(['pass', 'fail']), document: z.object({ sha256: z.string(), type: z.string() }), note: z.string().optional(),
    recordedBy: z.string(), recordedAt: z.string(),
  })
  .meta({ id: 'AuthorityRecord' });

export const authorityRecordedSchema = z
  .object({ projectId: z.string(), version: z.number().int(), status: z.string(), record: authorityRecordOut, lifecycle: lifecycleSchema })
  .meta({ id: 'AuthorityRecorded' });

export const reviewReopenedSchema = z
  .object({ projectId: z.string(), version: z.number().int(), item: z.string(), reason: z.string(), reopenedBy: z.string(), on: z.string(), reopened: z.array(z.string()) })
  .meta({ id: 'ReviewReopened' });

/** Authority records and reopened reviews (issue 10 §2): served by acceptance-tracker. */
export const authorityRoutes = declareRoutes({
  'POST /v1/projects/{id}/authority-records': {
    summary: '记录其他机关的意见、批准、列入年度计划或备案回执(附已核验的证明文件),成为项目事件并设定规则读取的事实;入库前后均可(谁可记录哪一项见 docs/milestone-roles.md)',
    roles: ['department', 'bureau'], body: authorityRecordSchema, headers: idempotencyHeaders, errors: [409, 422],
    success: { status: 201, description: '已记录的机关记录与新的生命周期', schema: authorityRecordedSchema },
  },
  'GET /v1/projects/{id}/authority-records': {
    summary: '项目的机关记录(意见、批准、列入年度计划、备案回执),最早的在前',
    roles: ['department', 'bureau', 'auditor', 'admin'],
    success: { status: 200, description: '机关记录', schema: z.object({ items: z.array(authorityRecordOut) }).meta({ id: 'AuthorityRecordList' }) },
  },
  'POST /v1/projects/{id}/reviews/{item}/reopen': {
    summary: '审核人员说明理由后重新打开已入库项目的一个审核事项(规则编号或具名审核意见),之后可再次记录审核意见',
    roles: ['bureau'], body: reviewReopenSchema, headers: idempotencyHeaders, errors: [409],
    success: { status: 201, description: '已重新打开的事项与理由', schema: reviewReopenedSchema },
  },
});
