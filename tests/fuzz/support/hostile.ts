/**
 * Hostile values and mutations: wrong types, huge strings, deep nesting, unicode oddities (RTL, zero-width, emoji,
 * lone surrogates — which JSON.stringify writes as escapes), prototype-pollution keys, money at and past its
 * boundaries, invalid JSON text, odd path segments and query strings.
 */
import fc from 'fast-check';

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Unicode that tends to break naive code: bidi controls, zero-width, emoji sequences, combining marks, lone surrogates. */
export const nastyText: fc.Arbitrary<string> = fc.constantFrom(
  '\u202e\u202dRTL覆盖\u202c', 'مشروع الحكومة', 'שלום', 'a\u200bb\u200c\u200dc\ufeff', '👩‍👩‍👧‍👦🇨🇳🏳️‍🌈', 'Z\u0335\u0321\u032a\u0351a\u0336\u0327lgo',
  '\ud800', '\udc00x', 'x\udbff', '\u2028\u2029', '\u0000', '\u0007\u001b[31m', 'İıſK', '６０００００', '٦٠٠٠٠٠', '𠜎𠜱𡃁', '\uffff\ufffe',
  'ＡＢＣ', '\t\n\r', '﷽', '🀄︎', 'e\u0301', '\u00a0\u3000',
);

/** Money text and numbers at and beyond the 600,000 元 boundary and the accepted range. */
export const MONEY_EDGES: readonly unknown[] = [
  '599999.99', '600000.00', '600000.001', '600000.005', 600000.001, 599999.999, '1e21', 1e21, -0, '-0', '-0.00', 'NaN', 'Infinity', '-1',
  -1, '-600000.00', '0x927C0', '600,000.00', '６０００００.００', '٦٠٠٠٠٠', ' ', '', '.5', '5.', '600000.', '+600000', '100000000000.01',
  '100000000000.00', '999999999999.99', '9999999999999', 9007199254740993, Number.MAX_VALUE, 5e-324, '0.1e1', '600000.00\u0000', '600000.00元',
  '¥600000', null, true, [], {}, ['600000.00'], { total: '1' },
];

export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100_000, max: 400_000 }), fc.constantFrom('A', '字', '😀', '\u200b', '"\\'))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

/** 1,000 (or more) levels of arrays or objects. */
export const deepNesting: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 1000, max: 3000 }), fc.boolean()).map(([n, arr]) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = arr ? [v] : { a: v };
  return v;
});

/** An object whose own key is a prototype-pollution key (JSON.stringify writes it as data). */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const o = { ...base };
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

export const pollutionPayload: fc.Arbitrary<unknown> = fc.constantFrom(
  withOwnKey({}, '__proto__', { polluted: 'yes' }),
  { constructor: { prototype: { polluted: 'yes' } } },
  withOwnKey({}, 'prototype', { polluted: 'yes' }),
  { a: withOwnKey({}, '__proto__', { isAdmin: true, polluted: 'yes' }) },
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e21, 1e308, -1e308, 5e-324, 2 ** 53 + 1, [], {}, [null], [[]], '', ' ', '\u0000') },
  { weight: 3, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', '{}', '[]', '${7*7}', '{{7*7}}', "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '%2e%2e%2f', 'PROJECT#x', 'EVENT#000001', '\\', '"', '\\u0000') },
  { weight: 3, arbitrary: nastyText },
  { weight: 3, arbitrary: fc.constantFrom(...MONEY_EDGES) },
  // Issue 15 strictness: control, bidi, zero-width-only and lone-surrogate names; dates out of range; money as numbers.
  { weight: 2, arbitrary: fc.constantFrom('a\u0000b', '系统\u202e名称', '\u2066x\u2069', '\u200b\u200c\u200d', '\ufeff', '\ud800', 'x\udc00', '0000-01-01', '1989-12-31', '2101-01-01', '9999-12-31', 0.1 + 0.2, 1e-8, '1e-8', '0.001', 600000) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 30_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: pollutionPayload },
  { weight: 1, arbitrary: fc.string({ minLength: 201, maxLength: 3000 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
);

/** Every path of containers and leaves in a JSON value (bounded). */
export function pathsOf(v: unknown, limit = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (x: unknown, p: (string | number)[]) => {
    if (out.length >= limit) return;
    out.push(p);
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...p, i]));
    else if (x && typeof x === 'object') for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], [...p, k]);
  };
  walk(v, []);
  return out;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

