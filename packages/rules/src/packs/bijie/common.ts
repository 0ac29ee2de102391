/**
 * 毕节市 pack vocabulary: the names under which the facts carry bijie's opinions, fields and records, plus small
 * predicates shared by several stages. Every name is the text's own Chinese wording so that a civil servant can
 * recognise it on the screen.
 *
 * the 毕节 text sets no numeric deadlines. Each obligation's due date is a parameter that the 大数据部门 (or
 * 财政部门) sets and records on the project as a named field (`BJ_PARAMS`); unset means "no due date": the obligation
 * is tracked and flagged, never denied on time alone, and no other pack's numbers are used.
 */
import type { FundingSource, LineItemFacts, ProjectFacts } from '../../facts.js';
import type { IsoDate, RuleContext } from '../../types.js';

/** 第二条: 用户单位 types other than 市属国企 (市级行政部门, 事业单位(市属学校、医院)). */
export const CITY_UNIT_TYPES: ReadonlySet<string> = new Set(['行政部门', '市级行政部门', '事业单位', '市属学校', '市属医院']);
const SOE_TYPES: ReadonlySet<string> = new Set(['市属国企', '市属国有企业']);

export const isSoe = (p: ProjectFacts): boolean => SOE_TYPES.has(p.applicant.type);
/** 第三十五条 / A-16: county projects run in this pack in reference mode. */
export const isCounty = (p: ProjectFacts): boolean => p.applicant.level === 'county';

/** Opinions / review results in `project.status.reviews`. */
export const REVIEW = {
  /** 第六条 大数据部门会同相关部门初审 → 拟入库清单 */
  initial: '需求方案初审',
  /** 第七条/第八条 第三方评审机构需求方案评审结论 */
  demandReview: '需求方案评审',
  /** 第五条(四) */
  cryptoExpert: '密码应用方案专家评审',
  cryptoThirdParty: '密码应用方案第三方测评机构评估',
  /** 第九条 */
  planCompiled: '年度拟实施计划(大数据部门会同财政部门编制)',
  planApproved: '年度实施计划(市人民政府批准)',
  /** 第十条 财政部门会同大数据部门逐一审核 */
  finance: '财政部门预算审核',
  /** 第十四条 第三方评审机构服务方案及招标控制价评审结论 */
  servicePlanReview: '服务方案及招标控制价评审',
  /** 第三十四条: 服务方案须经市级大数据部门评审 */
  cityServicePlanReview: '市级大数据部门服务方案评审',
  /** 第十九条: 大数据部门经专家评审同意内容调整 */
  changeApproval: '服务内容调整审批',
  /** 第二十二条 */
  dataCatalogueReview: '数据资源目录审核(大数据部门)',
  dataCatalogueApproval: '数据资源目录审定(市人民政府)',
} as const;

/** Named application fields in `project.fields`. */
export const FIELD = {
  /** 第八条 用户单位对真实性、合理性、合规性、完整性的承诺 */
  attestation: '用户单位承诺(真实性、合理性、合规性、完整性)',
  /** 第二十九条 */
  privacyAttestation: '隐私保护和数据脱敏脱密承诺',
  /** 第三十二条 */
  performanceTargets: '绩效目标',
  /** 第十五条 */
  procurementPlanVersion: '采购依据服务方案版本',
  reviewedPlanVersion: '评审通过服务方案版本',
  /** 第十九条 / 第三十一条(二): delivered service content differs from the approved 服务方案 */
  serviceContentChanged: '服务内容已调整',
  /** 第十二条: 资金执行进度滞后 recorded by 财政部门 / 大数据部门 (cause to be judged by a reviewer) */
  slowExecution: '资金执行进度滞后',
  /** 第二十条: acceptance record */
  acceptanceByUser: '验收组织:用户单位',
  acceptanceWithBigData: '验收参加:大数据部门',
  acceptanceBasis: '验收依据:三方服务合同',
} as const;

/** A-15 parameters (`project.fields`, `YYYY-MM-DD`), each unset by default. */
export const BJ_PARAMS = {
  /** 第六条: 需求方案申报截止日期 from the 大数据部门's annual notice. */
  callDeadline: '需求方案申报截止日期',
  /** 第三十二条: 绩效运行监控和绩效自评的报送日期. */
  performanceDue: '绩效自评截止日期',
  /** 第三十三条: 综合评估完成日期 (before next year's procurement, inferred). */
  comprehensiveEvalDue: '综合评估截止日期',
} as const;

/** Dated records in `project.records`. */
export const RECORD = {
  procurement: 'procurement',
  comprehensiveEvaluation: 'comprehensive_evaluation',
  rectification: 'rectification',
  securityTest: (y: number) => `security_test:${y}`,
  cryptoAssessment: (y: number) => `crypto_assessment:${y}`,
  riskAssessment: (y: number) => `risk_assessment:${y}`,
  performanceMonitoring: (y: number) => `performance_monitoring:${y}`,
  performanceSelfEvaluation: (y: number) => `performance_self_evaluation:${y}`,
} as const;

/** 第三十一条(三) 毕节市城市数据中心("云上贵州"毕节分平台). */
export const CITY_CLOUD: ReadonlySet<string> = new Set([
  '毕节市城市数据中心',
  '云上贵州毕节分平台',
  '“云上贵州”毕节分平台',
  '"云上贵州"毕节分平台',
]);

export const reviewOf = (p: ProjectFacts, name: string): 'pass' | 'fail' | 'pending' | undefined => p.status?.reviews?.[name];
export const passed = (p: ProjectFacts, name: string): boolean => p.status?.reviews?.[name] === 'pass';

/** 第九条: the annual plan counts only once 市人民政府 approved it (used by 第十条, 第十三条). */
export const inApprovedPlan = (p: ProjectFacts): boolean =>
  p.status?.annualPlan !== undefined || (p.status?.inAnnualPlan === true && passed(p, REVIEW.planApproved));


/** A parameter date from `project.fields`, or undefined when the authority has not set one. */
export function paramDate(p: ProjectFacts, name: string): IsoDate | undefined {
  const v = p.fields?.[name];
  return typeof v === 'string' && v.length === 10 ? v : undefined;
}

/** 需求方案 is the entry application; a submission without a kind is treated as one (stricter). */
export const isDemandPlan = (p: ProjectFacts): boolean => p.applicationKind === '需求方案' || p.applicationKind === undefined;
export const isServicePlan = (p: ProjectFacts): boolean => p.applicationKind === '服务方案';

/** Does this gate question ask for 市级财政资金? Q2 (O&M budget) always does; Q1 by the payment's source. */
export function requestsLocalFiscal(ctx: RuleContext): boolean {
  if (ctx.facts.omRequest && !ctx.facts.payment) return true;
  const pay = ctx.facts.payment;
  if (!pay) return false;
  const src: FundingSource | undefined = pay.fundingSource;
  if (src !== undefined) return src === 'local_fiscal';
  const srcs = ctx.facts.project.fundingSources;
  return srcs.length === 0 || srcs.includes('local_fiscal');
}

/** Line items the gate question covers: the payment's (else the project's), or the O&M request's. */
export function gateLineItems(ctx: RuleContext): readonly LineItemFacts[] | undefined {
  const { payment, omRequest, project } = ctx.facts;
  if (payment) return payment.lineItems ?? project.lineItems;
  return omRequest?.lineItems;
}

