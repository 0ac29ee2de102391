import type { RulePack } from '../../types.js';
import { meta } from './meta.js';

export const jinjiang: RulePack = { meta, rules: [] };
