/**
 * The requirements schema of a pack (申报要件清单): for each application form (kind × category), every named item the
 * pack's rules require — document types, chapters, application fields, reviews, authority records, dated records,
 * filing fields — with where it goes (the remedy vocabulary of remedies.ts) and the rules that require it; and every
 * input (fact path) the rules read, with the rules that read it.
 *
 * Derived, not written per pack: each rule is evaluated over a spread of facts per form (forms.ts) with the facts
 * wrapped in a recording view (recordReads.ts); the items come from the REQUIRE findings' missing lists, placed by
 * the same probe the findings' remedies use. Computed once per pack on first use (a few thousand evaluations).
 */
import type { Facts, ProjectFacts } from '../facts.js';
import { remedyFor } from '../remedies.js';
import type { Remedy } from '../remedyTypes.js';
import type { Finding, RuleContext, RuleDef, RulePack } from '../types.js';
import type { Jurisdiction } from '../values.js';
import { chinaCalendar } from '../calendar/workingDays.js';
import { rulePacks } from '../packs/index.js';
import { CATALOGUE_DOCUMENTS, formsOf, ALL_CATEGORIES, spreadFacts, spreadProjects, SPREAD_DATE, type Form } from './forms.js';
import { readRecorder } from './recordReads.js';

export interface RuleRef {
  id: string;
  article: string;
}

/** A named item a form needs: where it goes (a remedy) and the rules that require it. */
export type RequirementItem = Remedy & { rules: RuleRef[] };

/** A fact path the rules read (`project.amountTotal`, `project.fields.系统接口`, `filing.fields.*` …) and the rules reading it. */
export interface RequirementInput {
  path: string;
  rules: string[];
}

export interface RequirementForm extends Form {
  items: RequirementItem[];
  inputs: RequirementInput[];
}

export interface RequirementsFilter {
  kind?: string;
  category?: string;
}

const cache = new Map<Jurisdiction, readonly RequirementForm[]>();

/** The requirements schema of pack `j`, narrowed to one application kind and/or category when asked. */
export function requirementsOf(j: Jurisdiction, filter: RequirementsFilter = {}): RequirementForm[] {
  let forms = cache.get(j);
  if (!forms) {
    forms = deriveForms(rulePacks[j]);
    cache.set(j, forms);
  }
  return forms.filter((f) => (filter.kind === undefined || f.applicationKind === filter.kind) && (filter.category === undefined || f.category === filter.category));
}

function findingsOf(rule: RuleDef, ctx: RuleContext, facts: Facts): readonly Finding[] {
  let r: ReturnType<RuleDef['evaluate']>;
  try {
    r = rule.evaluate({ ...ctx, facts });
  } catch {
    return []; // a gate rule of the other question: not asked on these facts
  }
  return r === null ? [] : Array.isArray(r) ? (r as readonly Finding[]) : [r as Finding];
}

interface Accumulator {
  form: Form;
  items: Map<string, RequirementItem>;
  inputs: Map<string, Set<string>>;
  placed: Set<string>;
}

/**
 * Every form of `pack`: bare applications first; the document types any form's bare application misses are then
 * supplied (without chapters) to mature ones, so the chapter requirements of each document show wherever it is sent.
 */
function deriveForms(pack: RulePack): RequirementForm[] {
  const accs: Accumulator[] = formsOf(pack.meta.id).map((form) => ({ form, items: new Map(), inputs: new Map(), placed: new Set() }));
  for (const acc of accs) for (const project of spreadProjects(pack.meta.id, acc.form, null)) visitProject(pack, acc, project, true);
  // A department may declare a category the pack does not name, or none: what the rules then read (to tell the
  // category) is an input of every form of that kind, not an item (items belong to the form the project then is).
  for (const applicationKind of new Set(accs.map((a) => a.form.applicationKind))) {
    const ofKind = accs.filter((a) => a.form.applicationKind === applicationKind);
    const other: Accumulator = { ...ofKind[0], inputs: new Map(), items: new Map(), placed: new Set() };
    for (const category of [undefined, ...ALL_CATEGORIES.filter((c) => !ofKind.some((a) => a.form.category === c))])
      for (const project of spreadProjects(pack.meta.id, { applicationKind, category }, null)) visitProject(pack, other, project, false);
    for (const acc of ofKind) for (const [path, rules] of other.inputs) for (const r of rules) (acc.inputs.get(path) ?? acc.inputs.set(path, new Set()).get(path)!).add(r);
  }
  const named = accs.flatMap((a) => [...a.items.values()].filter((i) => i.kind === 'document' && i.path === 'documents[].type').map((i) => i.item));
  const documentTypes = [...new Set([...named, ...CATALOGUE_DOCUMENTS])];
  for (const acc of accs) for (const project of spreadProjects(pack.meta.id, acc.form, documentTypes)) visitProject(pack, acc, project, true);
  return accs.map(({ form, items, inputs }) => ({
    ...form,
    items: [...items.values()],
    inputs: [...inputs].map(([path, rules]) => ({ path, rules: [...rules].sort() })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }));
}

/** Asks every rule about `project` (each question, before and after classification), recording reads and missing items. */
function visitProject(pack: RulePack, acc: Accumulator, project: ProjectFacts, itemsToo: boolean): void {
  for (const facts of spreadFacts(project))
    for (const classification of project.category ? [undefined, { category: project.category, inScope: true }] : [undefined]) {
      const ctx: RuleContext = { facts, on: SPREAD_DATE, calendar: chinaCalendar, classification };
      const recording = readRecorder(facts);
      for (const rule of pack.rules) {
        const paths = new Set<string>();
        const findings = findingsOf(rule, ctx, recording(paths));
        for (const p of paths) {
          const readers = acc.inputs.get(p) ?? new Set<string>();
          readers.add(rule.id);
          acc.inputs.set(p, readers);
        }
        if (itemsToo) for (const f of findings) if (f.outcome === 'REQUIRE' && f.missing) for (const item of f.missing) place(pack, acc, rule, ctx, f, item);
      }
    }
}

function place(pack: RulePack, acc: Accumulator, rule: RuleDef, ctx: RuleContext, f: Finding, item: string): void {
  const once = `${rule.id}|${f.ruleId}|${item}`;
  if (acc.placed.has(once)) return;
  const r = remedyFor(rule, ctx, item, pack.meta);
  if (!r) return; // not placeable on these facts (another condition still holds): tried again on the next
  acc.placed.add(once);
  const key = `${r.kind}|${r.route}|${r.path}|${r.item}`;
  const entry = acc.items.get(key) ?? { ...r, accepts: [...r.accepts], rules: [] };
  if (!entry.rules.some((x) => x.id === f.ruleId)) entry.rules.push({ id: f.ruleId, article: f.article });
  acc.items.set(key, entry);
}
