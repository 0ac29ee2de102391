/**
 * Where a missing item goes (补正指引): for each item a REQUIRE finding lists as missing, the kind of thing it is,
 * the JSON path in the application (or the route that records it), the spellings accepted and who supplies it.
 *
 * Derived, not written per rule: the rule itself is asked. Each candidate place (a chapter of the named document, a
 * document, an application field, a field or attachment of the filing, a review, an authority's opinion, a dated
 * record, the reviewer's decision on the rule) is tried in turn on a copy of the facts, and the first place that
 * makes the rule stop listing the item is the remedy. Rules are pure, so the probe is exact and cheap (it runs only
 * for findings that miss something). Where an item goes somewhere no probe reaches (a top-level field such as
 * `implementingBody`), the rule declares it once, next to the rule (`declareRule(id, { remedies })`).
 */
import type { Facts, ProjectFacts } from './facts.js';
import type { Finding, PackMeta, RuleContext, RuleDef } from './types.js';
import { acceptedNames, hasName, normalName, sameName } from './names.js';

export type { Remedy, RemedyKind, RemedySupplier } from './remedyTypes.js';
import type { Remedy, RemedySupplier } from './remedyTypes.js';

/** What a rule declares for items no probe reaches: the remedy without `item` (filled in), by item name. */
export type DeclaredRemedy = Omit<Remedy, 'item'>;

export const ROUTES = Object.freeze({
  application: 'PUT /v1/projects/{id}',
  reviews: 'POST /v1/projects/{id}/reviews',
  /** Another body's opinion, approval, plan inclusion or filing receipt (issue 10 §2; the route is another helper's). */
  authorityRecords: 'POST /v1/projects/{id}/authority-records',
  milestones: 'POST /v1/projects/{id}/milestones',
  filings: 'POST /v1/filings',
});

const declaredByRule = new Map<string, Readonly<Record<string, DeclaredRemedy>>>();

/** Registers rule `id`'s declared remedies (dsl `declareRule`); item names compare leniently. */
export function declareRemedies(id: string, remedies: Readonly<Record<string, DeclaredRemedy>>): void {
  declaredByRule.set(id, remedies);
}

function declared(id: string, item: string): Remedy | undefined {
  const all = declaredByRule.get(id);
  if (!all) return undefined;
  // A key `*suffix` stands for items named per entry (`数据资源A:分类`).
  for (const k of Object.keys(all)) if (k.startsWith('*') ? normalName(item).endsWith(normalName(k.slice(1))) : sameName(k, item)) return { item, ...all[k] };
  return undefined;
}

/** Helpers for declarations. */
export const remedy = {
  /** A top-level application field (`implementingBody` …); `accepts` describes the value. */
  topField: (path: string, accepts: readonly string[] = ['非空文字']): DeclaredRemedy => ({ kind: 'field', path, route: ROUTES.application, accepts, supplier: 'department' }),
  /** A named application field (`fields.<name>`) whose name differs from the item's wording. */
  field: (name: string, accepts: readonly string[] = ['非空文字']): DeclaredRemedy => ({ kind: 'field', path: `fields.${name}`, route: ROUTES.application, accepts, supplier: 'department' }),
  /** A document of one of `types` (`documents[].type`). */
  document: (...types: string[]): DeclaredRemedy => ({ kind: 'document', path: 'documents[].type', route: ROUTES.application, accepts: types.flatMap(acceptedNames), supplier: 'department' }),
  /** A dated record (`records.<key>`), recorded as a milestone. */
  record: (key: string): DeclaredRemedy => ({ kind: 'milestone', path: `records.${key}`, route: ROUTES.milestones, accepts: ['YYYY-MM-DD'], supplier: 'department' }),
  /** The bureau's review result under one of `names` (`reviews.<name>` = pass). */
  review: (authority: string, ...names: string[]): DeclaredRemedy => ({ kind: 'review', path: `reviews.${names[0]}`, route: ROUTES.reviews, accepts: names, supplier: 'bureau', authority }),
  /** Another body's opinion or approval, recorded under `name`. */
  authorityRecord: (authority: string, name: string): DeclaredRemedy => ({ kind: 'authority_record', path: 'name', route: ROUTES.authorityRecords, accepts: [name], supplier: 'authority', authority }),
  /**
   * A milestone of type `type` (`POST /v1/projects/{id}/milestones` with `{"type": …}`), by the role that records it
   * (docs/milestone-roles.md): the approval, the signed contract … that a gate rule waits for.
   */
  milestone: (type: string, supplier: RemedySupplier = 'bureau'): DeclaredRemedy => ({ kind: 'milestone', path: 'type', route: ROUTES.milestones, accepts: [type], supplier }),
  /** An attribute of every `dataResources[]` entry. */
  dataResource: (attribute: string): DeclaredRemedy => ({ kind: 'field', path: `dataResources[].${attribute}`, route: ROUTES.application, accepts: ['非空文字'], supplier: 'department' }),
};

