/**
 * The vocabulary every rule pack speaks. Pure data types: no AWS, no clock. The value types live in the leaf
 * `values.ts` (re-exported here).
 */
import type { Facts } from './facts.js';
import type { WorkingDayCalendar } from './calendar/types.js';
import type { Remedy } from './remedyTypes.js';

export { JURISDICTIONS } from './values.js';
export type { Jurisdiction, IsoDate, Stage, CheckType, Outcome, Category, GateQuestion } from './values.js';
import type { Category, IsoDate, Jurisdiction, Outcome, Stage, GateQuestion } from './values.js';

export type PackStatus = 'in_force' | 'draft' | 'expired' | 'superseded';

export interface PackMeta {
  id: Jurisdiction;
  prefix: 'HS' | 'BJ' | 'JJ' | 'SD' | 'XC';
  /** Bumped whenever a rule's behaviour changes; every decision records it. */
  version: string;
  title: string;
  sourceFile: string;
  issuingBody: string | null;
  status: PackStatus;
  effectiveFrom: IsoDate | null;
  /** null: no expiry stated in the text. */
  effectiveUntil: IsoDate | null;
  supersedes: string | null;
  precedenceNote: string | null;
  /** 区政数局 … — who interprets / who may grant "原则上" overrides. */
  overrideAuthority: string;
}

/** What one rule concluded. Rules return a shared frozen object when nothing depends on the facts. */
export interface Finding {
  ruleId: string;
  article: string;
  outcome: Outcome;
  /** For the department / reviewer / finance clerk, in Chinese. */
  message: string;
  /** 原则上: the default may be overridden by the named authority with a reason and a document. */
  overridable: boolean;
  /** Documents, chapters, fields or approvals the rule requires (REQUIRE / ROUTE). */
  requires?: readonly string[];
  /** Of `requires`, what the facts do not show (REQUIRE): a non-empty list blocks. */
  missing?: readonly string[];
  /** ROUTE target or approval path id. */
  route?: string;
  /** SET: the classification fact this rule establishes. */
  sets?: Readonly<Partial<ClassificationFacts>>;
  /** DEADLINE / LOCKOUT. */
  due?: IsoDate;
  /** DEADLINE: true when `due` falls in a year without an official holiday schedule. */
  provisional?: boolean;
  /**
   * REQUIRE whose missing items an authority produces (an opinion, a review result), not the applicant: the
   * application waits for it (pending_review) instead of being returned to the department for correction.
   */
  awaiting?: 'authority';
  /** A judgement item whose "fail" is recorded but never refuses the application (鼓励 / advisory items). */
  nonBlocking?: boolean;
  /** Free-form structured details for explanation (amounts compared, dates …). */
  detail?: Readonly<Record<string, unknown>>;
  /** REQUIRE with missing items, as a decision reports it: where each missing item goes (remedies.ts). */
  remedies?: readonly Remedy[];
  /** REQUIRE, as a decision reports it: true when everything required is shown (nothing to supply). */
  satisfied?: boolean;
}

/** Facts established by classification, consumed by later stages. */
export interface ClassificationFacts {
  inScope: boolean;
  category: Category;
  approvalPath: string;
  decisionLevel: string;
  requiredDocuments: readonly string[];
  extraApprovals: readonly string[];
}

/** Everything a rule may look at. `on` is the evaluation date: rules never read a clock. */
export interface RuleContext {
  facts: Facts;
  on: IsoDate;
  calendar: WorkingDayCalendar;
  /** Set once classification has run (pre-review, gate and tracker rules may read it). */
  classification?: Partial<ClassificationFacts>;
}

export interface RuleDef {
  id: string;
  stage: Stage;
  /** Budget-gate rules: the one question the rule answers; absent: both (or not a gate rule). */
  question?: GateQuestion;
  /** Ids of other rules whose findings this rule reports on purpose (see `RuleOptions.reports`). */
  reports?: readonly string[];
  /** Evaluate; return null when the rule does not apply / does not fire. */
  evaluate(ctx: RuleContext): Finding | readonly Finding[] | null;
}

export interface RulePack {
  meta: PackMeta;
  rules: readonly RuleDef[];
}
