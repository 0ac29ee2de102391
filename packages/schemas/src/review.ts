/** 审核意见 — what a bureau reviewer records (POST /v1/projects/{id}/reviews). */
import { z } from './zod.js';
import { boundedRecord, freeText, text } from './text.js';

export const reviewSchema = z
  .object({
    decisions: z
      .array(
        z
          .object({
            ruleId: z.string().regex(/^(HS|BJ|JJ|SD|XC)-[A-Za-z0-9-]{2,60}$/, '规则编号格式不正确,如 HS-06-1-upgrade-instead'),
            result: z.enum(['pass', 'fail', 'na']),
            comment: freeText(2000).optional(),
          })
          .strict(),
      )
      .max(200)
      .default([]),
    reviews: boundedRecord(text(60), z.enum(['pass', 'fail', 'pending']), 50)
      .default({})
      .meta({ description: '具名审核意见,如 {"前置审核":"pass","造价审核":"pass"}' }),
  })
  .strict()
  .refine((r) => r.decisions.length > 0 || Object.keys(r.reviews).length > 0, { message: '至少需要一条审核决定或审核意见', path: ['decisions'] })
  .meta({ id: 'ReviewInput' });

export type ReviewBody = z.output<typeof reviewSchema>;