// Bodies a review name may name (the text's own words); an item naming one that is not the pack's bureau is that
// body's record. Longest first, so 区公安分局 wins over 局.
const BODY = /^(.*?(?:办公室|领导小组|人民政府|政府|委员会|分局|局|发改委|部委|区委|市委|主管部门|领导|会议|部门|机关|管理部门))/;

function bodyOf(item: string, meta: PackMeta): { supplier: RemedySupplier; authority?: string } {
  const m = BODY.exec(item);
  if (!m) return { supplier: 'bureau', authority: meta.overrideAuthority };
  const body = m[1];
  const bureau = meta.overrideAuthority;
  if (bureau.startsWith(body) || body.startsWith(bureau.replace(/\(.*$/, ''))) return { supplier: 'bureau', authority: bureau };
  return { supplier: 'authority', authority: body };
}

/** Does the rule, evaluated on `facts`, still list `item` as missing? */
function stillMissing(rule: RuleDef, ctx: RuleContext, facts: Facts, item: string): boolean {
  let r: ReturnType<RuleDef['evaluate']>;
  try {
    r = rule.evaluate({ ...ctx, facts });
  } catch {
    return true; // a probe the rule cannot read is no remedy
  }
  if (r === null) return false;
  const fs = (Array.isArray(r) ? r : [r]) as readonly Finding[];
  for (const f of fs) if (f.missing && hasName(f.missing, item)) return true;
  return false;
}

type Probe = (p: ProjectFacts, facts: Facts, item: string, ctx: RuleContext, rule: RuleDef) => { facts: Facts; remedy: Omit<Remedy, 'item'> } | null;
const withProject = (facts: Facts, project: ProjectFacts): Facts => ({ ...facts, project });
const FIELD_VALUES: readonly (string | boolean)[] = [true, '已提供'];

const probes: readonly Probe[] = [
  // 文档:章节 — a chapter of the named document (added to it, or to a new one of that type).
  (p, facts, item) => {
    const at = normalName(item).indexOf(':');
    if (at < 0) return null;
    const doc = normalName(item).slice(0, at);
    const chapter = item.slice(item.search(/[:：]/) + 1);
    let found = false;
    const documents = p.documents.map((d) => (sameName(d.type, doc) ? ((found = true), { ...d, chapters: [...(d.chapters ?? []), chapter] }) : d));
    if (!found) documents.push({ type: item.slice(0, item.search(/[:：]/)), chapters: [chapter] });
    return {
      facts: withProject(facts, { ...p, documents }),
      remedy: { kind: 'chapter', path: 'documents[].chapters', route: ROUTES.application, accepts: acceptedNames(chapter), supplier: 'department', document: item.slice(0, item.search(/[:：]/)) },
    };
  },
  (p, facts, item) => ({
    facts: withProject(facts, { ...p, documents: [...p.documents, { type: item }] }),
    remedy: { kind: 'document', path: 'documents[].type', route: ROUTES.application, accepts: acceptedNames(item), supplier: 'department' },
  }),
  ...FIELD_VALUES.map((v): Probe => (p, facts, item) => ({
    facts: withProject(facts, { ...p, fields: { ...p.fields, [item]: v } }),
    remedy: { kind: 'field', path: `fields.${item}`, route: ROUTES.application, accepts: [typeof v === 'boolean' ? 'true' : '非空文字'], supplier: 'department' },
  })),
  ...FIELD_VALUES.map((v): Probe => (_p, facts, item) =>
    facts.filing ? { facts: { ...facts, filing: { ...facts.filing, fields: { ...facts.filing.fields, [item]: v } } }, remedy: { kind: 'field', path: `fields.${item}`, route: ROUTES.filings, accepts: [typeof v === 'boolean' ? 'true' : '非空文字'], supplier: 'department' } } : null),
  (_p, facts, item) =>
    facts.filing ? { facts: { ...facts, filing: { ...facts.filing, attachments: [...(facts.filing.attachments ?? []), item] } }, remedy: { kind: 'document', path: 'attachments[]', route: ROUTES.filings, accepts: acceptedNames(item), supplier: 'department' } } : null,
  (p, facts, item) => ({
    facts: withProject(facts, { ...p, status: { ...p.status, reviews: { ...p.status?.reviews, [item]: 'pass' } } }),
    remedy: { kind: 'review', path: `reviews.${item}`, route: ROUTES.reviews, accepts: ['pass'], supplier: 'bureau' },
  }),
  (p, facts, item, ctx) => ({
    facts: withProject(facts, { ...p, records: { ...p.records, [item]: ctx.on } }),
    remedy: { kind: 'milestone', path: `records.${item}`, route: ROUTES.milestones, accepts: ['YYYY-MM-DD'], supplier: 'department' },
  }),
  (p, facts, _item, ctx, rule) => ({
    facts: withProject(facts, { ...p, status: { ...p.status, decisions: { ...p.status?.decisions, [rule.id]: { result: 'pass', reviewer: 'probe', on: ctx.on } } } }),
    remedy: { kind: 'review', path: `decisions[].ruleId=${rule.id}`, route: ROUTES.reviews, accepts: ['pass'], supplier: 'bureau' },
  }),
];

/** The remedy of one missing item of `rule`'s finding on `ctx`, or undefined when neither probe nor declaration places it. */
export function remedyFor(rule: RuleDef, ctx: RuleContext, item: string, meta: PackMeta): Remedy | undefined {
  const d = declared(rule.id, item);
  if (d) return d;
  const p = ctx.facts.project;
  for (const probe of probes) {
    const tried = probe(p, ctx.facts, item, ctx, rule);
    if (!tried || stillMissing(rule, ctx, tried.facts, item)) continue;
    const r: Remedy = { item, ...tried.remedy };
    if (r.kind === 'review') {
      // A review naming another body is that body's record (its opinion, approval, receipt), not the bureau's.
      const who = bodyOf(item, meta);
      if (who.supplier === 'authority' && !r.path.startsWith('decisions')) return { ...r, kind: 'authority_record', route: ROUTES.authorityRecords, path: 'name', accepts: [item], supplier: 'authority', authority: who.authority };
      return { ...r, authority: who.authority ?? meta.overrideAuthority };
    }
    return r;
  }
  return undefined;
}

/**
 * Remedies for every missing item of finding `f` that a probe or a declaration places: a REQUIRE's, and a gate
 * denial's that names what it waits for (the approval, another body's opinion), so a deny says its way out.
 */
export function remediesOf(rule: RuleDef, ctx: RuleContext, f: Finding, meta: PackMeta): Remedy[] | undefined {
  if (!f.missing || f.missing.length === 0) return undefined;
  const out: Remedy[] = [];
  for (const item of f.missing) {
    const r = remedyFor(rule, ctx, item, meta);
    if (r) out.push(r);
  }
  return out;
}
