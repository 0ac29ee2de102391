import type { RuleDef } from '../../types.js';

export const preReviewRules: readonly RuleDef[] = [];
