/**
 * Each jurisdiction's pack cut to the rules one decision evaluates, so a function loads only the rule modules of its
 * own stage (decision 034). The rules are the very declarations of the full packs (./index.ts), in pack order; a
 * decision gives the same answer on a stage pack as on the full one (tests/unit/rules/stagePacks.test.ts).
 * Built on first use: a function never calling one does not evaluate (or, bundled, even carry) its rules.
 */
import type { Jurisdiction, RulePack } from '../types.js';
import { meta as hongshanMeta } from './hongshan/meta.js';
import { intakeRules as hongshanIntakeRules } from './hongshan/intake.js';
import { classificationRules as hongshanClassificationRules } from './hongshan/classification.js';
import { preReviewRules as hongshanPreReviewRules } from './hongshan/preReview.js';
import { approvalSlaRule as hongshanApprovalSlaRule } from './hongshan/approvalSla.js';
import { budgetGateRules as hongshanBudgetGateRules } from './hongshan/budgetGate.js';
import { trackerRules as hongshanTrackerRules } from './hongshan/tracker.js';
import { filingRules as hongshanFilingRules } from './hongshan/filing.js';
import { meta as bijieMeta } from './bijie/meta.js';
import { intakeRules as bijieIntakeRules } from './bijie/intake.js';
import { classificationRules as bijieClassificationRules } from './bijie/classification.js';
import { preReviewRules as bijiePreReviewRules } from './bijie/preReview.js';
import { budgetGateRules as bijieBudgetGateRules } from './bijie/budgetGate.js';
import { trackerRules as bijieTrackerRules } from './bijie/tracker.js';
import { filingRules as bijieFilingRules } from './bijie/filing.js';
import { meta as jinjiangMeta } from './jinjiang/meta.js';
import { intakeRules as jinjiangIntakeRules } from './jinjiang/intake.js';
import { classificationRules as jinjiangClassificationRules } from './jinjiang/classification.js';
import { preReviewRules as jinjiangPreReviewRules } from './jinjiang/preReview.js';
import { budgetGateRules as jinjiangBudgetGateRules } from './jinjiang/budgetGate.js';
import { trackerRules as jinjiangTrackerRules } from './jinjiang/tracker.js';
import { filingRules as jinjiangFilingRules } from './jinjiang/filing.js';
import { meta as shandongMeta } from './shandong/meta.js';
import { intakeRules as shandongIntakeRules } from './shandong/intake.js';
import { classificationRules as shandongClassificationRules } from './shandong/classification.js';
import { preReviewRules as shandongPreReviewRules } from './shandong/preReview.js';
import { budgetGateRules as shandongBudgetGateRules } from './shandong/budgetGate.js';
import { trackerRules as shandongTrackerRules } from './shandong/tracker.js';
import { filingRules as shandongFilingRules } from './shandong/filing.js';
import { meta as xichuanMeta } from './xichuan/meta.js';
import { intakeRules as xichuanIntakeRules } from './xichuan/intake.js';
import { classificationRules as xichuanClassificationRules } from './xichuan/classification.js';
import { preReviewRules as xichuanPreReviewRules } from './xichuan/preReview.js';
import { budgetGateRules as xichuanBudgetGateRules } from './xichuan/budgetGate.js';
import { trackerRules as xichuanTrackerRules } from './xichuan/tracker.js';
import { filingRules as xichuanFilingRules } from './xichuan/filing.js';

type Packs = Record<Jurisdiction, RulePack>;

let classificationPacks: Packs | undefined;
/** classify(): the classification rules. */
export function classificationPack(jurisdiction: Jurisdiction): RulePack {
  classificationPacks ??= {
    hongshan: { meta: hongshanMeta, rules: [...hongshanClassificationRules] },
    bijie: { meta: bijieMeta, rules: [...bijieClassificationRules] },
    jinjiang: { meta: jinjiangMeta, rules: [...jinjiangClassificationRules] },
    shandong: { meta: shandongMeta, rules: [...shandongClassificationRules] },
    xichuan: { meta: xichuanMeta, rules: [...xichuanClassificationRules] },
  };
  return classificationPacks[jurisdiction];
}

