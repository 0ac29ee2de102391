/**
 * Small helpers for writing rules: findings take their article from the catalogue so that no rule can cite the
 * wrong article, and presence checks for documents, chapters and fields.
 */
import { catalogueRule } from './catalogue/index.js';
import type { Finding, Outcome, RuleContext, RuleDef, Stage } from './types.js';
import type { DocumentFacts, Fen, ProjectFacts } from './facts.js';

/** 万元 → fen. */
export const wan = (n: number): Fen => n * 1_000_000;
/** yuan → fen. */
export const yuan = (n: number): Fen => Math.round(n * 100);

export type FindingOptions = Omit<Finding, 'ruleId' | 'article' | 'outcome' | 'message' | 'overridable'> & { overridable?: boolean };

/**
 * A finding of rule `id`; make it a module-level constant when it does not depend on the facts. Every finding has
 * the same object shape (absent fields are undefined), so the decision code reading them stays monomorphic.
 */
export function finding(id: string, outcome: Outcome, message: string, opts: FindingOptions = {}): Finding {
  return {
    ruleId: id,
    article: articleOf(id),
    outcome,
    message,
    overridable: opts.overridable ?? false,
    requires: opts.requires,
    missing: opts.missing,
    route: opts.route,
    sets: opts.sets,
    due: opts.due,
    provisional: opts.provisional,
    detail: opts.detail,
    nonBlocking: opts.nonBlocking,
    awaiting: opts.awaiting,
  };
}

const articles = new Map<string, string>();
function articleOf(id: string): string {
  let a = articles.get(id);
  if (a === undefined) {
    a = catalogueRule(id).article;
    articles.set(id, a);
  }
  return a;
}

export function rule(id: string, stage: Stage, evaluate: RuleDef['evaluate']): RuleDef {
  catalogueRule(id); // fails at load time on a mistyped id
  return { id, stage, evaluate };
}

export function documentOf(p: ProjectFacts, type: string): DocumentFacts | undefined {
  for (const d of p.documents) if (d.type === type) return d;
  return undefined;
}

export function missingDocuments(p: ProjectFacts, types: readonly string[]): string[] {
  const missing: string[] = [];
  for (const t of types) if (!documentOf(p, t)) missing.push(t);
  return missing;
}

/** Chapters each of the present documents of `docTypes` must contain; reports `文档:章节` for each gap. */
export function missingChapters(p: ProjectFacts, docTypes: readonly string[], chapters: readonly string[]): string[] {
  const missing: string[] = [];
  for (const d of p.documents) {
    if (!docTypes.includes(d.type)) continue;
    for (const c of chapters) if (!d.chapters?.includes(c)) missing.push(`${d.type}:${c}`);
  }
  return missing;
}

export function missingFields(p: ProjectFacts, names: readonly string[]): string[] {
  const missing: string[] = [];
  for (const n of names) {
    const v = p.fields?.[n];
    if (v === undefined || v === '' || v === false) missing.push(n);
  }
  return missing;
}

/** For REQUIRE findings whose missing items come from an authority (opinions, review results), not the applicant. */
export const AWAITS_AUTHORITY: FindingOptions = Object.freeze({ awaiting: 'authority' });

/** REQUIRE finding listing what is required and what is missing (blocking when something is). */
export function require(id: string, requires: readonly string[], missing: readonly string[], message: string, opts: FindingOptions = {}): Finding {
  const f = finding(id, 'REQUIRE', missing.length ? `${message}缺少:${missing.join('、')}` : message, opts);
  f.requires = requires;
  f.missing = missing;
  return f;
}

export type { RuleContext };
