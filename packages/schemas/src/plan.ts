/**
 * 年度计划 — the plan cycle's requests (issue 14): the call, draft lines, finance's envelope, approvals by the named
 * bodies, issue, adjustment and temporary additions. Amounts in 元 strings, turned into integer fen here.
 */
import { z } from './zod.js';
import { yuanAmount, yuanString } from './money.js';
import { fundingSourceSchema } from './application.js';
import { declareRoutes } from './declareRoutes.js';
import { idempotencyHeaders } from './idempotency.js';
import { eventSchema } from './responses.js';

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字符`);
const isoDate = z.iso.date({ message: '日期格式应为 YYYY-MM-DD' });
const projectId = text(100).regex(/^[A-Za-z0-9_.:-]+$/, '项目编号只能包含字母、数字和 _ . : -');
const reason = text(500).meta({ example: '按轻重缓急列入年度计划' });
const documentRef = text(200).meta({ example: '毕府批〔2026〕9号' });

export const planCallSchema = z
  .object({
    year: z.number({ message: '计划年度应为整数' }).int('计划年度应为整数').min(2020, '计划年度不早于2020年').max(2100, '计划年度不晚于2100年'),
    cutoffs: z.array(z.object({ batch: text(40), date: isoDate }).strict()).min(1).max(4).optional(),
  })
  .strict()
  .meta({ id: 'PlanCall' });

export const planLineSchema = z
  .object({ projectId, amount: yuanAmount, fundingSource: fundingSourceSchema, reason })
  .strict()
  .meta({ id: 'PlanLine' });

export const planLineRemovalSchema = z.object({ projectId, reason }).strict();

export const planEnvelopeSchema = z.object({ amount: yuanAmount, on: isoDate, documentRef }).strict().meta({ id: 'PlanEnvelope' });

export const planSubmissionSchema = z.object({ reason }).strict();

export const planApprovalSchema = z
  .object({
    body: text(60).meta({ example: '市人民政府' }),
    decision: z.enum(['approved', 'rejected'], { message: '审定结论应为 approved 或 rejected' }),
    on: isoDate,
    documentRef,
    comment: text(1000).optional(),
  })
  .strict()
  .meta({ id: 'PlanApproval' });

export const planIssueSchema = z.object({ on: isoDate.optional() }).strict();

export const planAdjustmentSchema = z.object({ reason }).strict();

export const planTemporarySchema = z
  .object({ projectId, amount: yuanAmount, fundingSource: fundingSourceSchema, reason, body: text(60).meta({ example: '区委常委会' }), on: isoDate, documentRef })
  .strict()
  .meta({ id: 'PlanTemporaryAddition' });

const planLineOut = z.object({ projectId: z.string(), departmentId: z.string(), category: z.string(), amount: yuanString, fundingSource: z.string() }).passthrough();
const editionOut = z.object({ edition: z.number().int(), lines: z.array(planLineOut), envelope: z.object({ amount: yuanString }).passthrough().optional() }).passthrough();
const totalsOut = z.object({ total: yuanString }).passthrough();

/** 年度计划 as answered: editions with their lines and totals, every amount a 元 string. */
export const planOutSchema = z
  .object({ id: z.string(), jurisdiction: z.string(), year: z.number().int(), draft: editionOut.optional(), issued: editionOut.optional(), draftTotals: totalsOut.optional(), issuedTotals: totalsOut.optional() })
  .passthrough()
  .meta({ id: 'Plan' });

const reportRow = z.object({ key: z.string(), planned: yuanString, library: yuanString, paid: yuanString });
export const planReportSchema = z
  .object({ planId: z.string(), year: z.number().int(), edition: z.number().int().optional(), byDepartment: z.array(reportRow), byCategory: z.array(reportRow) })
  .meta({ id: 'PlanReport' });

const plan = { status: 200 as const, description: '年度计划(金额为元字符串)', schema: planOutSchema };
const OFFICES = ['bureau', 'finance', 'auditor', 'admin'] as const;

/** Served by plans. */
export const planRoutes = declareRoutes({
  'POST /v1/plan-calls': { summary: '开始年度计划征集(截止日期按辖区办法)', roles: ['bureau'], body: planCallSchema, headers: idempotencyHeaders, success: { status: 201, description: '新的年度计划(征集中,第1版草案)', schema: planOutSchema } },
  'GET /v1/plans/{id}': { summary: '年度计划:草案、已下达版本、合计;部门只看本部门已下达项目', roles: ['department', ...OFFICES], success: plan },
  'GET /v1/plans/{id}/events': { summary: '年度计划事件日志(谁、何时、为何;哈希链)', roles: [...OFFICES], success: { status: 200, description: '事件', schema: z.object({ items: z.array(eventSchema) }) } },
  'PUT /v1/plans/{id}/lines': { summary: '列入或修改草案中的项目(项目库中的项目)', roles: ['bureau'], body: planLineSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/line-removals': { summary: '从草案中撤出项目', roles: ['bureau'], body: planLineRemovalSchema, headers: idempotencyHeaders, success: plan },
  'PUT /v1/plans/{id}/envelope': { summary: '财政部门确定资金规模', roles: ['finance'], body: planEnvelopeSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/submissions': { summary: '草案报送审定(合计不得超过资金规模)', roles: ['bureau'], body: planSubmissionSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/approvals': { summary: '记录审定机关的决定(按办法规定的顺序)', roles: ['admin'], body: planApprovalSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/issue': { summary: '下达年度计划(下达后不可修改)', roles: ['bureau'], body: planIssueSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/adjustments': { summary: '发起动态调整(新版本,须重新审定)', roles: ['bureau'], body: planAdjustmentSchema, headers: idempotencyHeaders, success: plan },
  'POST /v1/plans/{id}/temporary-additions': { summary: '临时追加项目(记录批准机关与依据)', roles: ['bureau'], body: planTemporarySchema, headers: idempotencyHeaders, success: plan },
  'GET /v1/plans/{id}/report': { summary: '计划、项目库、已支付对比(按部门、按类别)', roles: [...OFFICES], success: { status: 200, description: '对比表(元)', schema: planReportSchema } },
  'GET /v1/plans/{id}/workbook': { summary: '导出年度计划 XLSX(审定会议版式)', roles: [...OFFICES], success: { status: 200, description: 'XLSX 文件', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
  'GET /v1/plans/{id}/print': { summary: '年度计划打印页(HTML)', roles: [...OFFICES], success: { status: 200, description: 'HTML 页面', contentType: 'text/html' } },
});
