/**
 * Shared value types every other module of the package may import: a leaf (it imports nothing), so `types.ts`,
 * `facts.ts` and `calendar/types.ts` no longer import one another for these. Outcome codes follow the catalogue
 * §2.3; check types §2.4; categories §2.5.
 */

export const JURISDICTIONS = ['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** An Asia/Shanghai calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Money in integer fen (分): 60万元 = 60_000_000. */
export type Fen = number;

/** Which function of the system asks the question (catalogue §4.x). */
export type Stage =
  | 'intake'
  | 'classification'
  | 'pre-review'
  | 'budget-gate'
  | 'acceptance-tracker'
  | 'filing';

export type CheckType = 'M' | 'D' | 'H';

/** The budget gate's two questions (资金闸口): Q1 may money be paid to this project, Q2 may O&M funds be budgeted. */
export type GateQuestion = 'payment' | 'om';

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
