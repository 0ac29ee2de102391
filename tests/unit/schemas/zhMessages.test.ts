/**
 * Every zod issue code answers in Chinese: the schemas of the API are parsed with inputs that raise each code (and
 * each origin of the size codes), and no message may carry zod's English type or origin names.
 */
import { describe, expect, it } from 'vitest';
import { applicationSchema, z } from '@gov/schemas';

type Code = z.core.$ZodIssueCode;
const CODES = ['invalid_type', 'too_big', 'too_small', 'invalid_format', 'not_multiple_of', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element', 'invalid_value', 'custom'] as const;
// Fails to compile when zod gains an issue code this test does not walk.
const exhaustive: [Exclude<Code, (typeof CODES)[number]>] extends [never] ? true : false = true;

const ENGLISH = /\b(string|number|int|bigint|boolean|symbol|undefined|null|array|object|tuple|record|map|set|file|date|nan|function|instanceof|expected|received|invalid|value|input|nonoptional)\b/i;
const HAN = /[\u4e00-\u9fff]/;

const cases: [string, z.ZodType, unknown][] = [
  ['invalid_type: missing', z.object({ a: z.string() }), {}],
  ['invalid_type: wrong kind', z.object({ a: z.number() }), { a: 'x' }],
  ['invalid_type: array for object', z.object({ a: z.object({}) }), { a: [] }],
  ['invalid_type: null', z.boolean(), null],
  ['invalid_type: class', z.instanceof(Date), 'x'],
  ['too_small: array', z.array(z.string()).min(1), []],
  ['too_small: string', z.string().min(2), 'a'],
  ['too_small: number inclusive', z.number().min(0), -1],
  ['too_small: number exclusive', z.number().gt(0), 0],
  ['too_small: int', z.int().min(1), 0],
  ['too_small: bigint', z.bigint().min(1n), 0n],
  ['too_small: date', z.date().min(new Date('2026-01-01')), new Date('2025-01-01')],
  ['too_small: set', z.set(z.string()).min(1), new Set()],
  ['too_big: array', z.array(z.string()).max(1), ['a', 'b']],
  ['too_big: string', z.string().max(1), 'ab'],
  ['too_big: number exclusive', z.number().lt(1), 1],
  ['too_big: map', z.map(z.string(), z.string()).max(0), new Map([['k', 'v']])],
  ['invalid_format: regex', z.string().regex(/^\d+$/), 'x'],
  ['invalid_format: email', z.email(), 'x'],
  ['invalid_format: starts_with', z.string().startsWith('P-'), 'x'],
  ['invalid_format: ends_with', z.string().endsWith('-Z'), 'x'],
  ['invalid_format: includes', z.string().includes('/'), 'x'],
  ['invalid_format: iso date', z.iso.date(), '2026-13-40'],
  ['not_multiple_of', z.number().multipleOf(5), 3],
  ['unrecognized_keys', z.object({}).strict(), { extra: 1 }],
  ['invalid_union', z.union([z.string(), z.number()]), true],
  ['invalid_key', z.record(z.string().regex(/^[a-z]+$/), z.number()), { A1: 1 }],
  ['invalid_element', z.map(z.object({}), z.number()), new Map([[{}, 'v']])],
  ['invalid_value: one', z.literal('yes'), 'no'],
  ['invalid_value: several', z.enum(['build', 'om']), 'x'],
  ['custom', z.string().refine(() => false), 'x'],
];

describe('validation messages in Chinese', () => {
  it('the walk covers every issue code zod has', () => {
    expect(exhaustive).toBe(true);
    const seen = new Set<string>();
    for (const [, schema, input] of cases) for (const i of schema.safeParse(input).error?.issues ?? []) seen.add(i.code);
    expect([...seen].sort()).toEqual([...CODES].sort());
  });

  it.each(cases)('%s', (_name, schema, input) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) {
      expect(issue.message).toMatch(HAN);
      expect(issue.message).not.toMatch(ENGLISH);
    }
  });

  it('the reported case: an empty list that needs one item', () => {
    const r = z.object({ fundingSources: z.array(z.string()).min(1) }).safeParse({ fundingSources: [] });
    expect(r.error?.issues[0].message).toBe('列表至少应有 1 项');
  });

  it('a whole application with every kind of mistake answers only in Chinese', () => {
    const r = applicationSchema.safeParse({ name: '', category: 'x', amounts: { total: 5 }, fundingSources: [], documents: 'x', extra: 1, dates: { '1': 'x' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.length).toBeGreaterThan(3);
    for (const issue of r.error!.issues) {
      expect(issue.message).toMatch(HAN);
      expect(issue.message).not.toMatch(ENGLISH);
    }
  });
});
