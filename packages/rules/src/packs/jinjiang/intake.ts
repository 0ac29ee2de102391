/** 锦江区 intake rules (catalogue §4.1): who may submit, and what the 需求方案 / 入库 package must contain. */
import { documentOf, type RuleHandle } from '../../dsl.js';
import type { Finding, RuleDef } from '../../types.js';
import { inAnnualPlan, type ProjectFacts } from '../../facts.js';
import {
  APPLICANT_TYPES,
  BUILD_SECTIONS,
  DOC,
  FIELD,
  MAINT_SECTIONS,
  SAFETY_SECTION,
  costReviewed,
  isBuild,
  isLibraryStage,
  isMaintenance,
  isNeedsPlanStage,
  jointPassed,
  needsPlan,
} from './common.js';
import { JJ_02_APPLICANT, JJ_06_ATTESTATION, JJ_06_BUILD_FIELDS, JJ_06_LEADER_SIGNOFF, JJ_06_MAINT_FIELDS, JJ_06_MAINT_PERIOD_3Y, JJ_06_PREREVIEW, JJ_07_BATCH_CUTOFFS, JJ_08_BUDGET_DOC, JJ_08_BUILD_SCHEME, JJ_19_SAFETY_STATEMENT } from './rules.js';
import { hasName } from '../../names.js';

// ---- JJ-02-applicant --------------------------------------------------------------------------------------------
const APPLICANT_MSG =
  '项目建设单位须为承担项目策划、项目建设、运维管理、购买服务的区级部门、街道或区属国有企业(第二条),申报单位类型不符合,不予受理。';

// ---- JJ-06-leader-signoff ---------------------------------------------------------------------------------------
const LEADER_REQ = ['分管区领导审核同意(会议纪要或领导签批)'] as const;
const LEADER_MSG = '项目需求方案须经分管区领导审核同意(会议纪要或领导签批)后,方可提交领导小组办公室预审。';
const LEADER_OK = JJ_06_LEADER_SIGNOFF.require(LEADER_REQ, [], LEADER_MSG);
const LEADER_MISSING = JJ_06_LEADER_SIGNOFF.require(LEADER_REQ, LEADER_REQ, LEADER_MSG);

// ---- JJ-06-build-fields / JJ-06-maint-fields ---------------------------------------------------------------------
const BUILD_REQ = Object.freeze(BUILD_SECTIONS.map((s) => `${DOC.needsPlan}:${s}`));
const MAINT_REQ = Object.freeze(MAINT_SECTIONS.map((s) => `${DOC.needsPlan}:${s}`));
const BUILD_MSG =
  '建设类项目需求方案应包括建设依据、建设目标、建设内容、技术实现、实施计划、资金估算、经费保障(含多渠道保障或分级保障)等方面内容。';
const MAINT_MSG =
  '维护类项目需求方案应包括立项依据、系统概况、运维内容、考核指标、服务周期(最长不超过3年)、资金估算、经费保障(含多渠道保障或分级保障)等方面内容。';
const BUILD_OK = JJ_06_BUILD_FIELDS.require(BUILD_REQ, [], BUILD_MSG);
const MAINT_OK = JJ_06_MAINT_FIELDS.require(MAINT_REQ, [], MAINT_MSG);
const NO_NEEDS_PLAN = [DOC.needsPlan] as const;
const BUILD_NO_DOC = JJ_06_BUILD_FIELDS.require(BUILD_REQ, NO_NEEDS_PLAN, BUILD_MSG);
const MAINT_NO_DOC = JJ_06_MAINT_FIELDS.require(MAINT_REQ, NO_NEEDS_PLAN, MAINT_MSG);

function sections(p: ProjectFacts, id: RuleHandle, wanted: readonly string[], req: readonly string[], msg: string, ok: Finding, noDoc: Finding): Finding {
  const d = documentOf(p, DOC.needsPlan);
  if (!d) return noDoc;
  let missing: string[] | null = null;
  for (let i = 0; i < wanted.length; i++) {
    if (!hasName(d.chapters, wanted[i])) (missing ??= []).push(req[i]);
  }
  return missing ? id.require(req, missing, msg) : ok;
}

