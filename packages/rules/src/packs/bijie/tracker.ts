import type { RuleDef } from '../../types.js';

export const trackerRules: readonly RuleDef[] = [];
