/**
 * Issue 15: hostile or careless input never reaches storage. Names without control, bidi or lone-surrogate
 * characters and with something visible; dates in 1990..2100; every record bounded; the probe's oversized inputs
 * refused with a path and a Chinese message.
 */
import { describe, expect, it } from 'vitest';
import { applicationSchema, filingSchema, isoDate, milestoneSchema, reviewSchema, text, freeText } from '@gov/schemas';

const sha = 'a'.repeat(64);
const app = (over: Record<string, unknown> = {}) => ({
  name: '红山区政务服务事项管理系统', applicant: { type: '区直部门' }, category: 'build', subtype: 'new',
  amounts: { total: '580000.00' }, fundingSources: ['local_fiscal'], targetYear: 2027,
  documents: [{ type: '申请入库文件', title: '入库申请', sha256: sha }], ...over,
});

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

describe('names and free text', () => {
  it.each([
    ['NUL', 'a\u0000b', /控制字符/],
    ['line feed in a name', 'a\nb', /控制字符/],
    ['a lone high surrogate', 'a\ud800b', /代理项/],
    ['a lone low surrogate', '\udc00系统', /代理项/],
    ['a right-to-left override', '系统\u202e名称', /方向控制/],
    ['a first-strong isolate', '\u2068系统', /方向控制/],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff', /不可见/],
    ['only a word joiner and a space', '\u2060 ', /不可见/],
  ])('refuses a name with %s', (_what, value, message) => {
    const r = text(200).safeParse(value);
    expect(r.success).toBe(false);
    expect(issues(r).map((i) => i.message).join(' ')).toMatch(message);
  });

  it.each(['政务服务系统', 'System A', '系统\u200b名称', '😀 表情', 'a'.repeat(200)])('accepts %s', (value) => {
    expect(text(200).safeParse(value).success).toBe(true);
  });

  it('free text keeps line breaks but refuses NUL and bidi overrides', () => {
    expect(freeText(100).safeParse('第一行\n第二行\t完').success).toBe(true);
    expect(freeText(100).safeParse('a\u0000').success).toBe(false);
    expect(freeText(100).safeParse('a\u202d').success).toBe(false);
  });

  it('the application name is checked too, with its path', () => {
    expect(issues(applicationSchema.safeParse(app({ name: '\u200b\u200b' })))).toEqual([{ path: 'name', message: expect.stringMatching(/不可见/) }]);
  });
});

describe('dates within 1990-01-01 .. 2100-12-31', () => {
  it.each(['1990-01-01', '2100-12-31', '2026-02-28'])('accepts %s', (d) => expect(isoDate.safeParse(d).success).toBe(true));
  it.each(['0000-01-01', '1989-12-31', '2101-01-01', '9999-12-31'])('refuses %s', (d) => {
    const r = isoDate.safeParse(d);
    expect(r.success).toBe(false);
    expect(issues(r)[0].message).toMatch(/1990-01-01/);
  });
  it('a milestone dated 0000-01-01 is refused at date', () => {
    expect(issues(milestoneSchema.safeParse({ type: 'construction_started', date: '0000-01-01' })).map((i) => i.path)).toEqual(['date']);
  });
});

describe('money only as a string', () => {
  it('refuses a number total, with the path', () => {
    const r = applicationSchema.safeParse(app({ amounts: { total: 0.1 + 0.2 } }));
    expect(issues(r)).toEqual([{ path: 'amounts.total', message: expect.stringMatching(/金额/) }]);
  });
  it('refuses 1e-8 and three decimals, accepts two', () => {
    expect(applicationSchema.safeParse(app({ amounts: { total: '1e-8' } })).success).toBe(false);
    expect(applicationSchema.safeParse(app({ amounts: { total: '0.001' } })).success).toBe(false);
    expect(applicationSchema.safeParse(app({ amounts: { total: '0.01' } })).success).toBe(true);
  });
});

describe('bounds that keep a project item under 400 KB (the probe inputs)', () => {
  const resource = (i: number) => ({ name: `数据资源${i}`, source: '本部门', format: '数据库表', attributes: { 字段: '值' } });

  it('dataResources: 200 accepted, 201 refused (the probe sent 150 of ~5.8 KB each; the body limit catches that)', () => {
    expect(applicationSchema.safeParse(app({ dataResources: Array.from({ length: 200 }, (_, i) => resource(i)) })).success).toBe(true);
    const r = applicationSchema.safeParse(app({ dataResources: Array.from({ length: 201 }, (_, i) => resource(i)) }));
    expect(issues(r).map((i) => i.path)).toEqual(['dataResources']);
  });

  it('fields: 200 keys accepted, the probe\'s 30,000 refused', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 'x']));
    expect(applicationSchema.safeParse(app({ fields: keys(200) })).success).toBe(true);
    expect(issues(applicationSchema.safeParse(app({ fields: keys(201) })))).toEqual([{ path: 'fields', message: '最多 200 项' }]);
    expect(issues(applicationSchema.safeParse(app({ fields: keys(30_000) }))).map((i) => i.path)).toEqual(['fields']);
  });

  it('a data resource\'s attributes: 50 keys accepted, the probe\'s 20,000 refused', () => {
    const attrs = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, 'v']));
    expect(applicationSchema.safeParse(app({ dataResources: [{ name: 'r', attributes: attrs(50) }] })).success).toBe(true);
    expect(issues(applicationSchema.safeParse(app({ dataResources: [{ name: 'r', attributes: attrs(20_000) }] }))).map((i) => i.path)).toEqual(['dataResources.0.attributes']);
  });

  it('flags, dates, filing fields and named reviews are bounded as well', () => {
    const many = <V>(n: number, v: V) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`, v]));
    expect(applicationSchema.safeParse(app({ flags: many(101, true) })).success).toBe(false);
    expect(applicationSchema.safeParse(app({ flags: many(100, true) })).success).toBe(true);
    expect(applicationSchema.safeParse(app({ dates: many(51, '2026-01-01') })).success).toBe(false);
    expect(filingSchema.safeParse({ type: 'contract', projectId: 'p-1', fields: many(201, 'x') }).success).toBe(false);
    expect(reviewSchema.safeParse({ reviews: many(51, 'pass') }).success).toBe(false);
    expect(reviewSchema.safeParse({ reviews: many(50, 'pass') }).success).toBe(true);
  });
});
