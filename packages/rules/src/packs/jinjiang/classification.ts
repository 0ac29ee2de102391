/**
 * 锦江区 classification rules (catalogue §4.2): scope, funding model, 统筹 tier, plan-first threshold, the 入库
 * pipeline and the 第十条 decision levels. Rule order matters for `approvalPath`: the last SET wins, so the reserve
 * (储备) comes after the pipelines.
 */
import { documentOf, type RuleHandle } from '../../dsl.js';
import type { Finding, RuleDef } from '../../types.js';
import { inAnnualPlan, type ProjectFacts } from '../../facts.js';
import {
  DOC,
  FIELD,
  PLAN_BODIES,
  PLAN_THRESHOLD,
  REVIEW,
  band,
  decisionAmount,
  inReserve,
  isBuild,
  isCityOpsCentre,
  isMaintenance,
  needsPlan,
  planAmount,
  reviewOf,
  strField,
} from './common.js';
import { JJ_02_FUNDING_MODEL, JJ_02_SCOPE, JJ_04_ONSHELF_EVAL, JJ_04_STREET_NO_DUP, JJ_04_TIER_BASIC, JJ_05_SURVEYING, JJ_06_PLAN_30W, JJ_07_114_PROCEDURE, JJ_07_PLAN_APPROVAL, JJ_07_RESERVE, JJ_07_TEMP_ADDITION, JJ_08_BUILD_PIPELINE, JJ_08_MAINT_PIPELINE, JJ_08_ORGANISER_SWITCH, JJ_10_3000W_PLUS, JJ_10_400W_3000W, JJ_10_BELOW_400W, JJ_10_SCOPE } from './rules.js';

// ---- JJ-02-scope -------------------------------------------------------------------------------------------------
const IN_SCOPE = JJ_02_SCOPE.finding('ROUTE', '符合《政务信息系统定义和范围》国家标准的建设类与维护类项目,纳入智慧锦江建设项目管理,需经智慧锦江建设领导小组审议。', {
  route: '领导小组审议',
});
const OUT_OF_SCOPE = JJ_02_SCOPE.finding(
  'SET',
  '本办法只适用于建设类与维护类智慧锦江建设项目(第二条),请将项目类别申报为建设类或维护类,否则不纳入本办法管理。',
  { sets: { inScope: false } },
);

// ---- JJ-02-funding-model -----------------------------------------------------------------------------------------
const UTILITY_DOMAINS: ReadonlySet<string> = new Set(['能源', '交通', '环保', '城市管理']);
const MODEL_MISSING = JJ_02_FUNDING_MODEL.finding(
  'FLAG',
  '未注明项目出资方式:请选择政府出资项目(含区属国有企业实施的项目)、政企合作类项目或政府机会类社会出资项目(第二条)。',
);
const OPPORTUNITY_NO_DOMAIN = JJ_02_FUNDING_MODEL.finding(
  'FLAG',
  '政府机会类社会出资项目限于能源、交通、环保、城市管理等公共事业领域(第二条),请注明项目所属公共事业领域。',
  { requires: [FIELD.publicUtilityDomain], missing: [FIELD.publicUtilityDomain] },
);

// ---- JJ-04-* -----------------------------------------------------------------------------------------------------
const TIER_BASIC = JJ_04_TIER_BASIC.finding(
  'CHECK',
  '全区共用的基础设施、共性支撑平台、核心关键系统和城市运行平台等基础性项目,由区城运中心依托市级平台统筹建设与维护:请确认本项目是否应转由区城运中心统筹建设。',
  { route: '区城运中心' },
);
const STREET_CHECK = JJ_04_STREET_NO_DUP.finding(
  'CHECK',
  '区级行业主管部门统筹建设的项目,街道不再重复建设:请核对本项目与区级行业主管部门统筹建设的项目功能是否重复。',
);
const STREET_DUP = JJ_04_STREET_NO_DUP.finding(
  'REJECT',
  '经审核确认本项目与区级行业主管部门统筹建设的项目重复,街道不再重复建设(第四条),不予纳入。',
);
const SHELF_REQ = [`${REVIEW.shelfEvaluation}(符合相关要求)`] as const;
const SHELF_MSG = '行业性应用项目经评估符合相关要求后上架运行;个性化应用场景项目成果经评估符合相关要求后纳入智慧锦江体系(第四条)。';
const SHELF_OK = JJ_04_ONSHELF_EVAL.require(SHELF_REQ, [], SHELF_MSG);
const SHELF_MISSING = JJ_04_ONSHELF_EVAL.require(SHELF_REQ, SHELF_REQ, SHELF_MSG);

