import type { RulePack } from '../../types.js';
import { meta } from './meta.js';
import { classificationRules } from './classification.js';

export const hongshan: RulePack = { meta, rules: [...classificationRules] };
