/** 红山区 classification rules (catalogue §4.2). */
import { documentOf, wan } from '../../dsl.js';
import type { RuleContext, RuleDef } from '../../types.js';
import { planCitation, type ProjectFacts } from '../../facts.js';
import { HS_02_CAT_BUILD, HS_02_CAT_OM, HS_02_CAT_PROCURE, HS_02_SCOPE, HS_02_UPGRADE_AS_OM, HS_04_COMMON_PROJECTS, HS_04_ROUTING, HS_10_PATH_URGENT, HS_12_PATH_600K, HS_12_PATH_BELOW_600K, HS_12_PATH_OM, HS_12_PLAN_PRECONDITION, HS_12_SIMPLIFIED, HS_12_URGENT_3IN1, HS_13_EXTRA_APPROVALS, HS_16_OTHER_CHANNEL, HS_33_SELF_OM, HS_41_EMBEDDED } from './rules.js';
import { APPROVAL_DOCS_600K, APPROVAL_DOCS_BELOW_600K, DEV_LIKE_OM_ITEMS, DOC_OM_PLAN, SIXTY_WAN, hasPassed, hsCategory, isUrgent, otherChannelApprover, upgradeAsOm } from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Findings that do not depend on the facts.
// ---------------------------------------------------------------------------------------------------------------

const UPGRADE_AS_OM = HS_02_UPGRADE_AS_OM.finding(
  'SET',
  '升级改造项目总金额不超过原项目投资15%且不超过60万元,按照运维服务类项目管理。',
  { sets: { category: 'om' } },
);
const UPGRADE_CUMULATIVE_BREACH = HS_02_UPGRADE_AS_OM.finding(
  'FLAG',
  '本次升级改造金额单独计算不超过原项目投资15%且不超过60万元,但与近12个月内同一系统的其他升级改造合计后超出上限,按建设类项目管理;请审核人确认是否存在拆分规避审批的情况(A-01)。',
);
const UPGRADE_NO_BASE = HS_02_UPGRADE_AS_OM.finding(
  'FLAG',
  '升级改造项目未提供原项目投资(批复概算总投资),无法判断是否不超过原项目投资15%,暂按建设类项目管理;如需按运维服务类管理,请补充原项目批复概算总投资。',
);

const CAT_BUILD = HS_02_CAT_BUILD.finding('SET', '新建、续建、升级改造的政务信息化项目属于建设类项目。', { sets: { category: 'build' } });
const CAT_BUILD_UPGRADE = HS_02_CAT_BUILD.finding(
  'SET',
  '升级改造项目总金额超过原项目投资15%或超过60万元(或未提供原项目投资),属于建设类项目,须按建设类项目履行入库和审批程序。',
  { sets: { category: 'build' } },
);
const CAT_PROCURE = HS_02_CAT_PROCURE.finding('SET', '通过采购服务方式组织实施的政务信息化项目属于采购服务类项目。', {
  sets: { category: 'procure_service' },
});
const CAT_OM = HS_02_CAT_OM.finding(
  'SET',
  '为保障信息基础设施和信息系统安全、稳定、协同、高效运行提供服务的项目(政务网络运维、基础环境运维、系统运维、机柜租赁、通信线路租赁、短信费、网络和数据安全、数据治理、目录编制、资源挂载等)属于运维服务类项目。',
  { sets: { category: 'om' } },
);

const SCOPE_NOT_FISCAL = HS_02_SCOPE.finding(
  'REJECT',
  '本办法所称政务信息化项目是指使用财政资金建设或采购服务方式实施的项目以及相关运维服务项目;本项目资金来源不含财政资金,不属于本办法管理范围。',
  { sets: { inScope: false } },
);
const SCOPE_UNKNOWN_OBJECT = HS_02_SCOPE.finding(
  'FLAG',
  '未填写或无法识别项目建设对象类型,请审核人确认是否属于《政务信息系统定义和范围》规定的系统(电子政务网络平台、业务信息系统、信息资源库、信息安全基础设施、电子政务基础设施、物联网系统及其终端、数据开发与利用系统、业务应用支撑平台及软件、电子政务标准化体系等)。',
);
const OBJECT_TYPES: ReadonlySet<string> = new Set([
  '电子政务网络平台',
  '业务信息系统',
  '信息资源库',
  '信息安全基础设施',
  '电子政务基础设施',
  '数据中心',
  '机房',
  '视频监控',
  '物联网系统',
  '物联网终端',
  '物联网系统及其终端',
  '数据开发与利用系统',
  '业务应用支撑平台',
  '业务应用支撑软件',
  '业务应用支撑平台及软件',
  '电子政务标准化体系',
  '相关支撑体系',
]);