// ---- JJ-05-surveying ---------------------------------------------------------------------------------------------
const SURVEY_REQ = [DOC.surveyingOpinion] as const;
const SURVEY_MSG = '使用财政资金的测绘项目和涉及测绘的其他使用财政资金的项目,须取得市规划和自然资源局(区规划和自然资源局配合)提出的合理性意见。';
const SURVEY_OK = JJ_05_SURVEYING.require(SURVEY_REQ, [], SURVEY_MSG);
const SURVEY_MISSING = JJ_05_SURVEYING.require(SURVEY_REQ, SURVEY_REQ, SURVEY_MSG);

// ---- JJ-06-plan-30w ----------------------------------------------------------------------------------------------
const PLAN = '智慧锦江建设项目年度计划';
const DIRECT = JJ_06_PLAN_30W.finding('ROUTE', '经费估算在30万元(不含)以下,通过预审后直接进入智慧锦江建设项目库入库程序。', {
  route: '入库程序',
});
const PLAN_FIRST = JJ_06_PLAN_30W.finding(
  'ROUTE',
  '经费估算在30万元(含)以上,须先纳入智慧锦江建设项目年度计划,方可进入入库程序。',
  { route: '年度计划', sets: { extraApprovals: [PLAN] } },
);
const PLAN_DONE = JJ_06_PLAN_30W.finding('ROUTE', '经费估算在30万元(含)以上,已纳入智慧锦江建设项目年度计划,进入入库程序。', {
  route: '入库程序',
  sets: { extraApprovals: [PLAN] },
});
const CROSSED_30 = JJ_06_PLAN_30W.finding(
  'FLAG',
  '预审时经费估算在30万元以下,但最新总投资(或造价审核金额)已达30万元(含)以上:须按30万元(含)以上重新确定路径,先纳入年度计划(A-17),请复核。',
);

// ---- JJ-07-* -----------------------------------------------------------------------------------------------------
const RESERVE_MSG = '经费估算30万元(含)以上且未纳入智慧锦江建设项目年度计划的项目列入储备,原则上不启动下一步工作(第七条)。';
const RESERVE = JJ_07_RESERVE.finding('SET', RESERVE_MSG, { sets: { approvalPath: '储备' } });
/** The override recorded by 领导小组办公室 lifts the reserve; the finding stays for the explanation. */
const RESERVE_OVERRIDDEN = JJ_07_RESERVE.finding('SET', RESERVE_MSG);
const PLAN_APPROVAL_MSG = '智慧锦江建设项目年度计划须报领导小组会、区委财经委员会、区政府常务会议审定后下达(第七条)。';
const PLAN_APPROVAL_OK = JJ_07_PLAN_APPROVAL.require(PLAN_BODIES, [], PLAN_APPROVAL_MSG);
const TEMP_REQ = [DOC.partyGovMinutes, DOC.additionRequest] as const;
const TEMP_MSG = '未纳入年度计划但根据国家、省、市、区工作安排需临时实施的项目,须根据区委、区政府相关会议纪要,报领导小组办公室申请追加纳入年度计划。';
const TEMP_ROUTE = JJ_07_TEMP_ADDITION.finding('ROUTE', '临时实施项目报领导小组办公室申请追加纳入年度计划。', { route: '领导小组办公室' });
const PROC_114_ROUTE = JJ_07_114_PROCEDURE.finding(
  'ROUTE',
  '本项目须按照《锦江区财政支出预算规范管理办法》(锦委办发〔2020〕114号)办理,按照规定程序执行。',
  { route: '锦委办发〔2020〕114号规定程序' },
);
const PROC_114_CHECK = JJ_07_114_PROCEDURE.finding(
  'CHECK',
  '请确认本项目是否须按照《锦江区财政支出预算规范管理办法》(锦委办发〔2020〕114号)办理;如是,按照规定程序执行。',
  { route: '锦委办发〔2020〕114号规定程序' },
);

