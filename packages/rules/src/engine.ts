/**
 * Pack validity on a date (in force, draft, expired: whether outcomes bind) and the per-stage index of a pack's rules.
 */
import type { GateQuestion, IsoDate, PackMeta, PackStatus, RulePack, Stage } from './types.js';

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

type IndexKey = Exclude<Stage, 'budget-gate'> | `budget-gate:${GateQuestion}`;
type StageIndex = Record<IndexKey, RulePack['rules']>;
const indexCache = new WeakMap<RulePack, StageIndex>();

/**
 * The pack's rules of `stage`, in pack order (indexed once per pack). The budget gate is indexed per question: a
 * gate rule declaring one question (`question`) is listed only for it, one declaring none for both.
 */
export function stageRules(pack: RulePack, stage: Exclude<Stage, 'budget-gate'>): RulePack['rules'];
export function stageRules(pack: RulePack, stage: 'budget-gate', question: GateQuestion): RulePack['rules'];
export function stageRules(pack: RulePack, stage: Stage, question?: GateQuestion): RulePack['rules'];
export function stageRules(pack: RulePack, stage: Stage, question: GateQuestion = 'payment'): RulePack['rules'] {
  const key: IndexKey = stage === 'budget-gate' ? `budget-gate:${question}` : stage;
  return stageIndex(pack)[key];
}

function stageIndex(pack: RulePack): StageIndex {
  let idx = indexCache.get(pack);
  if (!idx) {
    const i: Record<IndexKey, RulePack['rules'][number][]> = {
      intake: [], classification: [], 'pre-review': [], 'budget-gate:payment': [], 'budget-gate:om': [], 'acceptance-tracker': [], filing: [],
    };
    for (const rule of pack.rules) {
      if (rule.stage !== 'budget-gate') i[rule.stage].push(rule);
      else {
        if (rule.question !== 'om') i['budget-gate:payment'].push(rule);
        if (rule.question !== 'payment') i['budget-gate:om'].push(rule);
      }
    }
    idx = i;
    indexCache.set(pack, idx);
  }
  return idx;
}
