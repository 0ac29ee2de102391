import type { RulePack } from '../../types.js';
import { meta } from './meta.js';

export const shandong: RulePack = { meta, rules: [] };