// ---- JJ-08-* pipelines -------------------------------------------------------------------------------------------
const BUILD_PATH = '专家评审→部门联审→造价审核→入库';
const MAINT_PATH = '造价审核→入库';
const BUILD_PIPELINE = JJ_08_BUILD_PIPELINE.finding('ROUTE', '建设类项目入库程序:专家评审、部门联审、造价审核后纳入项目库(第八条)。', {
  route: BUILD_PATH,
  sets: { approvalPath: BUILD_PATH },
});
const MAINT_PIPELINE = JJ_08_MAINT_PIPELINE.finding('ROUTE', '维护类项目入库程序:由区发改局(区投资评审中心)造价审核后纳入项目库(第八条(三)(四))。', {
  route: MAINT_PATH,
  sets: { approvalPath: MAINT_PATH },
});
const ORGANISER_OFFICE = JJ_08_ORGANISER_SWITCH.finding('ROUTE', '区城运中心作为项目建设单位的项目,由领导小组办公室负责组织专家评审。', {
  route: '专家评审组织:领导小组办公室',
});
const ORGANISER_CENTRE = JJ_08_ORGANISER_SWITCH.finding('ROUTE', '建设方案报区城运中心组织相关领域专家论证评审。', {
  route: '专家评审组织:区城运中心',
});

// ---- JJ-10-* decision levels -------------------------------------------------------------------------------------
const GOV_MEETING = '区政府常务会议审定';
const PARTY_STANDING = '区委常委会议审定';
const L0_MSG = '总投资400万元(不含)以下,按政府采购程序实施(第十条)。';
const L1_MSG = '总投资400万元(含)—3000万元(不含),报区政府常务会议审定后按政府采购程序实施(第十条)。';
const L2_MSG = '总投资3000万元(含)以上,报区政府常务会议、区委常委会议审定后按政府采购程序实施(第十条)。';
const LEVEL0 = JJ_10_BELOW_400W.finding('ROUTE', L0_MSG, { route: '政府采购', sets: { decisionLevel: '政府采购' } });
const LEVEL1 = JJ_10_400W_3000W.finding('ROUTE', L1_MSG, {
  route: '政府采购',
  requires: [REVIEW.govMeeting],
  sets: { decisionLevel: '区政府常务会议', extraApprovals: [GOV_MEETING] },
});
const LEVEL2 = JJ_10_3000W_PLUS.finding('ROUTE', L2_MSG, {
  route: '政府采购',
  requires: [REVIEW.govMeeting, REVIEW.partyStanding],
  sets: { decisionLevel: '区政府常务会议+区委常委会议', extraApprovals: [GOV_MEETING, PARTY_STANDING] },
});
/** 政府机会类社会出资项目 are outside 第十条; the same thresholds are shown as advice only. */
const ADVICE = '(政府机会类社会出资项目不在第十条范围内,仅作参考,报领导小组审议)';
const LEVEL0_ADVICE = JJ_10_BELOW_400W.finding('FLAG', L0_MSG + ADVICE, { detail: { decisionLevel: '政府采购' } });
const LEVEL1_ADVICE = JJ_10_400W_3000W.finding('FLAG', L1_MSG + ADVICE, { detail: { decisionLevel: '区政府常务会议' } });
const LEVEL2_ADVICE = JJ_10_3000W_PLUS.finding('FLAG', L2_MSG + ADVICE, { detail: { decisionLevel: '区政府常务会议+区委常委会议' } });
const SCOPE_OPPORTUNITY = JJ_10_SCOPE.finding(
  'FLAG',
  '第十条决策层级只适用于纳入项目库的政府出资类项目和政企合作类项目;政府机会类社会出资项目参照同一金额标准提示,并报领导小组审议(A-19)。',
  { route: '领导小组审议' },
);
const crossed = (id: RuleHandle): Finding =>
  id.finding('FLAG', '申报总投资与造价审核金额分属不同决策层级(400万元/3000万元界限),已按最新审定金额确定决策层级,请复核(A-17)。');
