import { z } from './zod.js';

/** Largest amount accepted: 1000亿元, far above any project, far below float and safe-integer trouble. */
const MAX_FEN = 100_000_000_000 * 100;
const MONEY_MESSAGE = '金额应为以元为单位、最多两位小数的非负数,如 "600000.00"';

/**
 * Money in 元 as a JSON string `"600000.00"` with at most two decimals, converted to integer fen (分) so that
 * 600,000.00 and 599,999.99 compare exactly. A JSON number is refused: it has already passed through a binary
 * float (0.1 + 0.2, 1e-8) before it reaches this code, so the amount the client meant cannot be known.
 */
export const yuanAmount = z
  .string({ message: MONEY_MESSAGE })
  .transform((v, ctx) => {
    const text = v.trim();
    const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: MONEY_MESSAGE });
      return z.NEVER;
    }
    const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    if (fen > MAX_FEN) {
      ctx.addIssue({ code: 'custom', message: '金额超出允许范围(不超过1000亿元)' });
      return z.NEVER;
    }
    return fen;
  })
  .meta({ type: 'string', example: '600000.00', description: '金额(元),字符串,最多两位小数' });

/** fen → "600000.00" for responses. */
export function formatYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Money in an answer: 元 with exactly two decimals, as `formatYuan` writes it. */
export const yuanString = z
  .string()
  .regex(/^\d{1,12}\.\d{2}$/)
  .meta({ id: 'Yuan', example: '600000.00', description: '金额(元),字符串,两位小数' });
