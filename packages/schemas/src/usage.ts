/** 系统使用情况 — POST /v1/systems/{id}/usage, and the bureau's determinations on a system (POST /v1/systems/{id}/status). */
import { z } from './zod.js';
import { freeText, isoDate, text } from './text.js';

const count = z.number().int().min(0).max(1_000_000_000);

export const usageReportSchema = z
  .object({
    periodStart: isoDate,
    periodEnd: isoDate,
    activeUsers: count,
    transactions: count,
    note: freeText(1000).optional(),
  })
  .strict()
  .refine((b) => b.periodStart <= b.periodEnd, { message: '统计期起始日期不能晚于结束日期', path: ['periodEnd'] })
  .meta({ id: 'UsageReport' });
export type UsageReport = z.output<typeof usageReportSchema>;

/** 区政数局 (or the jurisdiction's authority) determinations that the gate's Q2 rules read (A-05: status is confirmed by a reviewer). */
export const systemStatusSchema = z
  .object({
    status: z.enum(['running', 'stopped', 'zombie', 'long_unused']).optional(),
    interconnected: z.boolean().optional(),
    dataAggregated: z.boolean().optional(),
    dataShared: z.boolean().optional(),
    shareableData: z.boolean().optional(),
    duplicateCollection: z.boolean().optional(),
    duplicateBuild: z.boolean().optional(),
    onGovServicePlatform: z.boolean().optional(),
    requiresGovServicePlatform: z.boolean().optional(),
    onOfficePlatform: z.boolean().optional(),
    onSharingPlatform: z.boolean().optional(),
    usageLow: z.boolean().optional(),
    cryptoCompliant: z.boolean().optional(),
    cybersecurityCompliant: z.boolean().optional(),
    majorSecurityHazard: z.boolean().optional(),
    domesticCryptoDeployed: z.boolean().optional(),
    classified: z.boolean().optional(),
    lastEvaluation: z.enum(['合格', '不合格']).optional(),
    rectificationAccepted: z.boolean().optional(),
    hasProcurementRecord: z.boolean().optional(),
    inAnnualCatalogue: z.boolean().optional(),
    lastAssessment: isoDate.optional(),
    reason: text(1000),
    documentRef: text(200).optional(),
  })
  .strict()
  .meta({ id: 'SystemStatus' });
export type SystemStatusRequest = z.output<typeof systemStatusSchema>;
