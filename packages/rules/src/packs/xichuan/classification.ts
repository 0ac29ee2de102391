/** 淅川县 classification rules (catalogue §4.2): scope, category, approval path, decision level. */

import type { RuleDef } from '../../types.js';
import { derivedCategory, omModeOf, outOfPack, reviewPassed } from './common.js';
import { inAnnualPlan } from '../../facts.js';
import { XC_02_COMPOSITE, XC_02_SCOPE, XC_04_CAT_INVEST, XC_04_CAT_SERVICE, XC_05_ROUTING, XC_06_ORIGIN, XC_07_PATH_INVEST, XC_07_PATH_SIMPLE, XC_08_TEMPORARY, XC_10_EXTRA_APPROVALS, XC_21_OM_MODE, XC_38_CLASSIFIED } from './rules.js';

/** 第二条 "包括信息设备和网络设备(含机房设备、智慧物联终端)、数据中心、云平台、政务信息系统、信息安全、软件开发、系统集成等". */
const SCOPE_OBJECTS: ReadonlySet<string> = new Set([
  '信息设备', '网络设备', '机房设备', '智慧物联终端', '数据中心', '云平台', '政务信息系统', '业务信息系统', '信息安全', '软件开发', '系统集成',
]);

const IN_SCOPE = XC_02_SCOPE.finding('SET', '属于本办法所称政务信息化项目(使用或部分使用政府资金的信息化建设、购买服务或运行维护项目)。', {
  sets: { inScope: true },
});
const OUT_OBJECT = XC_02_SCOPE.finding(
  'SET',
  '建设内容不属于本办法第二条所列信息设备和网络设备(含机房设备、智慧物联终端)、数据中心、云平台、政务信息系统、信息安全、软件开发、系统集成等项目,不适用本办法。',
  { sets: { inScope: false } },
);
const OUT_FUNDS = XC_02_SCOPE.finding(
  'SET',
  '项目未使用政府资金投资建设、不属于政府与社会企业联合建设、政府购买服务或需要政府资金运行维护的项目,不适用本办法。',
  { sets: { inScope: false } },
);

/** Field: the project is a 综合性项目 with an IT part (第二条). */
export const XC_COMPOSITE_FIELD = '综合性项目';
const COMPOSITE = XC_02_COMPOSITE.finding(
  'SET',
  '综合性项目中仅政务信息化建设升级部分适用本办法:请单列信息化部分的建设内容和投资额,以信息化部分作为本项目的总投资。',
  { sets: { inScope: true } },
);

const CAT_INVEST = XC_04_CAT_INVEST.finding('SET', '政府投资(含政府与社会企业联合建设)新建、续建、改扩建的政务信息化项目,属政府投资建设类项目。', {
  sets: { category: 'gov_invest_build' },
});
const CAT_SERVICE = XC_04_CAT_SERVICE.finding(
  'SET',
  '按照政府采购方式和程序交由符合条件的服务供应商承担的政务信息化项目,属政府购买服务类项目。',
  { sets: { category: 'gov_purchase_service' } },
);

const ORIGIN_REQ = ['项目来源(上级政府明确要求/县政府研究决定/项目建设单位按程序上报)'] as const;
const ORIGIN_OK = XC_06_ORIGIN.require(ORIGIN_REQ, [], '政务信息化项目来源已明确。');
const ORIGIN_MISSING = XC_06_ORIGIN.require(
  ORIGIN_REQ,
  ORIGIN_REQ,
  '政务信息化项目由上级政府明确要求建设、县政府研究决定建设或项目建设单位按程序上报批准的项目组成,请注明项目来源。',
);

const ROLES = Object.freeze({
  技术性审查: '县行政审批和政务信息管理局',
  项目库: '县行政审批和政务信息管理局',
  县级政务信息系统目录: '县行政审批和政务信息管理局',
  政府购买服务绩效评价: '县行政审批和政务信息管理局',
  项目审批: '县发改委',
  政府投资计划: '县发改委',
  财政性资金计划下达: '县发改委',
  预算: '县财政局',
  政府采购管理: '县财政局',
  竣工验收参与: Object.freeze(['县发改委', '县财政局', '县行政审批和政务信息管理局']),
  初步验收: '项目建设单位',
});
const ROUTING = XC_05_ROUTING.finding(
  'ROUTE',
  '技术性审查、项目库和县级政务信息系统目录由县行政审批和政务信息管理局负责;项目审批、政府投资计划和资金计划下达由县发改委负责;预算和政府采购由县财政局负责;初步验收由项目建设单位负责。',
  { route: '县行政审批和政务信息管理局', detail: { roles: ROLES } },
);