const CROSSED = {
  JJ_10_BELOW_400W: crossed(JJ_10_BELOW_400W),
  JJ_10_400W_3000W: crossed(JJ_10_400W_3000W),
  JJ_10_3000W_PLUS: crossed(JJ_10_3000W_PLUS),
} as const;

const isOpportunity = (p: ProjectFacts): boolean => p.fundingModel === 'gov_opportunity_social';

function level(p: ProjectFacts, wanted: 0 | 1 | 2, crossedBands: Finding, f: Finding, advice: Finding): Finding | readonly Finding[] | null {
  const v = decisionAmount(p);
  if (band(v) !== wanted) return null;
  const out = isOpportunity(p) ? advice : f;
  return p.approvedEstimate !== undefined && band(p.amountTotal) !== wanted ? [out, crossedBands] : out;
}

export const classificationRules: readonly RuleDef[] = [
  // 第二条: 建设类与维护类 projects within the GB standard; 领导小组 审议.
  JJ_02_SCOPE.rule(({ facts: { project: p } }) => (isBuild(p) || isMaintenance(p) ? IN_SCOPE : OUT_OF_SCOPE)),

  // 第二条: three funding models; 政府机会类 limited to public utilities (能源、交通、环保、城市管理等: open list → reviewer).
  JJ_02_FUNDING_MODEL.rule(({ facts: { project: p } }) => {
    const m = p.fundingModel;
    if (m === undefined) return MODEL_MISSING;
    if (m !== 'gov_opportunity_social') return null;
    const domain = strField(p, FIELD.publicUtilityDomain);
    if (domain === undefined) return OPPORTUNITY_NO_DOMAIN;
    return UTILITY_DOMAINS.has(domain)
      ? null
      : JJ_02_FUNDING_MODEL.finding(
          'FLAG',
          `政府机会类社会出资项目限于能源、交通、环保、城市管理等公共事业领域,申报领域"${domain}"不在列举范围内,请审核人员确认是否属于公共事业领域。`,
          { detail: { domain } },
        );
  }),

  // 第四条: 基础性 projects belong to 区城运中心 (reviewer confirms the tier, P3).
  JJ_04_TIER_BASIC.rule(({ facts: { project: p } }) => (p.tier === '基础性' && !isCityOpsCentre(p) ? TIER_BASIC : null)),

  // 第四条: streets do not duplicate 行业主管部门 projects (reviewer confirms; a confirmed duplicate is refused).
  JJ_04_STREET_NO_DUP.rule(({ facts: { project: p } }) => {
    if (p.applicant.type !== '街道') return null;
    return p.status?.decisions?.[JJ_04_STREET_NO_DUP.id]?.result === 'fail' ? STREET_DUP : STREET_CHECK;
  }),

  // 第四条: 行业性 / 个性化 go live or join the system only after a passed evaluation.
  JJ_04_ONSHELF_EVAL.rule(({ facts: { project: p } }) => {
    if (p.tier !== '行业性' && p.tier !== '个性化') return null;
    return reviewOf(p, REVIEW.shelfEvaluation) === 'pass' ? SHELF_OK : SHELF_MISSING;
  }),

  // 第五条: fiscally funded surveying needs the 合理性意见 (inferred as a prerequisite).
  JJ_05_SURVEYING.rule(({ facts: { project: p } }) => {
    if (p.flags.involvesSurveying !== true || !p.fundingSources.includes('local_fiscal')) return null;
    return documentOf(p, DOC.surveyingOpinion) ? SURVEY_OK : SURVEY_MISSING;
  }),

  // 第六条: 经费估算 30万元(不含)以下 → 入库程序 directly; 30万元(含)以上 → annual plan first. Integer fen.
  JJ_06_PLAN_30W.rule(({ facts: { project: p } }) => {
    if (planAmount(p) < PLAN_THRESHOLD) {
      return p.amountEstimate !== undefined && decisionAmount(p) >= PLAN_THRESHOLD ? [DIRECT, CROSSED_30] : DIRECT;
    }
    return inAnnualPlan(p) ? PLAN_DONE : PLAN_FIRST;
  }),

  // 第七条: temporary projects outside the plan apply to be added, on 区委/区政府 minutes.
  JJ_07_TEMP_ADDITION.rule(({ facts: { project: p } }) => {
    if (inAnnualPlan(p) || p.flags.temporary !== true) return null;
    let missing: string[] | null = null;
    for (const t of TEMP_REQ) if (!documentOf(p, t)) (missing ??= []).push(t);
    return [JJ_07_TEMP_ADDITION.require(TEMP_REQ, missing ?? [], TEMP_MSG), TEMP_ROUTE];
  }),

  // 第七条: a plan entry is valid only after 领导小组会, 区委财经委员会 and 区政府常务会议 审定.
  JJ_07_PLAN_APPROVAL.rule(({ facts: { project: p } }) => {
    if (!inAnnualPlan(p) || !needsPlan(p)) return null;
    let missing: string[] | null = null;
    for (const b of PLAN_BODIES) if (reviewOf(p, b) !== 'pass') (missing ??= []).push(b);
    return missing ? JJ_07_PLAN_APPROVAL.require(PLAN_BODIES, missing, PLAN_APPROVAL_MSG) : PLAN_APPROVAL_OK;
  }),

  // 第七条, 第九条(一): 锦委办发〔2020〕114号 projects follow that procedure (trigger not in the text → reviewer, P7).
  JJ_07_114_PROCEDURE.rule(({ facts: { project: p } }) => {
    const v = p.fields?.[FIELD.procedure114];
    return v === true ? PROC_114_ROUTE : v === false ? null : PROC_114_CHECK;
  }),

  // 第八条: 建设类 pipeline (A-18: every 建设类 project regardless of amount).
  JJ_08_BUILD_PIPELINE.rule(({ facts: { project: p } }) => (isBuild(p) ? BUILD_PIPELINE : null)),

  // 第八条(三)(四): 维护类 pipeline (no expert review or joint review stated).
  JJ_08_MAINT_PIPELINE.rule(({ facts: { project: p } }) => (isMaintenance(p) ? MAINT_PIPELINE : null)),

  // 第八条(一): who organises the expert review.
  JJ_08_ORGANISER_SWITCH.rule(({ facts: { project: p } }) => {
    if (!isBuild(p)) return null;
    return isCityOpsCentre(p) ? ORGANISER_OFFICE : ORGANISER_CENTRE;
  }),

  // 第七条: ≥30万 and not in the plan → 储备 ("原则上": 领导小组办公室 may override).
  JJ_07_RESERVE.rule(({ facts: { project: p } }) => {
    if (!inReserve(p)) return null;
    return p.status?.overrides?.[JJ_07_RESERVE.id] ? RESERVE_OVERRIDDEN : RESERVE;
  }),

  // 第十条: the decision levels cover 政府出资类 and 政企合作类 projects (unset model: covered, the stricter side).
  // They are computed from classification on (the level a project will need); the gate enforces them once in the
  // library (JJ-10-decision-gate).
  JJ_10_SCOPE.rule(({ facts: { project: p } }) => (isOpportunity(p) ? SCOPE_OPPORTUNITY : null)),

  // 第十条 "400万元(不含)以下": v < 4,000,000.00.
  JJ_10_BELOW_400W.rule(({ facts: { project: p } }) => level(p, 0, CROSSED.JJ_10_BELOW_400W, LEVEL0, LEVEL0_ADVICE)),

  // 第十条 "400万元(含)—3000万元(不含)": 4,000,000.00 <= v < 30,000,000.00.
  JJ_10_400W_3000W.rule(({ facts: { project: p } }) => level(p, 1, CROSSED.JJ_10_400W_3000W, LEVEL1, LEVEL1_ADVICE)),

  // 第十条 "3000万元(含)以上": v >= 30,000,000.00.
  JJ_10_3000W_PLUS.rule(({ facts: { project: p } }) => level(p, 2, CROSSED.JJ_10_3000W_PLUS, LEVEL2, LEVEL2_ADVICE)),
];
