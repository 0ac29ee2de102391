/** 毕节市 classification rules (catalogue §4.2): scope, service category, the 统筹 pipeline and extra reviews. */
import { documentOf, wan } from '../../dsl.js';
import type { ProjectFacts } from '../../facts.js';
import type { Category, Finding, RuleDef } from '../../types.js';
import { RECORD, REVIEW, inApprovedPlan, isCounty, isSoe, passed } from './common.js';
import { BJ_02_SCOPE, BJ_02_SERVICE_TYPE, BJ_03_PIPELINE, BJ_09_PLAN_APPROVAL, BJ_10_SOE_SELF_FUNDED, BJ_10_UPPER_FUNDS, BJ_34_COUNTY_1M, BJ_34_THIRD_PARTY_SYSTEM, BJ_34_UPPER_SELF_FUNDS, BJ_35_COUNTY_REFERENCE } from './rules.js';

// ---------------------------------------------------------------------------------------------------------------
// BJ-02-scope (第二条)

const SCOPE_OBJECTS: ReadonlySet<string> = new Set(['服务平台', '数据平台', '业务系统', '政务云资源', '数据资源库']);
const CLASSIFIED = BJ_02_SCOPE.finding(
  'REJECT',
  '涉密信息化项目不适用本办法,按有关规定执行。',
  { sets: { inScope: false } },
);
const OBJECT_UNKNOWN = BJ_02_SCOPE.finding(
  'FLAG',
  '项目未注明建设对象。本办法适用的非涉密市级信息化项目主要包括服务平台、数据平台、业务系统、政务云资源、数据资源库的开发服务、运维服务和相关配套服务,请大数据部门确认是否属于适用范围。',
);

// ---------------------------------------------------------------------------------------------------------------
// BJ-02-service-type (第二条): everything is bought as a service; the category is one of three service types.

const SERVICE_TYPE = {
  dev_service: BJ_02_SERVICE_TYPE.finding('SET', '本项目按开发服务购买(第二条:开发服务、运维服务和相关配套服务)。', { sets: { category: 'dev_service' } }),
  om_service: BJ_02_SERVICE_TYPE.finding('SET', '本项目按运维服务购买(第二条:开发服务、运维服务和相关配套服务)。', { sets: { category: 'om_service' } }),
  support_service: BJ_02_SERVICE_TYPE.finding('SET', '本项目按相关配套服务购买(第二条:开发服务、运维服务和相关配套服务)。', {
    sets: { category: 'support_service' },
  }),
} as const;