const PATH_INVEST = XC_07_PATH_INVEST.finding(
  'ROUTE',
  '政府投资建设类项目:县行政审批和政务信息管理局审查→县发改委报县政府批准列入政府投资项目储备库→编制年度政府投资计划→县发改委审批(项目建议书、可行性研究报告、初步设计)。',
  {
    route: '县发改委',
    sets: { approvalPath: 'xc-invest', decisionLevel: '县政府' },
    detail: { steps: Object.freeze(['县行政审批和政务信息管理局审查', '县发改委报县政府批准', '政府投资项目储备库', '年度政府投资计划', '县发改委审批']) },
  },
);
const PATH_SIMPLE = XC_07_PATH_SIMPLE.finding(
  'ROUTE',
  '单纯设备和软件类采购项目以及政府购买服务类项目:县行政审批和政务信息管理局审查通过、报县政府批准后可以实施。',
  {
    route: '县政府',
    sets: { approvalPath: 'xc-simple', decisionLevel: '县政府' },
    detail: { steps: Object.freeze(['县行政审批和政务信息管理局审查', '县政府批准', '实施']) },
  },
);

const TEMP_REQ = ['县分管领导同意'] as const;
const TEMP_MSG = '国家和省、市临时安排、不在年度建设计划范围内的项目,由需求单位报县分管领导同意后,经县行政审批和政务信息管理局技术性审查、县发改委审批后列入当年项目清单实施。';
const TEMP_OPTS = {
  route: '县行政审批和政务信息管理局',
  sets: { approvalPath: 'xc-temporary' },
  detail: { steps: Object.freeze(['县分管领导同意', '县行政审批和政务信息管理局技术性审查', '县发改委审批', '当年项目清单']) },
};
const TEMP_OK = XC_08_TEMPORARY.require(TEMP_REQ, [], TEMP_MSG, TEMP_OPTS);
const TEMP_MISSING = XC_08_TEMPORARY.require(TEMP_REQ, TEMP_REQ, TEMP_MSG, TEMP_OPTS);

const OM_MODES: ReadonlySet<string> = new Set(['自管', '集中运维', '外包运维']);
const OM_MODE_REQ = ['运行维护方式(自管/集中运维/外包运维)'] as const;
const OM_MODE_MSG = '运行维护方式可采取项目建设单位自管、集中运维和外包运维。';
const OM_SUITABLE = XC_21_OM_MODE.finding('CHECK', '所选运行维护方式是否适合本项目(适合集中运维的应委托有实力有资质的机构,适合外包运维的应采取外包方式)?');
const OM_MODE_MISSING = Object.freeze([XC_21_OM_MODE.require(OM_MODE_REQ, OM_MODE_REQ, `${OM_MODE_MSG}请明确运行维护方式。`), OM_SUITABLE]);
const OM_MODE_OK = Object.freeze([XC_21_OM_MODE.require(OM_MODE_REQ, [], OM_MODE_MSG), OM_SUITABLE]);
/** Field: 集中运维 受托机构 and its qualification (第二十一条). */
export const XC_CENTRAL_OM_FIELD = '集中运维受托机构资质';
const CENTRAL_REQ = ['运行维护方式(自管/集中运维/外包运维)', '集中运维受托机构资质'] as const;
const CENTRAL_MSG = '采用集中运维方式的项目,应委托符合有实力有资质的机构负责运行维护。';
const CENTRAL_OK = Object.freeze([XC_21_OM_MODE.require(CENTRAL_REQ, [], CENTRAL_MSG), OM_SUITABLE]);
const CENTRAL_MISSING = Object.freeze([XC_21_OM_MODE.require(CENTRAL_REQ, ['集中运维受托机构资质'], CENTRAL_MSG), OM_SUITABLE]);

const EXTRA = ['节能评估', '规划选址', '用地预审', '环境影响评价'] as const;
const EXTRA_MSG = '涉及新建土建工程或高耗能的项目,需进行节能评估、规划选址、用地预审、环境影响评价等审批。';
const EXTRA_OK = XC_10_EXTRA_APPROVALS.require(EXTRA, [], EXTRA_MSG, { sets: { extraApprovals: EXTRA } });

const EXTERNAL = XC_38_CLASSIFIED.finding(
  'ROUTE',
  '涉及国家秘密的信息化项目和国家有特别规定的政务信息化项目,按有关规定执行,不适用本办法的审批流程。',
  { route: 'external', sets: { inScope: false, approvalPath: 'external' } },
);

function usesGovernmentFunds(ctx: Parameters<RuleDef['evaluate']>[0]): boolean {
  const p = ctx.facts.project;
  if (p.fundingMode !== undefined) return true; // every XC funding mode (第二条/第四条) involves government funds
  for (const s of p.fundingSources) if (s === 'local_fiscal' || s === 'upper_fiscal') return true;
  return false;
}

