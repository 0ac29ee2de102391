import type { RulePack } from '../../types.js';
import { meta } from './meta.js';

export const bijie: RulePack = { meta, rules: [] };