function serviceType(p: ProjectFacts): keyof typeof SERVICE_TYPE {
  const c: Category | undefined = p.category;
  if (c === 'dev_service' || c === 'om_service' || c === 'support_service') return c;
  if (c === 'om' || c === 'maintenance' || p.deliveryMode === 'om') return 'om_service';
  return 'dev_service';
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-03-pipeline (第三条, 第六条–第十六条): the route, with the next step the project has not yet completed.

const PIPELINE_ROUTE = '毕节市市级信息化项目统筹管理流程';
const STEPS = [
  '用户单位编制需求方案报送大数据部门',
  '大数据部门会同相关部门初审,形成拟入库清单',
  '第三方评审机构评审需求方案',
  '大数据部门纳入项目库',
  '大数据部门会同财政部门编制年度拟实施计划,报市人民政府批准',
  '财政部门会同大数据部门逐一审核,安排年度预算',
  '用户单位编制项目服务方案报大数据部门汇总',
  '第三方评审机构评审服务方案及招标控制价',
  '用户单位组织政府采购,确定项目服务单位',
  '大数据部门、用户单位与项目服务单位签订三方服务合同',
] as const;

function pipelineFinding(next: number, decisionLevel: string): Finding {
  const tail = next < STEPS.length ? `当前待办环节:${STEPS[next]}。` : '三方服务合同已签订,进入项目实施、验收和监督管理。';
  return BJ_03_PIPELINE.finding('ROUTE', `按毕节市市级信息化项目统筹流程办理:${STEPS.join('→')}。${tail}`, {
    route: PIPELINE_ROUTE,
    sets: { approvalPath: PIPELINE_ROUTE, decisionLevel },
    detail: { steps: STEPS, nextStep: next < STEPS.length ? STEPS[next] : null },
  });
}
const PIPELINE: readonly Finding[] = Object.freeze(STEPS.map((_, i) => pipelineFinding(i, '市人民政府')).concat(pipelineFinding(STEPS.length, '市人民政府')));

function nextStep(p: ProjectFacts): number {
  if (!documentOf(p, '需求方案')) return 0;
  if (!passed(p, REVIEW.initial)) return 1;
  if (!passed(p, REVIEW.demandReview)) return 2;
  if (p.status?.inLibrary !== true) return 3;
  if (!inApprovedPlan(p)) return 4;
  if (!passed(p, REVIEW.finance)) return 5;
  if (!documentOf(p, '服务方案')) return 6;
  if (!passed(p, REVIEW.servicePlanReview)) return 7;
  if (p.records?.[RECORD.procurement] === undefined) return 8;
  if (p.dates?.contractSigned === undefined) return 9;
  return 10;
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-09-plan-approval (第九条)

const PLAN_REQ = [REVIEW.planCompiled, REVIEW.planApproved] as const;
const PLAN_MSG = '年度实施计划须由大数据部门会同财政部门编制年度拟实施计划,报经市人民政府批准后方可作为安排预算和编制服务方案的依据。';
const PLAN_OK = BJ_09_PLAN_APPROVAL.require(PLAN_REQ, [], PLAN_MSG);
const PLAN_NO_APPROVAL = BJ_09_PLAN_APPROVAL.require(PLAN_REQ, [REVIEW.planApproved], PLAN_MSG);
const PLAN_NO_COMPILED = BJ_09_PLAN_APPROVAL.require(PLAN_REQ, [REVIEW.planCompiled], PLAN_MSG);
const PLAN_NONE = BJ_09_PLAN_APPROVAL.require(PLAN_REQ, PLAN_REQ, PLAN_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-10 (第十条), BJ-34 (第三十四条), BJ-35 (第三十五条)

const UPPER_FUNDS = BJ_10_UPPER_FUNDS.finding('ROUTE', '项目使用上级资金的,按上级资金管理有关规定执行。', { route: '上级资金管理有关规定' });
const SOE_ROUTE = BJ_10_SOE_SELF_FUNDED.finding('ROUTE', '属市属国企项目的,由企业自行筹措建设资金,依照公司管理规定执行。', {
  route: '企业自行筹措资金(公司管理规定)',
});
const SOE_FISCAL = BJ_10_SOE_SELF_FUNDED.finding(
  'FLAG',
  '市属国企项目应由企业自行筹措建设资金,但申报的资金来源含财政资金,请用户单位更正资金来源(财政资金不予拨付)。',
);
const SOE_FISCAL_PAIR = Object.freeze([SOE_ROUTE, SOE_FISCAL]);

const CITY_REVIEW_ROUTE = '市级大数据部门评审服务方案';
const THIRD_PARTY = BJ_34_THIRD_PARTY_SYSTEM.finding('ROUTE', '市级单位采用第三方信息系统开展业务工作的,项目服务方案须经市级大数据部门评审。', {
  route: CITY_REVIEW_ROUTE,
  sets: { extraApprovals: [REVIEW.cityServicePlanReview] },
});
const UPPER_SELF = BJ_34_UPPER_SELF_FUNDS.finding('ROUTE', '使用上级或自行筹措资金开展信息化项目建设的,项目服务方案须经市级大数据部门评审。', {
  route: CITY_REVIEW_ROUTE,
  sets: { extraApprovals: [REVIEW.cityServicePlanReview] },
});
const COUNTY_1M_LIMIT = wan(100);
const COUNTY_1M = BJ_34_COUNTY_1M.finding('ROUTE', '县(自治县、市、区)信息化项目预算在100万元及以上的,项目服务方案须经市级大数据部门评审。', {
  route: CITY_REVIEW_ROUTE,
  sets: { extraApprovals: [REVIEW.cityServicePlanReview] },
  detail: { threshold: COUNTY_1M_LIMIT },
});
const COUNTY_REFERENCE = BJ_35_COUNTY_REFERENCE.finding(
  'SET',
  '县(自治县、市、区)项目参照本办法执行:县级大数据主管部门、财政部门和县级人民政府分别履行本办法中市级相应部门的职责。',
  { sets: { decisionLevel: '县级人民政府(参照本办法执行)' } },
);

export const classificationRules: readonly RuleDef[] = [
  // 第二条: 涉密 projects are out ("按有关规定执行"); the objects listed are "主要包括" (not exhaustive): other objects
  // are flagged for the 大数据部门 to confirm.
  BJ_02_SCOPE.rule(({ facts: { project: p } }) => {
    if (p.flags.classified === true) return CLASSIFIED;
    const o = p.objectType;
    if (o === undefined) return OBJECT_UNKNOWN;
    if (SCOPE_OBJECTS.has(o)) return null;
    return BJ_02_SCOPE.finding(
      'FLAG',
      `项目建设对象“${o}”不在第二条列举的服务平台、数据平台、业务系统、政务云资源、数据资源库之列(“主要包括”),请大数据部门确认是否适用本办法。`,
      { detail: { objectType: o } },
    );
  }),

  // 第二条: 开发服务 / 运维服务 / 相关配套服务 (no 建设类 / amount-based split in bijie).
  BJ_02_SERVICE_TYPE.rule(({ facts: { project: p } }) => SERVICE_TYPE[serviceType(p)]),

  // 第三条, 第六条–第十六条
  BJ_03_PIPELINE.rule(({ facts: { project: p } }) => PIPELINE[nextStep(p)]),

  // 第九条: a plan membership counts only with the compiling record and the 市人民政府 approval.
  BJ_09_PLAN_APPROVAL.rule(({ facts: { project: p } }) => {
    if (p.status?.inAnnualPlan !== true) return null;
    const compiled = passed(p, REVIEW.planCompiled);
    const approved = passed(p, REVIEW.planApproved);
    return compiled ? (approved ? PLAN_OK : PLAN_NO_APPROVAL) : approved ? PLAN_NO_COMPILED : PLAN_NONE;
  }),

  // 第十条
  BJ_10_UPPER_FUNDS.rule(({ facts: { project: p } }) => (p.fundingSources.includes('upper_fiscal') ? UPPER_FUNDS : null)),

  // 第十条: 市属国企 projects are self-funded; declared fiscal sources are flagged (the gate denies them, BJ-10-soe-no-fiscal).
  BJ_10_SOE_SELF_FUNDED.rule(({ facts: { project: p } }) => {
    if (!isSoe(p)) return null;
    const s = p.fundingSources;
    return s.includes('local_fiscal') || s.includes('upper_fiscal') ? SOE_FISCAL_PAIR : SOE_ROUTE;
  }),

  // 第三十四条(一): 市级单位 (a county unit runs in reference mode, its own 大数据部门 reviews).
  BJ_34_THIRD_PARTY_SYSTEM.rule(({ facts: { project: p } }) =>
    p.flags.usesThirdPartySystem === true && !isCounty(p) ? THIRD_PARTY : null,
  ),

  // 第三十四条(二): 上级资金 or 自行筹措资金; 市属国企's own funds are 自行筹措 (第十条), see docs/catalogue-vs-text.md.
  BJ_34_UPPER_SELF_FUNDS.rule(({ facts: { project: p } }) => {
    const s = p.fundingSources;
    return s.includes('upper_fiscal') || s.includes('self_raised') || s.includes('soe_own') ? UPPER_SELF : null;
  }),

  // 第三十四条(三): "100万元及以上" → budget ≥ 1,000,000.00 (integer fen). Without a 预算, the 总投资 stands in.
  BJ_34_COUNTY_1M.rule(({ facts: { project: p } }) => {
    if (!isCounty(p)) return null;
    const budget = p.budget ?? p.amountTotal;
    return budget >= COUNTY_1M_LIMIT ? COUNTY_1M : null;
  }),

  // 第三十五条 / A-16: county projects run in this pack in reference mode.
  BJ_35_COUNTY_REFERENCE.rule(({ facts: { project: p } }) => (isCounty(p) ? COUNTY_REFERENCE : null)),
];