const EMBEDDED = HS_41_EMBEDDED.finding(
  'SET',
  '使用财政资金的其他项目中涉及的政务信息化项目,参照本办法执行。',
  { sets: { inScope: true } },
);

const ROLES = {
  入库立项审批: '区政数局',
  前置审核: '蒙东云计算中心',
  密码应用及电子文件标准审核: '区委保密机要局(区国家密码管理局)',
  资金预算政府采购监督: '区财政局',
  审计监督: '区审计局',
};
const ROUTING_PLAIN = HS_04_ROUTING.finding(
  'SET',
  '项目库、立项和审批由区政数局负责;前置审核由蒙东云计算中心负责;密码应用审核由区委保密机要局(区国家密码管理局)负责;非涉密项目网络安全等级保护定级备案审核由区公安分局负责;资金、预算和政府采购监督由区财政局负责;审计监督由区审计局负责。',
  { sets: { decisionLevel: '区政数局' }, detail: { roles: { ...ROLES, 等级保护定级备案审核: '区公安分局' } } },
);
const ROUTING_CLASSIFIED = HS_04_ROUTING.finding(
  'SET',
  '项目库、立项和审批由区政数局负责;前置审核由蒙东云计算中心负责;涉密项目的密码应用审核和分级保护测评审查由区委保密机要局(区国家密码管理局)负责;资金、预算和政府采购监督由区财政局负责;审计监督由区审计局负责。',
  { sets: { decisionLevel: '区政数局' }, detail: { roles: { ...ROLES, 分级保护测评审查: '区委保密机要局(区国家密码管理局)' } } },
);

const COMMON_TIERS: ReadonlySet<string> = new Set(['common', '基础性', '全局性', '通用性', '公共', '共性应用']);
const COMMON_ROUTE = HS_04_COMMON_PROJECTS.finding(
  'ROUTE',
  '项目申报为全局性、基础性、通用性的公共政务信息化项目,由蒙东云计算中心统筹建设管理。',
  { route: '蒙东云计算中心(公共政务信息化项目统筹建设管理)' },
);
const COMMON_CHECK = HS_04_COMMON_PROJECTS.finding(
  'CHECK',
  '请审核人判断本项目是否属于政务信息基础设施、应用支撑、数据资源、共性应用等全局性、基础性、通用性的公共政务信息化项目;如是,由蒙东云计算中心统筹建设管理。',
);

const COMMON_ROUTE_AND_CHECK = Object.freeze([COMMON_ROUTE, COMMON_CHECK]);

const URGENT_BASES: ReadonlySet<string> = new Set([
  '上级党委政府文件',
  '国家行业主管部门文件',
  '国家重大战略',
  '国家安全',
  '自然灾害',
  '事故灾难',
  '公共卫生事件',
  '社会安全事件',
]);
const URGENT_REQUIRES: readonly string[] = Object.freeze(['增补依据', '增补依据文件', '区政府同意']);
const URGENT_ROUTE = HS_10_PATH_URGENT.finding(
  'ROUTE',
  '紧急增补项目经区政府同意后履行审批程序(年度计划外增补审批);"情况紧急、确需增补"由审核人判断。',
  { route: '紧急增补:经区政府同意后由区政数局审批', sets: { decisionLevel: '区政府同意后由区政数局审批' } },
);

const PLAN_PRECONDITION = HS_12_PLAN_PRECONDITION.finding(
  'REJECT',
  '项目审批部门对已下达年度计划的政务信息化项目进行审批;本项目尚未纳入年度计划,暂缓审批,待纳入年度计划后再申请(紧急增补项目或按国家规定简化程序的项目除外;经区政数局同意可例外办理)。',
);

