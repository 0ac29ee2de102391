import type { RuleDef } from '../../types.js';

export const intakeRules: readonly RuleDef[] = [];
