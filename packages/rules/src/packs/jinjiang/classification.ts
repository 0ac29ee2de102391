import type { RuleDef } from '../../types.js';

export const classificationRules: readonly RuleDef[] = [];