const PATH_600K_ROUTE = '区政数局审批可行性研究报告(二合一)和初步设计方案';
const PATH_BELOW_ROUTE = '区政数局审批实施方案(三合一)';
const PATH_OM_ROUTE = '项目单位直接组织实施(入库后无需审批)';
const PATH_600K = HS_12_PATH_600K.finding(
  'ROUTE',
  '总投资60万元及以上的建设、采购服务类项目,审批可行性研究报告(项目建议书、可行性研究报告二合一)和初步设计方案。',
  { route: PATH_600K_ROUTE, sets: { approvalPath: PATH_600K_ROUTE, requiredDocuments: APPROVAL_DOCS_600K } },
);
const PATH_BELOW = HS_12_PATH_BELOW_600K.finding(
  'ROUTE',
  '总投资60万元以下的建设、采购服务类项目,审批实施方案(项目建议书、可行性研究报告、初步设计方案三合一)。',
  { route: PATH_BELOW_ROUTE, sets: { approvalPath: PATH_BELOW_ROUTE, requiredDocuments: APPROVAL_DOCS_BELOW_600K } },
);
const PATH_OM = HS_12_PATH_OM.finding(
  'ROUTE',
  '运维服务类项目由项目单位直接组织实施,无需审批,但须先纳入项目库。',
  {
    route: PATH_OM_ROUTE,
    sets: { approvalPath: PATH_OM_ROUTE, decisionLevel: '项目单位', requiredDocuments: Object.freeze([DOC_OM_PLAN]) },
  },
);
const URGENT_3IN1_ROUTE = '紧急增补项目:区政数局审批实施方案(三合一)';
const URGENT_3IN1 = HS_12_URGENT_3IN1.finding(
  'SET',
  '第十条所列紧急增补项目,前期工作达到规定要求的,可以编制实施方案(项目建议书、可行性研究报告、初步设计方案三合一)报项目审批部门审批,不受60万元金额限制;"前期工作达到规定要求"由审核人确认。',
  { sets: { approvalPath: URGENT_3IN1_ROUTE, requiredDocuments: APPROVAL_DOCS_BELOW_600K } },
);
const SIMPLIFIED_ROUTE = '按国家有关规定简化的审批程序';
const SIMPLIFIED = HS_12_SIMPLIFIED.finding(
  'ROUTE',
  '项目符合国家有关规定,可简化需要报批的文件和审批程序;国家对审批程序有明确要求的,按国家要求执行。',
  { route: SIMPLIFIED_ROUTE, sets: { approvalPath: SIMPLIFIED_ROUTE } },
);
const SIMPLIFIED_CHECK = HS_12_SIMPLIFIED.finding(
  'CHECK',
  '请审核人核实项目所依据的国家有关规定,确定可简化的报批文件和审批程序,并记录依据。',
);
const SIMPLIFIED_AND_CHECK = Object.freeze([SIMPLIFIED, SIMPLIFIED_CHECK]);

const EXTRA_APPROVALS: readonly string[] = Object.freeze(['节能评估', '规划选址', '用地预审', '环境影响评价']);

const SELF_OM = HS_33_SELF_OM.finding(
  'FLAG',
  '区政务信息系统由项目单位自行运维;本运维申请的申报单位不是该系统的所属单位,请审核人核实(推定规则)。',
);

// ---------------------------------------------------------------------------------------------------------------

function hasDocOrPass(p: ProjectFacts, name: string): boolean {
  return documentOf(p, name) !== undefined || hasPassed(p, name);
}

function devLikeOmAmount(p: ProjectFacts): number {
  let sum = 0;
  const li = p.lineItems;
  if (li) for (let i = 0; i < li.length; i++) if (DEV_LIKE_OM_ITEMS.has(li[i].type)) sum += li[i].amount;
  return sum;
}

const isFiscal = (p: ProjectFacts): boolean => {
  const f = p.fundingSources;
  for (let i = 0; i < f.length; i++) if (f[i] === 'local_fiscal' || f[i] === 'upper_fiscal') return true;
  return false;
};

