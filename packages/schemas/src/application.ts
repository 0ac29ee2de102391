/**
 * 项目申报 — the application a department submits (POST /v1/projects). Jurisdiction and department come from the
 * caller's token, never from the body, so a department cannot file for another.
 */
import { storableNumber, z } from './zod.js';
import { yuanAmount } from './money.js';
import { boundedRecord, freeText, isoDate, text } from './text.js';


export const categorySchema = z.enum([
  'build', 'procure_service', 'om', 'gov_invest_build', 'gov_purchase_service', 'maintenance',
  'dev_service', 'om_service', 'support_service',
]);
export const subtypeSchema = z.enum(['new', 'continuation', 'upgrade', 'expansion', 'enhancement']);
export const fundingSourceSchema = z.enum(['local_fiscal', 'upper_fiscal', 'self_raised', 'social_capital', 'soe_own']);

export const documentSchema = z
  .object({
    type: text(60).meta({ example: '实施方案' }),
    title: text(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为64位小写十六进制'),
    chapters: z.array(text(100)).max(100).default([]),
  })
  .strict();

export const dataResourceSchema = z
  .object({
    name: text(200),
    source: text(200).optional(),
    format: text(60).optional(),
    updateFrequency: text(60).optional(),
    classification: text(60).optional(),
    grade: text(60).optional(),
    sharingType: text(60).optional(),
    openingType: text(60).optional(),
    attributes: boundedRecord(text(60), freeText(500), 50).optional(),
  })
  .strict();

export const lineItemSchema = z
  .object({
    type: text(100),
    amount: yuanAmount,
    fundingClass: text(60).optional(),
    standaloneNew: z.boolean().optional(),
    linkedToOfficeBuildingWorks: z.boolean().optional(),
  })
  .strict();

export const applicationSchema = z
  .object({
    name: text(200).meta({ example: '政务服务事项管理系统' }),
    applicant: z
      .object({
        type: text(60).meta({ example: '区直部门' }),
        level: z.enum(['province', 'city', 'district', 'county']).optional(),
        independentLegalPerson: z.boolean().optional(),
        firstLevelBudgetUnit: z.boolean().optional(),
        isSubordinateUnit: z.boolean().optional(),
        viaCompetentDepartment: z.boolean().optional(),
        name: text(200).optional(),
      })
      .strict(),
    category: categorySchema,
    subtype: subtypeSchema,
    deliveryMode: z.enum(['build', 'procure_service', 'purchase_service', 'om']).optional(),
    objectType: text(100).optional(),
    tier: text(60).optional(),
    amounts: z
      .object({
        total: yuanAmount,
        estimate: yuanAmount.optional(),
        budget: yuanAmount.optional(),
        originalInvestment: yuanAmount.optional(),
        priorUpgradesLast12Months: yuanAmount.optional(),
      })
      .strict(),
    fundingSources: z.array(fundingSourceSchema).min(1).max(5),
    fundingModel: z.enum(['gov_funded', 'gov_enterprise', 'gov_opportunity_social']).optional(),
    fundingMode: z.enum(['gov_invest', 'gov_enterprise_joint', 'purchase_service', 'gov_funded_om']).optional(),
    targetYear: z.number().int().min(2000).max(2100),
    servicePeriodMonths: z.number().int().min(1).max(600).optional(),
    projectCode: text(64).optional(),
    implementingBody: text(200).optional(),
    responsiblePerson: text(100).optional(),
    deploymentTarget: text(100).optional(),
    origin: z.enum(['upper_required', 'county_gov_decided', 'unit_applied']).optional(),
    /** Which application this is in the jurisdiction's pipeline (入库申请, 审批申请, 需求方案, 服务方案, 立项申请, 规划审核). */
    applicationKind: z.enum(['入库申请', 'approval_application', '需求方案', '服务方案', '立项申请', '规划审核']).optional(),
    omKind: z.enum(['new', 'renewal']).optional(),
    flags: boundedRecord(z.string().regex(/^[a-zA-Z]{1,40}$/, '标志名应为英文字母'), z.boolean(), 100).default({}),
    documents: z.array(documentSchema).max(100).default([]),
    dataResources: z.array(dataResourceSchema).max(200).default([]),
    lineItems: z.array(lineItemSchema).max(500).optional(),
    existingSystems: z.array(text(64)).max(100).optional(),
    fields: boundedRecord(text(60), z.union([freeText(2000), z.boolean(), storableNumber]), 200).optional(),
    dates: boundedRecord(z.string().regex(/^[a-zA-Z]{1,40}$/, '日期名应为英文字母'), isoDate, 50).optional(),
  })
  .strict()
  .meta({ id: 'Application' });

export type Application = z.output<typeof applicationSchema>;