// ---- JJ-06-maint-period-3y ---------------------------------------------------------------------------------------
const PERIOD_UNKNOWN = JJ_06_MAINT_PERIOD_3Y.require(
  ['服务周期(月)'],
  ['服务周期(月)'],
  '维护类项目需填报服务周期(最长不超过3年),以便核对是否超过36个月。',
);

// ---- JJ-06-attestation -------------------------------------------------------------------------------------------
const ATTEST_REQ = [FIELD.attestation] as const;
const ATTEST_MISSING = JJ_06_ATTESTATION.require(
  ATTEST_REQ,
  ATTEST_REQ,
  '项目建设单位须对申报项目的真实性和申报材料的合法性负责,请由单位负责人签署真实性、合法性承诺。',
);
const ATTEST_CHECK = JJ_06_ATTESTATION.finding(
  'CHECK',
  '请核对项目建设单位已签署的承诺:对申报项目的真实性和申报材料的合法性负责(承诺人、签署日期是否有效)。',
  { requires: ATTEST_REQ },
);

// ---- JJ-19-safety-statement --------------------------------------------------------------------------------------
const SAFETY_REQ = [`${DOC.needsPlan}:${SAFETY_SECTION}`] as const;
const SAFETY_MSG = '编制项目需求方案时要对软硬件产品的安全可靠情况进行说明(第十九条)。';
const SAFETY_OK = JJ_19_SAFETY_STATEMENT.require(SAFETY_REQ, [], SAFETY_MSG);
const SAFETY_MISSING = JJ_19_SAFETY_STATEMENT.require(SAFETY_REQ, SAFETY_REQ, SAFETY_MSG);

// ---- JJ-08-build-scheme ------------------------------------------------------------------------------------------
const SCHEME_REQ = [DOC.buildScheme] as const;
const SCHEME_MSG = '进入入库程序的建设类项目,须由项目建设单位按有关标准规范编制项目建设方案,报区城运中心组织专家论证评审。';
const SCHEME_OK = JJ_08_BUILD_SCHEME.require(SCHEME_REQ, [], SCHEME_MSG);
const SCHEME_MISSING = JJ_08_BUILD_SCHEME.require(SCHEME_REQ, SCHEME_REQ, SCHEME_MSG);

// ---- JJ-08-budget-doc --------------------------------------------------------------------------------------------
const BUDGET_REQ = [DOC.implementationPlan, DOC.budget] as const;
const BUDGET_MSG = '造价审核前须提交按项目实施方案编制的项目预算(第八条(三)),由区发改局(区投资评审中心)评审。';
const BUDGET_OK = JJ_08_BUDGET_DOC.require(BUDGET_REQ, [], BUDGET_MSG);

