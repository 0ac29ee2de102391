/** 毕节市 intake rules (catalogue §4.1): who may submit, when, and what the 需求方案 / 服务方案 must contain. */
import { documentOf, type RuleHandle } from '../../dsl.js';
import { planCitation, type ProjectFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { yearOf } from '../../calendar/dates.js';
import { BJ_PARAMS, CITY_UNIT_TYPES, FIELD, inApprovedPlan, isCounty, isDemandPlan, isServicePlan, isSoe, paramDate } from './common.js';
import { BJ_02_APPLICANT, BJ_03_DEDUP_COUNTY, BJ_05_DEMAND_FIELDS, BJ_06_NEXT_YEAR_CALL, BJ_08_ATTESTATION, BJ_13_SERVICE_PLAN_FIELDS, BJ_13_SERVICE_PLAN_IN_PLAN, BJ_32_PERF_TARGETS } from './rules.js';
import { fieldPresent } from '../shared.js';
import { hasName } from '../../names.js';

// ---------------------------------------------------------------------------------------------------------------
// BJ-02-applicant (第二条, 第三条)

function applicantProblems(p: ProjectFacts): string[] {
  const a = p.applicant;
  const out: string[] = [];
  if (a.level !== 'city') out.push(a.level === undefined ? '未注明为市级单位' : '申报单位不是市级单位');
  if (!CITY_UNIT_TYPES.has(a.type)) out.push(`申报单位类型“${a.type}”不属于市级行政部门、事业单位(市属学校、医院)或市属国企`);
  if (a.independentLegalPerson !== true) out.push(a.independentLegalPerson === false ? '不具有独立法人资格' : '未表明具有独立法人资格');
  if (a.firstLevelBudgetUnit !== true) out.push(a.firstLevelBudgetUnit === false ? '不是一级预算单位' : '未表明为一级预算单位');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-06-next-year-call (第六条)

const DEMAND_DOC = ['需求方案'] as const;
const DEMAND_DOC_PRESENT = BJ_06_NEXT_YEAR_CALL.require(DEMAND_DOC, [], '次年拟实施项目需求方案应报送至大数据部门。');
const DEMAND_DOC_MISSING = BJ_06_NEXT_YEAR_CALL.require(DEMAND_DOC, DEMAND_DOC, '次年拟实施项目需求方案应报送至大数据部门。');

// ---------------------------------------------------------------------------------------------------------------
// Chapter requirements (第五条(三), 第十三条)

const DEMAND_CHAPTERS = ['系统目标', '服务内容', '功能应用', '数据资源', '网络部署', '安全保障', '经费估算'] as const;
const SERVICE_CHAPTERS = [
  '服务内容',
  '经费预算',
  '功能应用',
  '数据资源',
  '网络部署',
  '安全保障',
  '技术路线',
  '密码应用解决方案',
  '进度安排',
  '服务保障',
  '培训计划',
] as const;

/** `doc:chapter` requirements; when the document itself is absent, the document is what is missing. */
function chapterRule(id: RuleHandle, docType: string, chapters: readonly string[], message: string): (p: ProjectFacts) => Finding {
  const requires = Object.freeze(chapters.map((c) => `${docType}:${c}`));
  const complete = id.require(requires, [], message);
  const noDoc = id.require(requires, [docType], message);
  return (p) => {
    const d = documentOf(p, docType);
    if (!d) return noDoc;
    const have = d.chapters ?? [];
    let missing: string[] | undefined;
    for (let i = 0; i < chapters.length; i++) {
      if (!hasName(have, chapters[i])) (missing ??= []).push(requires[i]);
    }
    return missing ? id.require(requires, missing, message) : complete;
  };
}

const demandChapters = chapterRule(
  BJ_05_DEMAND_FIELDS,
  '需求方案',
  DEMAND_CHAPTERS,
  '需求方案应依据充分,明确系统目标、服务内容、功能应用、数据资源、网络部署、安全保障、经费估算等内容。',
);
const serviceChapters = chapterRule(
  BJ_13_SERVICE_PLAN_FIELDS,
  '服务方案',
  SERVICE_CHAPTERS,
  '项目服务方案应包括服务内容、经费预算、功能应用、数据资源、网络部署、安全保障、技术路线、密码应用解决方案、进度安排、服务保障、培训计划等,报大数据部门汇总。',
);

const NOT_IN_PLAN = BJ_13_SERVICE_PLAN_IN_PLAN.finding(
  'REJECT',
  '项目未列入市人民政府批准的年度实施计划(或年度实施计划尚未经市人民政府批准),不得编制报送项目服务方案。用户单位应根据市人民政府批准的年度实施计划组织编制服务方案。',
);

// ---------------------------------------------------------------------------------------------------------------
// BJ-32-perf-targets, BJ-08-attestation, BJ-03-dedup-county

const PERF_REQ = ['绩效目标'] as const;
const PERF_MSG = '按照“谁申请资金、谁编报绩效目标”原则,申请资金的用户单位应编报绩效目标。';
const PERF_PRESENT = BJ_32_PERF_TARGETS.require(PERF_REQ, [], PERF_MSG);
const PERF_MISSING = BJ_32_PERF_TARGETS.require(PERF_REQ, PERF_REQ, PERF_MSG);

const ATTEST_CHECK = BJ_08_ATTESTATION.finding(
  'CHECK',
  '用户单位对项目的真实性、合理性和要件的合规性、完整性负责:请核对用户单位负责人签署的承诺并记录审核意见。',
);
const ATTEST_MISSING = BJ_08_ATTESTATION.require(
  [FIELD.attestation],
  [FIELD.attestation],
  '申报材料须附用户单位对项目真实性、合理性和要件合规性、完整性的承诺。',
);
const ATTEST_MISSING_PAIR = Object.freeze([ATTEST_MISSING, ATTEST_CHECK]);

const DEDUP_CHECK = BJ_03_DEDUP_COUNTY.finding(
  'CHECK',
  '请核查需求方案是否结合实际梳理了本单位及本地区(含县、自治县、市、区)业务需求,是否与项目库及已建系统重复建设,是否做到统筹申报。',
);

export const intakeRules: readonly RuleDef[] = [
  // 第二条/第三条: 市级行政部门、事业单位(市属学校、医院)等具有独立法人资格的一级预算单位, or 市属国企.
  // County units are not rejected: they run this pack in reference mode (第三十五条, A-16; see BJ-35-county-reference).
  BJ_02_APPLICANT.rule(({ facts: { project: p } }) => {
    if (isSoe(p) || isCounty(p)) return null;
    const a = p.applicant;
    if (a.level === 'city' && CITY_UNIT_TYPES.has(a.type) && a.independentLegalPerson === true && a.firstLevelBudgetUnit === true) return null;
    return BJ_02_APPLICANT.finding(
      'REJECT',
      `申报单位不在本办法适用范围内:${applicantProblems(p).join(';')}。本办法适用于毕节市市级行政部门、事业单位(市属学校、医院)等具有独立法人资格的一级预算单位及市属国企。`,
      { detail: { applicantType: a.type, level: a.level } },
    );
  }),

  // 第六条: 需求方案 are for next year's projects, submitted to 大数据部门. The call deadline is a parameter set by the
  // 大数据部门's notice (A-15): late submissions are flagged, never rejected.
  BJ_06_NEXT_YEAR_CALL.rule(({ facts: { project: p }, on }) => {
    if (p.applicationKind !== '需求方案') return null;
    const submitted = p.dates?.submittedOn ?? on;
    const expectedYear = yearOf(submitted) + 1;
    const doc = documentOf(p, '需求方案') ? DEMAND_DOC_PRESENT : DEMAND_DOC_MISSING;
    const deadline = paramDate(p, BJ_PARAMS.callDeadline);
    const late = deadline !== undefined && submitted > deadline;
    if (p.targetYear === expectedYear && !late) return doc;
    const out: Finding[] = [doc];
    if (p.targetYear !== expectedYear) {
      out.push(
        BJ_06_NEXT_YEAR_CALL.finding(
          'FLAG',
          `需求方案申报的是次年拟实施项目:${submitted}报送的需求方案应为${expectedYear}年项目,申报年度为${p.targetYear}年,请核实;不符合的不纳入次年年度实施计划。`,
          { detail: { submitted, targetYear: p.targetYear, expectedYear } },
        ),
      );
    }
    if (late) {
      out.push(
        BJ_06_NEXT_YEAR_CALL.finding(
          'FLAG',
          `需求方案于${submitted}报送,晚于大数据部门通知的申报截止日期${deadline},请大数据部门决定是否纳入本轮初审。`,
          { detail: { submitted, deadline } },
        ),
      );
    }
    return out;
  }),

  // 第五条(三)
  BJ_05_DEMAND_FIELDS.rule(({ facts: { project: p } }) => (isDemandPlan(p) ? demandChapters(p) : null)),

  // 第十三条
  BJ_13_SERVICE_PLAN_FIELDS.rule(({ facts: { project: p } }) => (isServicePlan(p) ? serviceChapters(p) : null)),

  // 第十三条 + 第九条: only projects of the 市人民政府-approved annual plan compile a 服务方案.
  BJ_13_SERVICE_PLAN_IN_PLAN.rule(({ facts: { project: p } }) => {
    if (!isServicePlan(p)) return null;
    const plan = p.status?.annualPlan;
    if (plan) return BJ_13_SERVICE_PLAN_IN_PLAN.finding('SET', `项目已列入市人民政府批准的${planCitation(plan)},可编制报送服务方案。`);
    return inApprovedPlan(p) ? null : NOT_IN_PLAN;
  }),

  // 第三十二条: whoever applies for (fiscal) funds compiles the 绩效目标. A document of that type or the named field.
  BJ_32_PERF_TARGETS.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p) && !isServicePlan(p)) return null;
    const s = p.fundingSources;
    if (s.length > 0 && !s.includes('local_fiscal') && !s.includes('upper_fiscal')) return null;
    return documentOf(p, '绩效目标') || fieldPresent(p, FIELD.performanceTargets) ? PERF_PRESENT : PERF_MISSING;
  }),

  // 第八条 (P1 attestation): the signed declaration must be attached; its content is a reviewer item.
  BJ_08_ATTESTATION.rule(({ facts: { project: p } }) => (fieldPresent(p, FIELD.attestation) ? ATTEST_CHECK : ATTEST_MISSING_PAIR)),

  // 第三条 (P3 decision support): the reviewer sees the existing systems the project declares it replaces or extends.
  BJ_03_DEDUP_COUNTY.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p)) return null;
    const ex = p.existingSystems;
    return ex && ex.length ? BJ_03_DEDUP_COUNTY.finding('CHECK', DEDUP_CHECK.message, { detail: { existingSystems: ex } }) : DEDUP_CHECK;
  }),
];
