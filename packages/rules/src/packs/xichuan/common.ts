/**
 * 淅川县 shared vocabulary for the pack's rules: category derivation (第四条), the named reviews / fields the rules
 * read, and small allocation-free helpers. Pure: no clock, no I/O.
 *
 * Named reviews (`project.status.reviews[...]`, 'pass' | 'fail' | 'pending'):
 * - `技术性审查`        局 的项目审查意见 (第七条: 必要性、规模合理性、技术先进性、安全可靠性、集约性)
 * - `投资计划`          县发改委 下达的政府投资项目投资计划 (第十一条)
 * - `项目实施意见`      局 根据项目库实施情况出具的项目实施意见 (第十一条)
 * - `县分管领导同意`    临时安排项目的县分管领导意见 (第八条)
 * - `县发改委审批`      临时安排项目的县发改委审批 (第八条)
 * - `技术方案优化意见`  第十七条(二) 局 出具的意见
 * - `关停核准`          第二十条 局 对关停的核准
 * - `第三方绩效评价`    第三十[七]条 第三方评估/监控/评价报告结论
 * - `政府购买服务绩效评价` 第五条 局 的绩效评价
 * - 节能评估 / 规划选址 / 用地预审 / 环境影响评价 (第十条)
 */
import type { Category, RuleContext } from '../../types.js';
import type { ProjectFacts } from '../../facts.js';
import { sameName } from '../../names.js';

/** 第四条: the category the text assigns; falls back to the declared one. */
export function derivedCategory(p: ProjectFacts): Category | undefined {
  if (p.deliveryMode === 'purchase_service' || p.fundingMode === 'purchase_service') return 'gov_purchase_service';
  if (
    (p.fundingMode === 'gov_invest' || p.fundingMode === 'gov_enterprise_joint') &&
    (p.subtype === 'new' || p.subtype === 'continuation' || p.subtype === 'expansion')
  ) {
    return 'gov_invest_build';
  }
  return p.category;
}

/** The category established by classification when it ran, else derived from the facts. */
export function categoryOf(ctx: RuleContext): Category | undefined {
  return ctx.classification?.category ?? derivedCategory(ctx.facts.project);
}

export function reviewPassed(p: ProjectFacts, name: string): boolean {
  return p.status?.reviews?.[name] === 'pass';
}

export function hasDocument(p: ProjectFacts, type: string): boolean {
  const docs = p.documents;
  for (let i = 0; i < docs.length; i++) if (sameName(docs[i].type, type)) return true;
  return false;
}

/** 涉密或国家有特别规定的项目按有关规定执行 (第三十[八]条): out of this pack. */
export function outOfPack(p: ProjectFacts): boolean {
  return p.flags.classified === true || p.flags.specialNationalRule === true;
}

/** 第二十一条 运行维护方式, from the system when the question has one, else the application field. */
export function omModeOf(ctx: RuleContext): string | undefined {
  const s = ctx.facts.system?.omMode;
  if (s) return s;
  const f = ctx.facts.project.fields?.['运行维护方式'];
  return typeof f === 'string' && f !== '' ? f : undefined;
}

export const COUNTY_DEPLOYMENT_TARGETS: ReadonlySet<string> = new Set(['县级政务云', '县级政务云平台', '县级电子政务网络', '县级电子政务网络平台']);