export const intakeRules: readonly RuleDef[] = [
  // 第二条: only 区级部门 / 街道 / 区属国有企业 may be 项目建设单位.
  JJ_02_APPLICANT.rule(({ facts: { project: p } }) =>
    APPLICANT_TYPES.has(p.applicant.type) ? null : JJ_02_APPLICANT.finding('REJECT', APPLICANT_MSG, { detail: { applicantType: p.applicant.type } }),
  ),

  // 第六条: 需求方案 needs the 分管区领导's 会议纪要 or 领导签批 before 预审.
  JJ_06_LEADER_SIGNOFF.rule(({ facts: { project: p } }) => {
    if (!isNeedsPlanStage(p)) return null;
    return documentOf(p, DOC.leaderMinutes) || documentOf(p, DOC.leaderSignoff) ? LEADER_OK : LEADER_MISSING;
  }),

  // 第六条: the seven sections of a 建设类 需求方案.
  JJ_06_BUILD_FIELDS.rule(({ facts: { project: p } }) =>
    isNeedsPlanStage(p) && isBuild(p) ? sections(p, JJ_06_BUILD_FIELDS, BUILD_SECTIONS, BUILD_REQ, BUILD_MSG, BUILD_OK, BUILD_NO_DOC) : null,
  ),

  // 第六条: the seven sections of a 维护类 需求方案.
  JJ_06_MAINT_FIELDS.rule(({ facts: { project: p } }) =>
    isNeedsPlanStage(p) && isMaintenance(p) ? sections(p, JJ_06_MAINT_FIELDS, MAINT_SECTIONS, MAINT_REQ, MAINT_MSG, MAINT_OK, MAINT_NO_DOC) : null,
  ),

  // 第六条 "服务周期(最长不超过3年)": ≤ 36 months (不超过 → <=). Unknown period: ask for it.
  JJ_06_MAINT_PERIOD_3Y.rule(({ facts: { project: p } }) => {
    if (!isMaintenance(p)) return null;
    const m = p.servicePeriodMonths;
    if (m === undefined) return PERIOD_UNKNOWN;
    return m > 36
      ? JJ_06_MAINT_PERIOD_3Y.finding('REJECT', `维护类项目服务周期最长不超过3年(36个月),申报的服务周期为${m}个月,超过上限。`, {
          detail: { servicePeriodMonths: m, maxMonths: 36 },
        })
      : null;
  }),

  // 第六条: the unit answers for truth and legality (P1 attestation: missing → blocks; present → reviewer checks).
  JJ_06_ATTESTATION.rule(({ facts: { project: p } }) => {
    if (!isNeedsPlanStage(p)) return null;
    const v = p.fields?.[FIELD.attestation];
    return v === undefined || v === '' || v === false ? ATTEST_MISSING : ATTEST_CHECK;
  }),

  // 第十九条: the 需求方案 explains the security and reliability of the products.
  JJ_19_SAFETY_STATEMENT.rule(({ facts: { project: p } }) => {
    if (!isNeedsPlanStage(p)) return null;
    return hasName(documentOf(p, DOC.needsPlan)?.chapters, SAFETY_SECTION) ? SAFETY_OK : SAFETY_MISSING;
  }),

  // 第七条: plan nodes 12月底 (Y−1) and 6月底 (Y). A project needing the plan whose 预审 falls after 30 June of its
  // target year misses both batches of that year (inferred cut-off). Pre-review date: the recorded 预审 decision,
  // else the evaluation date (the earliest it can still happen).
  JJ_07_BATCH_CUTOFFS.rule(({ facts: { project: p }, on }) => {
    if (!isNeedsPlanStage(p) || !needsPlan(p) || inAnnualPlan(p)) return null;
    const d = p.status?.decisions?.[JJ_06_PREREVIEW.id];
    const reviewed = d && d.result === 'pass' ? d.on : on;
    const y = p.targetYear;
    const batch1 = `${y - 1}-12-31`;
    const batch2 = `${y}-06-30`;
    if (reviewed <= batch2) return null;
    return JJ_07_BATCH_CUTOFFS.finding(
      'FLAG',
      `领导小组办公室以上年度12月底和当年度6月底为时间节点分两批编制年度计划:本项目预审日期${reviewed}已晚于${y}年度第二批节点(${batch2}),无法纳入${y}年度计划,将顺延至下一批次(${y + 1}年度第一批),在纳入计划前列入储备。`,
      { detail: { preReviewedOn: reviewed, batch1Cutoff: batch1, batch2Cutoff: batch2, nextBatch: { year: y + 1, batch: 1 } } },
    );
  }),

  // 第八条(一): 建设方案 for 建设类 projects in the 入库程序.
  JJ_08_BUILD_SCHEME.rule(({ facts: { project: p } }) => {
    if (!isLibraryStage(p) || !isBuild(p)) return null;
    return documentOf(p, DOC.buildScheme) ? SCHEME_OK : SCHEME_MISSING;
  }),

  // 第八条(三): the budget compiled per the 实施方案, before 造价审核 (A-18: every project in the 入库程序).
  JJ_08_BUDGET_DOC.rule(({ facts: { project: p } }) => {
    const due = isLibraryStage(p) || (isBuild(p) && jointPassed(p)) || (isMaintenance(p) && inAnnualPlan(p)) || costReviewed(p);
    if (!due) return null;
    let missing: string[] | null = null;
    for (const t of BUDGET_REQ) if (!documentOf(p, t)) (missing ??= []).push(t);
    return missing ? JJ_08_BUDGET_DOC.require(BUDGET_REQ, missing, BUDGET_MSG) : BUDGET_OK;
  }),
];

