import type { RulePack } from '../../types.js';
import { meta } from './meta.js';

export const xichuan: RulePack = { meta, rules: [] };