export const classificationRules: readonly RuleDef[] = [
  // 第二条(二): both bounds inclusive; a missing base means the project stays 建设类 (A-01). Integer fen: 100·v ≤ 15·orig.
  HS_02_UPGRADE_AS_OM.rule(({ facts: { project: p } }) => {
    if (p.subtype !== 'upgrade') return null;
    if (p.originalInvestment === undefined) return p.amountTotal <= SIXTY_WAN ? UPGRADE_NO_BASE : null;
    if (upgradeAsOm(p)) return UPGRADE_AS_OM;
    // A-01: this upgrade alone would qualify, the 12-month cumulative total does not.
    const v = p.amountTotal;
    return p.priorUpgradesLast12Months && v * 100 <= p.originalInvestment * 15 && v <= SIXTY_WAN ? UPGRADE_CUMULATIVE_BREACH : null;
  }),

  HS_02_CAT_BUILD.rule(({ facts: { project: p } }) => {
    if (hsCategory(p) !== 'build') return null;
    return p.subtype === 'upgrade' ? CAT_BUILD_UPGRADE : CAT_BUILD;
  }),

  HS_02_CAT_PROCURE.rule(({ facts: { project: p } }) => (hsCategory(p) === 'procure_service' ? CAT_PROCURE : null)),

  // 第二条(四), A-02: development-like O&M items above the upgrade caps are flagged as a possible upgrade.
  HS_02_CAT_OM.rule(({ facts: { project: p } }) => {
    if (upgradeAsOm(p) || hsCategory(p) !== 'om') return null;
    const dev = devLikeOmAmount(p);
    if (dev === 0) return CAT_OM;
    const overCap = dev > SIXTY_WAN || (p.originalInvestment !== undefined && dev * 100 > p.originalInvestment * 15);
    if (!overCap) return CAT_OM;
    return [
      CAT_OM,
      HS_02_CAT_OM.finding(
        'FLAG',
        `运维服务中功能修改完善、接口开发、系统对接等开发类内容合计${dev / 100}元,超过升级改造按运维管理的上限(60万元或原项目投资15%),可能属于升级改造(建设类)项目,请审核人确认项目类别(A-02)。`,
        { detail: { devAmount: dev, cap: SIXTY_WAN, originalInvestment: p.originalInvestment } },
      ),
    ];
  }),

  // 第二条, 第二条(一): 财政资金 (local or upper-level) is the scope test; the object list is open, so unknown types go to a reviewer.
  HS_02_SCOPE.rule(({ facts: { project: p } }) => {
    if (!isFiscal(p)) return SCOPE_NOT_FISCAL;
    const t = p.objectType;
    return t !== undefined && OBJECT_TYPES.has(t) ? null : SCOPE_UNKNOWN_OBJECT;
  }),

  // 第四十一条: field 所属财政资金项目 names the other fiscal project the IT part belongs to.
  HS_41_EMBEDDED.rule(({ facts: { project: p } }) => {
    const parent = p.fields?.['所属财政资金项目'];
    return typeof parent === 'string' && parent !== '' && isFiscal(p) ? EMBEDDED : null;
  }),

  HS_04_ROUTING.rule(({ facts: { project: p } }) => (p.flags.classified ? ROUTING_CLASSIFIED : ROUTING_PLAIN)),

  HS_04_COMMON_PROJECTS.rule(({ facts: { project: p } }) =>
    p.tier !== undefined && COMMON_TIERS.has(p.tier) ? COMMON_ROUTE_AND_CHECK : COMMON_CHECK,
  ),

  // 第十条: basis (field 增补依据, one of the listed kinds) + its document + 区政府同意 (document or review 'pass').
  HS_10_PATH_URGENT.rule(({ facts: { project: p } }) => {
    if (!isUrgent(p)) return null;
    const missing: string[] = [];
    const basis = p.fields?.['增补依据'];
    if (typeof basis !== 'string' || !URGENT_BASES.has(basis)) missing.push('增补依据');
    if (!documentOf(p, '增补依据文件')) missing.push('增补依据文件');
    if (!hasDocOrPass(p, '区政府同意')) missing.push('区政府同意');
    const req = HS_10_PATH_URGENT.finding(
      'REQUIRE',
      missing.length
        ? `紧急增补项目须有明确依据(上级党委政府或国家行业主管部门文件、国家重大战略或国家安全、突发事件),并经区政府同意后履行审批程序。缺少:${missing.join('、')}`
        : '紧急增补项目须有明确依据并经区政府同意后履行审批程序;依据和区政府同意记录已提供,请审核人确认情况紧急、确需增补。',
      { requires: URGENT_REQUIRES, missing },
    );
    return [req, URGENT_ROUTE];
  }),

  // 第十二条 (inferred, A-37): approval only for projects in the annual plan, except urgent (第十条) and simplified (第十二条(四)).
  HS_12_PLAN_PRECONDITION.rule(({ facts: { project: p } }) => {
    if (p.applicationKind !== 'approval_application') return null;
    const plan = p.status?.annualPlan;
    if (plan) return HS_12_PLAN_PRECONDITION.finding('SET', `项目已纳入${planCitation(plan)},可按第十二条规定的类型审批。`);
    if (p.status?.inAnnualPlan === true) return null;
    if (isUrgent(p) || p.flags.specialNationalRule === true || otherChannelApprover(p) !== null) return null;
    return hsCategory(p) === 'om' ? null : PLAN_PRECONDITION;
  }),

  HS_12_PATH_600K.rule(({ facts: { project: p } }) => {
    if (isUrgent(p) || otherChannelApprover(p) !== null || hsCategory(p) === 'om') return null;
    return p.amountTotal >= SIXTY_WAN ? PATH_600K : null;
  }),

  HS_12_PATH_BELOW_600K.rule(({ facts: { project: p } }) => {
    if (isUrgent(p) || otherChannelApprover(p) !== null || hsCategory(p) === 'om') return null;
    return p.amountTotal < SIXTY_WAN ? PATH_BELOW : null;
  }),

  HS_12_PATH_OM.rule(({ facts: { project: p } }) => (hsCategory(p) === 'om' ? PATH_OM : null)),

  HS_12_URGENT_3IN1.rule(({ facts: { project: p } }) =>
    isUrgent(p) && otherChannelApprover(p) === null && hsCategory(p) !== 'om' ? URGENT_3IN1 : null,
  ),

  HS_12_SIMPLIFIED.rule(({ facts: { project: p } }) =>
    p.flags.specialNationalRule === true ? SIMPLIFIED_AND_CHECK : null,
  ),

  // 第十三条: only new civil works or high-energy projects need 节能评估/规划选址/用地预审/环境影响评价 (document or review 'pass').
  HS_13_EXTRA_APPROVALS.rule(({ facts: { project: p } }) => {
    if (p.flags.newCivilWorks !== true && p.flags.highEnergy !== true) return null;
    const missing: string[] = [];
    for (const a of EXTRA_APPROVALS) if (!hasDocOrPass(p, a)) missing.push(a);
    const why = p.flags.newCivilWorks ? '新建土建工程' : '高耗能项目';
    return HS_13_EXTRA_APPROVALS.finding(
      'REQUIRE',
      `政务信息化项目原则上不再进行节能评估、规划选址、用地预审、环境影响评价等审批,但本项目涉及${why},须办理上述审批。${missing.length ? `缺少:${missing.join('、')}` : ''}`,
      { requires: EXTRA_APPROVALS, missing, sets: { extraApprovals: EXTRA_APPROVALS } },
    );
  }),

  HS_16_OTHER_CHANNEL.rule(({ facts: { project: p } }) => {
    const approver = otherChannelApprover(p);
    if (approver === null) return null;
    const route = `${approver}审批后向区政数局备案`;
    return HS_16_OTHER_CHANNEL.finding(
      'ROUTE',
      `本项目通过其他渠道建设或采购服务实施(审批部门:${approver}),应按规定履行审批程序后向区政数局备案。`,
      { route, sets: { approvalPath: route, decisionLevel: approver } },
    );
  }),

  // 第三十三条 (inferred): O&M of system s is applied for by its owner unit.
  HS_33_SELF_OM.rule(({ facts: { project: p, system: s } }) => {
    if (!s || hsCategory(p) !== 'om') return null;
    return s.ownerDepartmentId !== p.departmentId ? SELF_OM : null;
  }),
];
