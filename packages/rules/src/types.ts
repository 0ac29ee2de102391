/**
 * The vocabulary every rule pack speaks. Pure data types: no AWS, no clock.
 * Outcome codes follow the catalogue §2.3; check types §2.4.
 */
import type { Facts } from './facts.js';
import type { WorkingDayCalendar } from './calendar/types.js';

export const JURISDICTIONS = ['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** An Asia/Shanghai calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Which function of the system asks the question (catalogue §4.x). */
export type Stage =
  | 'intake'
  | 'classification'
  | 'pre-review'
  | 'budget-gate'
  | 'acceptance-tracker'
  | 'filing';

export type CheckType = 'M' | 'D' | 'H';

export type Outcome =
  | 'REJECT' // the submission or step is refused
  | 'REQUIRE' // documents / fields / records must be present
  | 'ROUTE' // send to an approval path or body
  | 'FLAG' // non-blocking warning to a human
  | 'DENY-PAY' // budget gate Q1: no
  | 'DENY-OM' // budget gate Q2: no
  | 'DEADLINE' // a tracked obligation with a due date
  | 'LOCKOUT' // an action is blocked until a date
  | 'CHECK' // an H rule: a checklist / attestation item a named human must decide
  | 'SET'; // a classification fact (category, decision level …) established by the rule

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

/** Categories of catalogue §2.5. */
export type Category =
  | 'build'
  | 'procure_service'
  | 'om'
  | 'gov_invest_build'
  | 'gov_purchase_service'
  | 'maintenance'
  | 'dev_service'
  | 'om_service'
  | 'support_service';

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
  /** Evaluate; return null when the rule does not apply / does not fire. */
  evaluate(ctx: RuleContext): Finding | readonly Finding[] | null;
}

export interface RulePack {
  meta: PackMeta;
  rules: readonly RuleDef[];
}