export const classificationRules: readonly RuleDef[] = [
  // 第五条: roles (configuration), always.
  XC_05_ROUTING.rule(() => ROUTING),

  // 第二条: listed objects AND government funds. An unstated object type stays in scope (controls apply).
  XC_02_SCOPE.rule((ctx) => {
    const t = ctx.facts.project.objectType;
    if (t !== undefined && !SCOPE_OBJECTS.has(t)) return OUT_OBJECT;
    return usesGovernmentFunds(ctx) ? IN_SCOPE : OUT_FUNDS;
  }),

  // 第二条 "政务信息化建设升级部分适用于本办法".
  XC_02_COMPOSITE.rule(({ facts: { project: p } }) => (p.fields?.[XC_COMPOSITE_FIELD] === true ? COMPOSITE : null)),

  // 第四条 政府投资建设类: 政府投资 / 政府与社会企业联合建设, 新建、续建、改扩建.
  XC_04_CAT_INVEST.rule(({ facts: { project: p } }) =>
    p.deliveryMode !== 'purchase_service' &&
    p.fundingMode !== 'purchase_service' &&
    (p.fundingMode === 'gov_invest' || p.fundingMode === 'gov_enterprise_joint') &&
    (p.subtype === 'new' || p.subtype === 'continuation' || p.subtype === 'expansion')
      ? CAT_INVEST
      : null,
  ),

  // 第四条 政府购买服务类.
  XC_04_CAT_SERVICE.rule(({ facts: { project: p } }) =>
    p.deliveryMode === 'purchase_service' || p.fundingMode === 'purchase_service' ? CAT_SERVICE : null,
  ),

  // 第六条: every project has one of the three origins (upper_required unlocks the XC-07-unreviewed exemption).
  XC_06_ORIGIN.rule(({ facts: { project: p } }) =>
    p.origin === 'upper_required' || p.origin === 'county_gov_decided' || p.origin === 'unit_applied' ? ORIGIN_OK : ORIGIN_MISSING,
  ),

  // 第七条、第九条: 政府投资建设类 path (pure equipment/software procurement takes the simple path instead).
  XC_07_PATH_INVEST.rule(({ facts: { project: p } }) =>
    !outOfPack(p) && p.flags.pureEquipmentSoftwareProcurement !== true && derivedCategory(p) === 'gov_invest_build' ? PATH_INVEST : null,
  ),

  // 第七条: 单纯设备和软件类采购 / 政府购买服务类: 局 审查 → 县政府 批准 → 实施.
  XC_07_PATH_SIMPLE.rule(({ facts: { project: p } }) =>
    !outOfPack(p) && (p.flags.pureEquipmentSoftwareProcurement === true || derivedCategory(p) === 'gov_purchase_service') ? PATH_SIMPLE : null,
  ),

  // 第八条: temporary arrangements outside the annual plan. Special national/provincial procedures: XC-38.
  XC_08_TEMPORARY.rule(({ facts: { project: p } }) => {
    if (p.flags.temporary !== true || inAnnualPlan(p) || outOfPack(p)) return null;
    return reviewPassed(p, '县分管领导同意') ? TEMP_OK : TEMP_MISSING;
  }),

  // 第二十一条: the O&M arrangement must be one of the three modes; 集中运维 needs a qualified institution.
  XC_21_OM_MODE.rule((ctx) => {
    const p = ctx.facts.project;
    const applies = ctx.facts.system !== undefined || p.deliveryMode === 'om' || p.fundingMode === 'gov_funded_om' || p.fields?.['运行维护方式'] !== undefined;
    if (!applies) return null;
    const mode = omModeOf(ctx);
    if (mode === undefined || !OM_MODES.has(mode)) return OM_MODE_MISSING;
    if (mode !== '集中运维') return OM_MODE_OK;
    const q = p.fields?.[XC_CENTRAL_OM_FIELD];
    return q === undefined || q === '' || q === false ? CENTRAL_MISSING : CENTRAL_OK;
  }),

  // 第十条 "原则上不进行…审批,涉及新建土建工程高耗能项目的除外": new civil works or high energy → the four approvals.
  XC_10_EXTRA_APPROVALS.rule(({ facts: { project: p } }) => {
    if (p.flags.newCivilWorks !== true && p.flags.highEnergy !== true) return null;
    let missing: string[] | null = null;
    for (const a of EXTRA) if (!reviewPassed(p, a)) (missing ??= []).push(a);
    return missing ? XC_10_EXTRA_APPROVALS.require(EXTRA, missing, EXTRA_MSG, { sets: { extraApprovals: EXTRA } }) : EXTRA_OK;
  }),

  // 第三十[八]条: classified or specially regulated projects leave the pack.
  XC_38_CLASSIFIED.rule(({ facts: { project: p } }) => (outOfPack(p) ? EXTERNAL : null)),
];
