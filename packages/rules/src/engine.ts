/**
 * Pack validity on a date (in force, draft, expired: whether outcomes bind) and the per-stage index of a pack's rules.
 */
import type { IsoDate, PackMeta, PackStatus, RulePack, Stage } from './types.js';

export interface PackValidity {
  status: PackStatus;
  /** false: outcomes are advisory only (jinjiang draft A-20, xichuan after its trial, before effectiveFrom). */
  binding: boolean;
  /** Chinese notice explaining why the outcomes do not bind; null when they do. */
  notice: string | null;
}

export function packValidity(meta: PackMeta, on: IsoDate): PackValidity {
  if (meta.status === 'draft') {
    return { status: 'draft', binding: false, notice: `《${meta.title}》为征求意见稿,尚未施行,以下结论仅供参考(建议性)。` };
  }
  if (meta.status === 'expired' || meta.status === 'superseded' || (meta.effectiveUntil !== null && on > meta.effectiveUntil)) {
    return {
      status: 'expired',
      binding: false,
      notice: `《${meta.title}》已于${meta.effectiveUntil ?? '此前'}失效(试行期届满或被替代),以下结论仅供参考,请依据现行规定办理。`,
    };
  }
  if (meta.effectiveFrom !== null && on < meta.effectiveFrom) {
    return { status: meta.status, binding: false, notice: `《${meta.title}》自${meta.effectiveFrom}起施行,评估日期早于施行日期,以下结论仅供参考。` };
  }
  return { status: 'in_force', binding: true, notice: null };
}

type StageIndex = Record<Stage, RulePack['rules']>;
const indexCache = new WeakMap<RulePack, StageIndex>();

/** The pack's rules of `stage`, in pack order (indexed once per pack). */
export function stageRules(pack: RulePack, stage: Stage): RulePack['rules'] {
  return stageIndex(pack)[stage];
}

function stageIndex(pack: RulePack): StageIndex {
  let idx = indexCache.get(pack);
  if (!idx) {
    idx = { intake: [], classification: [], 'pre-review': [], 'budget-gate': [], 'acceptance-tracker': [], filing: [] };
    for (const rule of pack.rules) (idx[rule.stage] as RulePack['rules'][number][]).push(rule);
    indexCache.set(pack, idx);
  }
  return idx;
}
