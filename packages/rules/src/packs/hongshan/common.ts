/**
 * 红山区 derivations shared by several stages: the category (建设类 / 采购服务类 / 运维类), the approval documents and
 * the review results. Apart from classification.ts so that the intake and pre-review rules import these without
 * bringing the classification rules into a bundle (decision 034).
 */
import { wan } from '../../dsl.js';
import type { RuleContext } from '../../types.js';
import type { ProjectFacts } from '../../facts.js';

export type HsCategory = 'build' | 'procure_service' | 'om';

export const SIXTY_WAN = wan(60);

/** 第二条(二): upgrade ≤15% of the original investment and ≤60万 (cumulative over 12 months, A-01). */
export function upgradeAsOm(p: ProjectFacts): boolean {
  if (p.subtype !== 'upgrade' || p.originalInvestment === undefined) return false;
  const total = p.amountTotal + (p.priorUpgradesLast12Months ?? 0);
  return total * 100 <= p.originalInvestment * 15 && total <= SIXTY_WAN;
}

/** 第二条(四) list of O&M service items ("包括但不限于"). */
export const OM_ITEM_TYPES: ReadonlySet<string> = new Set([
  '政务网络运维',
  '基础环境运维',
  '系统运维',
  '功能修改完善',
  '性能调优',
  '接口开发',
  '系统对接',
  '机柜租赁',
  '通信线路租赁',
  '短信费',
  '网络和数据安全',
  '数据治理',
  '目录编制',
  '资源挂载',
]);

/** O&M items that are development work and may really be an upgrade. */
export const DEV_LIKE_OM_ITEMS: ReadonlySet<string> = new Set(['功能修改完善', '接口开发', '系统对接']);

function omLineItemsOnly(p: ProjectFacts): boolean {
  const li = p.lineItems;
  if (!li || li.length === 0) return false;
  for (let i = 0; i < li.length; i++) if (!OM_ITEM_TYPES.has(li[i].type)) return false;
  return true;
}

/**
 * The 红山 category of 第二条: 升级改造 within the caps → om; 采购服务 delivery → procure_service; an upgrade beyond the
 * caps stays 建设类 whatever it is labelled; O&M delivery or only 第二条(四) items → om; otherwise the declared category,
 * and 建设类 by default (新建、续建、升级改造).
 */
export function hsCategory(p: ProjectFacts): HsCategory {
  if (upgradeAsOm(p)) return 'om';
  const dm = p.deliveryMode;
  if (dm === 'procure_service' || dm === 'purchase_service') return 'procure_service';
  if (p.subtype === 'upgrade') return 'build';
  if (dm === 'om' || omLineItemsOnly(p)) return 'om';
  if (dm === 'build') return 'build';
  const c = p.category;
  if (c === 'om' || c === 'om_service' || c === 'maintenance') return 'om';
  if (c === 'procure_service' || c === 'gov_purchase_service') return 'procure_service';
  return 'build';
}

/** The category later stages use: classification's answer when given, else derived from the facts. */
export function categoryOf(ctx: RuleContext): HsCategory {
  const c = ctx.classification?.category;
  if (c === 'build' || c === 'procure_service' || c === 'om') return c;
  return hsCategory(ctx.facts.project);
}

/** 第十条 urgent supplement (the flag; whether its basis and 区政府同意 are shown is HS-10-path-urgent's REQUIRE). */
export const isUrgent = (p: ProjectFacts): boolean => p.flags.urgentSupplement === true;

/** 第十六条: approved by a body other than 区政数局 (field 审批部门). */
export function otherChannelApprover(p: ProjectFacts): string | null {
  const v = p.fields?.['审批部门'];
  return typeof v === 'string' && v !== '' && v !== '区政数局' ? v : null;
}

export const DOC_FSR = '可行性研究报告';
export const DOC_DESIGN = '初步设计方案';
export const DOC_IMPL = '实施方案';
export const DOC_OM_PLAN = '运维方案';
export const APPROVAL_DOCS_600K: readonly string[] = Object.freeze([DOC_FSR, DOC_DESIGN]);
export const APPROVAL_DOCS_BELOW_600K: readonly string[] = Object.freeze([DOC_IMPL]);

/** 第十二条: the texts the 区政数局 approves, or null when there is no approval step at 区政数局. */
export function approvalDocuments(p: ProjectFacts, category: HsCategory): readonly string[] | null {
  if (category === 'om' || otherChannelApprover(p) !== null) return null;
  if (isUrgent(p)) return APPROVAL_DOCS_BELOW_600K;
  return p.amountTotal >= SIXTY_WAN ? APPROVAL_DOCS_600K : APPROVAL_DOCS_BELOW_600K;
}

export const hasPassed = (p: ProjectFacts, name: string): boolean => p.status?.reviews?.[name] === 'pass';
