import type { RulePack } from '../../types.js';
import { meta } from './meta.js';
import { intakeRules } from './intake.js';
import { classificationRules } from './classification.js';
import { preReviewRules } from './preReview.js';
import { budgetGateRules } from './budgetGate.js';
import { trackerRules } from './tracker.js';
import { filingRules } from './filing.js';

/** Rules in evaluation order: classification first, so later stages can read the category it sets. */
export const xichuan: RulePack = {
  meta,
  rules: [...intakeRules, ...classificationRules, ...preReviewRules, ...budgetGateRules, ...trackerRules, ...filingRules],
};
