/**
 * A small zod (v4) → fast-check mapper for the schema kinds our request schemas use: object (strict), string with
 * min/max/regex/ISO date, number with int/min/max, boolean, enum, literal, array, record, union and discriminated
 * union, optional, default, nullable, and the money pipe (`yuanAmount`). It produces *valid-ish* values: they satisfy
 * the field-level constraints; object-level refinements (e.g. "periodStart ≤ periodEnd") may or may not hold, which
 * is fine — the test decides validity with the schema itself.
 */
import fc from 'fast-check';
import { yuanAmount } from '@gov/schemas';
import { nastyText } from './hostile.js';

type Def = { type: string; [k: string]: any };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

interface Limits {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  format?: string;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  int?: boolean;
}

function limits(def: Def): Limits {
  const l: Limits = {};
  if (def.format) l.format = def.format;
  if (def.pattern instanceof RegExp) l.pattern = def.pattern;
  for (const c of def.checks ?? []) {
    const d = c._zod?.def ?? {};
    switch (d.check) {
      case 'min_length': l.minLength = d.minimum; break;
      case 'max_length': l.maxLength = d.maximum; break;
      case 'length_equals': l.minLength = l.maxLength = d.length; break;
      case 'string_format': if (d.pattern instanceof RegExp) l.pattern = d.pattern; if (d.format && d.format !== 'regex') l.format = d.format; break;
      case 'greater_than': l.min = Number(d.value); l.minExclusive = !d.inclusive; break;
      case 'less_than': l.max = Number(d.value); l.maxExclusive = !d.inclusive; break;
      case 'number_format': if (/int/.test(d.format)) l.int = true; break;
    }
  }
  return l;
}

/** Valid money in 元: ordinary amounts and the amounts at the 600,000 and 1000亿 boundaries. */
export const validMoney: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([y, f]) => `${y}.${String(f).padStart(2, '0')}`) },
  { weight: 2, arbitrary: fc.constantFrom('599999.99', '600000.00', '600000', '600000.0', '600000.01', '0', '0.00', '0.01', '100000000000.00', '99999999999.99', ' 580000.00 ') },
  { weight: 1, arbitrary: fc.constantFrom(599999.99, 600000, 600000.01, 0, 1.5, 1e9) },
);

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringArb(l: Limits): fc.Arbitrary<string> {
  if (l.format === 'date') return isoDate;
  if (l.pattern) {
    const re = new RegExp(l.pattern.source);
    return fc.stringMatching(re).filter((s) => s.length >= (l.minLength ?? 0) && s.length <= (l.maxLength ?? Infinity) && re.test(s));
  }
  const min = Math.max(l.minLength ?? 0, 0);
  const max = Math.min(l.maxLength ?? 40, Math.max(min, 40));
  // Text that stays valid after zod's trim(): a non-blank core, sometimes with unicode oddities inside.
  return fc
    .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('红山区政务服务', '项目', '张三'), nastyText), fc.string({ maxLength: 10 }))
    .map(([a, b]) => `x${a}${b}y`.slice(0, Math.max(max, 1)))
    .map((s) => (s.length < min ? s.padEnd(min, '字') : s))
    .filter((s) => s.trim().length >= min && s.length <= max);
}

function numberArb(l: Limits): fc.Arbitrary<number> {
  const lo = l.min ?? -1e9;
  const hi = l.max ?? 1e9;
  if (l.int) return fc.integer({ min: Math.ceil(lo + (l.minExclusive ? 1 : 0)), max: Math.floor(hi - (l.maxExclusive ? 1 : 0)) });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true, minExcluded: l.minExclusive, maxExcluded: l.maxExclusive });
}

/** Arbitrary of valid-ish values for a zod schema. `depth` bounds recursion into nested containers. */
export function arbitraryFor(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (schema === yuanAmount) return validMoney;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringArb(limits(def));
    case 'number':
      return numberArb(limits(def));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return arbitraryFor(def.innerType, depth);
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return arbitraryFor(def.innerType, depth);
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType, depth), { nil: null, freq: 5 });
    case 'pipe':
      return def.in && defOf(def.in).type !== 'transform' ? arbitraryFor(def.in, depth) : arbitraryFor(def.out, depth);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryFor(o, depth)));
    case 'array': {
      const l = limits(def);
      const min = l.minLength ?? 0;
      return fc.array(arbitraryFor(def.element, depth + 1), { minLength: min, maxLength: Math.min(l.maxLength ?? 3, Math.max(min, depth > 1 ? 1 : 3)) });
    }
    case 'record':
      return fc.dictionary(arbitraryFor(def.keyType, depth + 1) as fc.Arbitrary<string>, arbitraryFor(def.valueType, depth + 1), { maxKeys: depth > 1 ? 1 : 3, noNullPrototype: true });
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const requiredKeys: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        model[k] = arbitraryFor(v, depth + 1);
        const t = defOf(v).type;
        if (t !== 'optional' && t !== 'default' && t !== 'prefault') requiredKeys.push(k);
      }
      return fc.record(model, { requiredKeys: requiredKeys as never[], noNullPrototype: true });
    }
    case 'any':
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      // A kind this mapper does not know: anything JSON; the schema decides.
      return fc.jsonValue({ maxDepth: 2 });
  }
}