function setAt(root: unknown, path: (string | number)[], f: (parent: any, key: string | number) => void): unknown {
  if (path.length === 0) return root;
  let parent: any = root;
  for (const k of path.slice(0, -1)) parent = parent[k];
  f(parent, path[path.length - 1]);
  return root;
}

const MONEY_KEY = /amount|total|estimate|budget|investment|upgrades/i;
const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'departmentId', 'jurisdiction', 'dept', 'jur', 'id', 'status', 'version', 'role', 'isAdmin', '', ' ', '\u0000', '中文键', 'a'.repeat(500)];

export type Mutation = { kind: string; at: number; value: unknown; extraKey: string };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'extraKey', 'extraKey', 'money', 'money', 'wrapDeep', 'arrayify', 'stringify'),
  at: fc.nat(),
  value: hostileValue,
  extraKey: fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 12 })),
});

/** Applies one mutation to a clone of a valid JSON value; the result is usually — not always — invalid. */
export function mutate(valid: unknown, m: Mutation): unknown {
  const root = { v: clone(valid) };
  const paths = pathsOf(root.v).map((p) => ['v', ...p]);
  const pick = <T>(xs: T[]): T | undefined => (xs.length ? xs[m.at % xs.length] : undefined);
  switch (m.kind) {
    case 'replace': {
      const p = pick(paths.slice(1)) ?? ['v'];
      setAt(root, p, (o, k) => (o[k] = m.value));
      break;
    }
    case 'delete': {
      const p = pick(paths.filter((q) => q.length > 1 && typeof q[q.length - 1] === 'string'));
      if (p) setAt(root, p, (o, k) => delete o[k]);
      break;
    }
    case 'extraKey': {
      const objects = paths.filter((q) => { let x: any = root; for (const k of q) x = x[k]; return x && typeof x === 'object' && !Array.isArray(x); });
      const p = pick(objects) ?? ['v'];
      let x: any = root;
      for (const k of p) x = x[k];
      if (x && typeof x === 'object') Object.defineProperty(x, m.extraKey, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'money': {
      const moneyPaths = paths.filter((q) => typeof q[q.length - 1] === 'string' && MONEY_KEY.test(String(q[q.length - 1])));
      const p = pick(moneyPaths) ?? pick(paths.slice(1)) ?? ['v'];
      const edge = MONEY_EDGES[m.at % MONEY_EDGES.length];
      setAt(root, p, (o, k) => (o[k] = edge));
      break;
    }
    case 'wrapDeep': {
      const p = pick(paths.slice(1)) ?? ['v'];
      setAt(root, p, (o, k) => { let v = o[k]; for (let i = 0; i < 1000; i++) v = [v]; o[k] = v; });
      break;
    }
    case 'arrayify': {
      const p = pick(paths.slice(1)) ?? ['v'];
      setAt(root, p, (o, k) => (o[k] = [o[k]]));
      break;
    }
    case 'stringify': {
      const p = pick(paths.slice(1)) ?? ['v'];
      setAt(root, p, (o, k) => (o[k] = JSON.stringify(o[k]) ?? 'undefined'));
      break;
    }
  }
  return root.v;
}

/** Text that is not JSON, or only nearly. */
export const invalidJsonText: fc.Arbitrary<string> = fc.constantFrom(
  '', ' ', '{', '}', '{"a":', '{"a":1,}', "{'a':1}", 'NaN', '{"a":NaN}', '{"a":Infinity}', '{"a":-Infinity}', '[1,2', 'undefined', '\ufeff{}',
  '{"a":1}garbage', '/*c*/{}', '{"a":"\\x41"}', '{"a":"\u0001"}', '{"a":01}', '{"a":.5}', '{"a":1e}', '\u0000', 'nul', '{"a":"\\ud800', '{"a" 1}',
  '{"__proto__":}', '<?xml version="1.0"?><a/>', 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', '\u00ff\u00fe{\u0000}',
  '{"amounts":{"total":600000.00.1}}', '{"name":"\\uZZZZ"}', '{"a":tru}', '{"a":True}', '{,}', '[,]', '"unterminated',
);

/** Path segments that are odd but stay one segment: long, unicode, traversal-ish, NUL, encoded NUL, reserved words. */
export const oddSegment: fc.Arbitrary<{ raw: string } | { value: string }> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('../', '../../etc/passwd', '..\\..\\x', '%00', '\u0000', 'x\u0000y', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '{id}', '*', ' ', 'null', 'undefined', 'PROJECT#x', 'p-00000000-0000-0000-0000-000000000000', "1' OR '1'='1", '<script>', '中文编号', '\u202eexe.txt', '👩‍👩‍👧‍👦', 'ｐ－１', 'a?b#c', 'a/b', '%2F', 'hongshan%00', 'HONGSHAN', 'hongshan ', ' hongshan').map((value) => ({ value })) },
  { weight: 2, arbitrary: fc.integer({ min: 101, max: 6000 }).chain((n) => fc.constantFrom('x', '字', '%').map((c) => ({ value: c.repeat(n) }))) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((value) => ({ value })) },
  // Sent as-is, not percent-encoded by us: encoded NUL, invalid percent escapes, encoded lone surrogate, double encoding.
  { weight: 2, arbitrary: fc.constantFrom('%00', 'a%00b', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%252e%252e%252f', '..%2F..%2F', '%2e%2e%5c', '%FF%FE', '%u0041', ';x=1', 'x;jsessionid=1').map((raw) => ({ raw })) },
);

/** One percent-encoded path segment that cannot change the route (no dot segments, no empty segment). */
export function encodeSegment(s: { raw: string } | { value: string }): string | undefined {
  let seg: string;
  if ('raw' in s) seg = s.raw;
  else {
    try {
      seg = encodeURIComponent(s.value);
    } catch {
      // A lone surrogate: send its (invalid) CESU-8 bytes instead.
      seg = [...s.value].map((ch) => { const c = ch.charCodeAt(0); return c >= 0xd800 && c <= 0xdfff ? `%ED%${(0xa0 + ((c >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (c & 0x3f)).toString(16).toUpperCase()}` : encodeURIComponent(ch); }).join('');
    }
  }
  if (seg === '' || /^(\.|%2e){1,2}$/i.test(seg)) return undefined;
  return seg;
}

/** Extra query strings: unknown keys, pollution keys, repeated keys, arrays, huge values, invalid escapes. */
export const oddQuery: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__=1', '__proto__[polluted]=yes', 'constructor[prototype][polluted]=yes', 'limit=1&limit=2', 'limit[]=1', 'limit=', 'limit=-1', 'limit=0',
    'limit=101', 'limit=1e2', 'limit=1.5', 'limit=NaN', 'limit=Infinity', 'limit=%00', 'limit=0x10', 'limit=%EF%BC%91', 'cursor=', 'cursor=%', 'cursor=%zz',
    'cursor=e30', 'cursor=bnVsbA', 'cursor=MQ', 'cursor=W10', 'cursor=!!!', 'projectId=', 'jurisdiction=__proto__', 'jurisdiction=toString', 'a', '&&&', '=', '==',
    'a=%ED%A0%80', 'x=' + 'y'.repeat(5000)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => `cursor=${Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')}`),
  fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 20 }), { maxKeys: 3 }).map((d) => new URLSearchParams(d).toString()),
);
