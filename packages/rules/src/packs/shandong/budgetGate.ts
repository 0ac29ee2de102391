import type { RuleDef } from '../../types.js';

export const budgetGateRules: readonly RuleDef[] = [];