let preReviewPacks: Packs | undefined;
/** preReview(): the intake and pre-review rules. */
export function preReviewPack(jurisdiction: Jurisdiction): RulePack {
  preReviewPacks ??= {
    hongshan: { meta: hongshanMeta, rules: [...hongshanIntakeRules, ...hongshanPreReviewRules] },
    bijie: { meta: bijieMeta, rules: [...bijieIntakeRules, ...bijiePreReviewRules] },
    jinjiang: { meta: jinjiangMeta, rules: [...jinjiangIntakeRules, ...jinjiangPreReviewRules] },
    shandong: { meta: shandongMeta, rules: [...shandongIntakeRules, ...shandongPreReviewRules] },
    xichuan: { meta: xichuanMeta, rules: [...xichuanIntakeRules, ...xichuanPreReviewRules] },
  };
  return preReviewPacks[jurisdiction];
}

let preReviewDeadlinesPacks: Packs | undefined;
/**
 * preReview() for its DEADLINE findings only (obligations, domain lifecycle/obligations.ts): the pre-review rules that
 * can yield one — 红山 第十一条's approval SLA alone — so that recomputing obligations on every lifecycle change
 * does not load every pack's intake and pre-review rules. tests/unit/rules/stagePacks.test.ts checks no other
 * intake or pre-review rule file yields a DEADLINE.
 */
export function preReviewDeadlinesPack(jurisdiction: Jurisdiction): RulePack {
  preReviewDeadlinesPacks ??= {
    hongshan: { meta: hongshanMeta, rules: [hongshanApprovalSlaRule] },
    bijie: { meta: bijieMeta, rules: [] },
    jinjiang: { meta: jinjiangMeta, rules: [] },
    shandong: { meta: shandongMeta, rules: [] },
    xichuan: { meta: xichuanMeta, rules: [] },
  };
  return preReviewDeadlinesPacks[jurisdiction];
}

let gatePacks: Packs | undefined;
/** budgetGate(): the budget-gate rules (both questions). */
export function gatePack(jurisdiction: Jurisdiction): RulePack {
  gatePacks ??= {
    hongshan: { meta: hongshanMeta, rules: [...hongshanBudgetGateRules] },
    bijie: { meta: bijieMeta, rules: [...bijieBudgetGateRules] },
    jinjiang: { meta: jinjiangMeta, rules: [...jinjiangBudgetGateRules] },
    shandong: { meta: shandongMeta, rules: [...shandongBudgetGateRules] },
    xichuan: { meta: xichuanMeta, rules: [...xichuanBudgetGateRules] },
  };
  return gatePacks[jurisdiction];
}

let deadlinesPacks: Packs | undefined;
/** deadlines(): the acceptance-tracker rules and the filing rules (their deadlines). */
export function deadlinesPack(jurisdiction: Jurisdiction): RulePack {
  deadlinesPacks ??= {
    hongshan: { meta: hongshanMeta, rules: [...hongshanTrackerRules, ...hongshanFilingRules] },
    bijie: { meta: bijieMeta, rules: [...bijieTrackerRules, ...bijieFilingRules] },
    jinjiang: { meta: jinjiangMeta, rules: [...jinjiangTrackerRules, ...jinjiangFilingRules] },
    shandong: { meta: shandongMeta, rules: [...shandongTrackerRules, ...shandongFilingRules] },
    xichuan: { meta: xichuanMeta, rules: [...xichuanTrackerRules, ...xichuanFilingRules] },
  };
  return deadlinesPacks[jurisdiction];
}

let filingPacks: Packs | undefined;
/** checkFiling(): the filing rules. */
export function filingPack(jurisdiction: Jurisdiction): RulePack {
  filingPacks ??= {
    hongshan: { meta: hongshanMeta, rules: [...hongshanFilingRules] },
    bijie: { meta: bijieMeta, rules: [...bijieFilingRules] },
    jinjiang: { meta: jinjiangMeta, rules: [...jinjiangFilingRules] },
    shandong: { meta: shandongMeta, rules: [...shandongFilingRules] },
    xichuan: { meta: xichuanMeta, rules: [...xichuanFilingRules] },
  };
  return filingPacks[jurisdiction];
}
