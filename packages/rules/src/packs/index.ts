import type { Jurisdiction, RulePack } from '../types.js';
import { hongshan } from './hongshan/index.js';
import { bijie } from './bijie/index.js';
import { jinjiang } from './jinjiang/index.js';
import { shandong } from './shandong/index.js';
import { xichuan } from './xichuan/index.js';

export const rulePacks: Readonly<Record<Jurisdiction, RulePack>> = { hongshan, bijie, jinjiang, shandong, xichuan };

export function rulePack(jurisdiction: Jurisdiction): RulePack {
  return rulePacks[jurisdiction];
}
