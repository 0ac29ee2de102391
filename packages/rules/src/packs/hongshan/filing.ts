import type { RuleDef } from '../../types.js';

export const filingRules: readonly RuleDef[] = [];
