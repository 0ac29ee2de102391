/**
 * Strings, dates and records every schema shares, each with a bound: the stored project item and its event must stay
 * under DynamoDB's 400 KB (docs/decisions/040-input-bounds.md), and no stored text may carry characters that make
 * a name look like another one or break a log line.
 */
import { z } from './zod.js';

/** NUL and the other C0/C1 controls; free text may still carry tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\t\n\r]/;
/** A high surrogate without its low half, or a low one without its high half: not text in any encoding. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Bidirectional embeddings, overrides and isolates (Trojan Source): they reorder what a reviewer reads. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Characters that print as nothing: a name made only of them looks empty or like another name. */
const INVISIBLE = /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]/gu;

export const TEXT_MESSAGES = {
  control: '不能包含控制字符(如 NUL)',
  surrogate: '包含无效的 Unicode 字符(孤立代理项)',
  bidi: '不能包含文字方向控制字符',
  invisible: '不能只由空白或不可见字符组成',
} as const;

function check(v: string, ctx: z.RefinementCtx, allowLineBreaks: boolean): void {
  const bad = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (LONE_SURROGATE.test(v)) bad(TEXT_MESSAGES.surrogate);
  if (CONTROL.test(v) || (!allowLineBreaks && LINE_BREAK.test(v))) bad(TEXT_MESSAGES.control);
  if (BIDI.test(v)) bad(TEXT_MESSAGES.bidi);
}

/** A name or short label: trimmed, 1..max characters, one line, something visible in it. */
export const text = (max: number) =>
  z.string().trim().min(1).max(max).superRefine((v, ctx) => {
    check(v, ctx, false);
    if (v.replace(INVISIBLE, '') === '') ctx.addIssue({ code: 'custom', message: TEXT_MESSAGES.invisible });
  });

/** Free text (notes, comments, field values): up to max characters, line breaks allowed, may be empty. */
export const freeText = (max: number) => z.string().trim().max(max).superRefine((v, ctx) => check(v, ctx, true));

/** The range of dates any record of this system can carry; outside it a date is a typo or a probe. */
export const MIN_DATE = '1990-01-01';
export const MAX_DATE = '2100-12-31';

export const isoDate = z.iso
  .date({ message: '日期格式应为 YYYY-MM-DD' })
  .refine((d) => d >= MIN_DATE && d <= MAX_DATE, { message: `日期应在 ${MIN_DATE} 至 ${MAX_DATE} 之间` });

/** A record with at most `max` keys (zod's record has no size bound of its own). */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number) {
  return z.record(key, value).refine((r) => Object.keys(r).length <= max, { message: `最多 ${max} 项` });
}
