/**
 * Writing rules: `declareRule(id)` gives a rule's handle (stage, article, check type and overridability from the
 * catalogue), findings are built from it, so no rule can cite the wrong article or another rule's id by accident;
 * and presence checks for documents, chapters and fields.
 */
import { catalogueRule, isOverridable } from './catalogue/index.js';
import type { CheckType, Finding, GateQuestion, Outcome, RuleContext, RuleDef, Stage } from './types.js';
import type { DocumentFacts, Facts, Fen, PaymentRequest, ProjectFacts } from './facts.js';
import { declareRemedies, type DeclaredRemedy } from './remedies.js';
import { hasName, sameName } from './names.js';

/** 万元 → fen. */
export const wan = (n: number): Fen => n * 1_000_000;
/** yuan → fen. */
export const yuan = (n: number): Fen => Math.round(n * 100);

/** What a finding may carry besides what its rule's handle supplies (id, article, overridable). */
export type FindingOptions = Omit<Finding, 'ruleId' | 'article' | 'outcome' | 'message' | 'overridable'>;

/** Options of a rule's definition. */
export interface RuleOptions {
  /** Budget-gate rules: the one question the rule answers (Q1 `payment`, Q2 `om`); absent: it speaks to both. */
  question?: GateQuestion;
  /**
   * Other rules whose findings this rule reports on purpose (a rule of one stage reporting a rule whose catalogue
   * function is another stage, e.g. JJ-08-library-admission reporting the JJ-07-reserve hold).
   */
  reports?: readonly RuleHandle[];
}

/**
 * A rule's one declaration: its id, and from the catalogue its stage, article, check type and whether its outcome
 * may be overridden (`isOverridable`, the one source). Findings are built from the handle, so they carry its id.
 */
export interface RuleHandle {
  readonly id: string;
  readonly stage: Stage;
  readonly article: string;
  readonly check: CheckType;
  readonly overridable: boolean;
  /** Working days before a deadline of this rule that its reminders go out; undefined: the default (10 and 3). */
  readonly reminderPoints?: readonly number[];
  /**
   * A finding of this rule; make it a module-level constant when it does not depend on the facts. Every finding has
   * the same object shape (absent fields are undefined), so the decision code reading them stays monomorphic.
   */
  finding(outcome: Outcome, message: string, opts?: FindingOptions): Finding;
  /** REQUIRE finding listing what is required and what is missing (blocking when something is). */
  require(requires: readonly string[], missing: readonly string[], message: string, opts?: FindingOptions): Finding;
  /** The rule's definition; once per handle. */
  rule(evaluate: RuleDef['evaluate'], opts?: RuleOptions): RuleDef;
  /** A budget-gate rule answering only Q1 (may money be paid to this project?): `facts.payment` is present. */
  paymentRule(evaluate: (ctx: PaymentContext) => RuleResult, opts?: Omit<RuleOptions, 'question'>): RuleDef;
  /** A budget-gate rule answering only Q2 (may O&M funds be budgeted?): no `facts.payment`; `facts.omRequest` as asked. */
  omRule(evaluate: (ctx: OmContext) => RuleResult, opts?: Omit<RuleOptions, 'question'>): RuleDef;
}

export type RuleResult = ReturnType<RuleDef['evaluate']>;
/** The context of a Q1 gate rule. */
export type PaymentContext = RuleContext & { facts: Facts & { payment: PaymentRequest } };
/** The context of a Q2 gate rule. */
export type OmContext = RuleContext & { facts: Facts & { payment?: undefined } };

const declared = new Set<string>();
const reminderPointsByRule = new Map<string, readonly number[]>();

export interface RuleDeclarationOptions {
  /**
   * Reminder lead times (catalogue §4.5 "lead time is a parameter", inferred from the text): working days before a
   * deadline of this rule, each a positive integer. Declared where the text implies more time than the default
   * 10 and 3 (documents that take weeks, an extension to ask for before the due date) or less (a 5-day deadline).
   */
  reminderPoints?: readonly number[];
  /**
   * Where missing items go that the remedy probe cannot place (remedies.ts), by item name: e.g. 项目责任人 is the
   * top-level `responsiblePerson`, not a `fields` entry.
   */
  remedies?: Readonly<Record<string, DeclaredRemedy>>;
}

/** The reminder points declared with rule `id`, or undefined when it keeps the default. */
export const declaredReminderPoints = (id: string): readonly number[] | undefined => reminderPointsByRule.get(id);

/** Every declared rule's reminder points (for the scan's horizon: the furthest point of any rule). */
export const allDeclaredReminderPoints = (): readonly number[] => [...reminderPointsByRule.values()].flat();

/** Declares rule `id` (once in the whole package: a second declaration or a mistyped id fails at load time). */
export function declareRule(id: string, options: RuleDeclarationOptions = {}): RuleHandle {
  const c = catalogueRule(id);
  if (declared.has(id)) throw new Error(`rule declared twice: ${id}`);
  declared.add(id);
  if (options.remedies) declareRemedies(id, options.remedies);
  const points = options.reminderPoints;
  if (points) {
    if (!points.length || points.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`reminder points of ${id} must be positive integers: ${points.join(',')}`);
    reminderPointsByRule.set(id, Object.freeze([...points]));
  }
  let defined = false;
  const h: RuleHandle = {
    id,
    stage: c.function,
    article: c.article,
    check: c.primaryCheck,
    overridable: isOverridable(id),
    reminderPoints: reminderPointsByRule.get(id),
    finding(outcome, message, opts = {}) {
      return {
        ruleId: id,
        article: h.article,
        outcome,
        message,
        overridable: h.overridable,
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
    },
    require(requires, missing, message, opts = {}) {
      const f = h.finding('REQUIRE', missing.length ? `${message}缺少:${missing.join('、')}` : message, opts);
      f.requires = requires;
      f.missing = missing;
      return f;
    },
    rule(evaluate, opts = {}) {
      if (defined) throw new Error(`rule defined twice: ${id}`);
      defined = true;
      return { id, stage: h.stage, question: opts.question, reports: opts.reports?.map((r) => r.id), evaluate };
    },
    paymentRule(evaluate, opts = {}) {
      return h.rule(evaluate as RuleDef['evaluate'], { ...opts, question: 'payment' });
    },
    omRule(evaluate, opts = {}) {
      return h.rule(evaluate as RuleDef['evaluate'], { ...opts, question: 'om' });
    },
  };
  return Object.freeze(h);
}

export function documentOf(p: ProjectFacts, type: string): DocumentFacts | undefined {
  for (const d of p.documents) if (sameName(d.type, type)) return d;
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
    if (!hasName(docTypes, d.type)) continue;
    for (const c of chapters) if (!hasName(d.chapters, c)) missing.push(`${d.type}:${c}`);
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

export type { RuleContext };
