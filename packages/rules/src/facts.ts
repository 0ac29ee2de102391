/**
 * The facts rules read: the catalogue §2.5 vocabulary as TypeScript. Money is integer fen (分) everywhere:
 * 60万元 = 60_000_000 fen, so 600,000.00 and 599,999.99 compare exactly. Dates are `YYYY-MM-DD`.
 *
 * Everything beyond the core is optional: a missing fact is "not shown", never "false by default" for a
 * condition that would let money through (rules treat unknown as the stricter side unless the catalogue says so).
 */
import type { Category, Fen, IsoDate, Jurisdiction } from './values.js';

export type { Fen } from './values.js';

export type Subtype = 'new' | 'continuation' | 'upgrade' | 'expansion' | 'enhancement';
export type FundingSource = 'local_fiscal' | 'upper_fiscal' | 'self_raised' | 'social_capital' | 'soe_own';
/** JJ 第二条 */
export type FundingModel = 'gov_funded' | 'gov_enterprise' | 'gov_opportunity_social';
/** SD 第二条, XC 第四条 */
export type FundingMode = 'gov_invest' | 'gov_enterprise_joint' | 'purchase_service' | 'gov_funded_om';
export type DeliveryMode = 'build' | 'procure_service' | 'purchase_service' | 'om';
export type Sanction = 'none' | '通报批评' | '暂缓安排投资计划' | '暂缓拨付建设资金' | '暂停项目建设' | '终止项目';
export type ApplicationKind =
  | '入库申请'
  | 'approval_application'
  | '需求方案'
  | '服务方案'
  | '立项申请'
  | '规划审核';

/** Who submits (项目单位 / 用户单位 / 项目建设单位). */
export interface ApplicantFacts {
  /** e.g. 区级部门, 街道, 区属国有企业, 行政部门, 事业单位, 市属国企, 政务部门 … as the pack's text names them. */
  type: string;
  level?: 'province' | 'city' | 'district' | 'county';
  independentLegalPerson?: boolean;
  firstLevelBudgetUnit?: boolean;
  /** 所属单位 submitting on its own instead of through the parent department (HS 第七条). */
  isSubordinateUnit?: boolean;
  /** XC 第七条: submitted through the 主管部门. */
  viaCompetentDepartment?: boolean;
  name?: string;
}

/** Document metadata: the system never stores the file, only what it is and which chapters it has. */
export interface DocumentFacts {
  /** 可行性研究报告, 实施方案, 初步设计方案, 运维方案, 申请入库文件, 需求方案 … */
  type: string;
  title?: string;
  sha256?: string;
  /** Chapter / section titles present (财政资金保障篇(章) …). */
  chapters?: readonly string[];
}

/** 数据资源目录 entry (HS 第十四条, BJ 第二十二–二十五条, SD 第二十七条). */
export interface DataResourceFacts {
  name: string;
  source?: string;
  format?: string;
  updateFrequency?: string;
  /** 分类 / 分级 (BJ 第二十三条) */
  classification?: string;
  grade?: string;
  /** 'not_shared' | 'conditional' | 'unconditional' … */
  sharingType?: string;
  openingType?: string;
  /** Free-form attributes per catalogue (信息项, 共享服务方式, 数据提供方式 …). */
  attributes?: Readonly<Record<string, string>>;
}

export interface LineItemFacts {
  type: string;
  amount: Fen;
  /** BJ 第十一条: 人员经费 / 公用经费 / 专项工作经费 */
  fundingClass?: string;
  /** XC 第二十[五]条: a standalone new 机房/网络/存储资源/计算资源 */
  standaloneNew?: boolean;
  linkedToOfficeBuildingWorks?: boolean;
}

export interface ProjectFlags {
  classified?: boolean;
  crossDept?: boolean;
  crossRegion?: boolean;
  crossLevel?: boolean;
  newCivilWorks?: boolean;
  highEnergy?: boolean;
  fixedAssetInvestment?: boolean;
  urgentSupplement?: boolean;
  temporary?: boolean;
  handlesSensitiveData?: boolean;
  usesThirdPartySystem?: boolean;
  involvesSurveying?: boolean;
  hasCustomSoftware?: boolean;
  pureEquipmentSoftwareProcurement?: boolean;
  isMajor?: boolean;
  specialNationalRule?: boolean;
  replacesAssets?: boolean;
}

/** Recorded approvals, reviews and decisions the project has collected (keys are the pack's own names). */
export interface ProjectStatusFacts {
  inLibrary?: boolean;
  /** Legacy: plan membership recorded as a named review; `annualPlan` (the issued plan's line) supersedes it. */
  inAnnualPlan?: boolean;
  /** The line of the issued annual plan (年度计划, 下达) that holds this project, built by the domain from the plan. */
  annualPlan?: AnnualPlanLineFacts;
  approvalStatus?: 'none' | 'pending' | 'approved' | 'rejected';
  sanction?: Sanction;
  /** Opinions / review results by name, e.g. { 前置审核: 'pass', 造价审核: 'pass', 区政府常务会议: 'pass' }. */
  reviews?: Readonly<Record<string, 'pass' | 'fail' | 'pending'>>;
  /** Open findings (BJ 第三十一条, XC 第二十[三]条(三), rectification notices). */
  openFindings?: readonly { ruleId: string; status: 'open' | 'rectified_noncompliant' | 'closed'; due?: IsoDate }[];
  /** Failed expert reviews, newest last (JJ 第八条(一) three strikes). */
  failedExpertReviews?: readonly IsoDate[];
  /** Reviewer decisions on H items, keyed by rule id. */
  decisions?: Readonly<Record<string, { result: 'pass' | 'fail' | 'na'; reviewer: string; on: IsoDate; comment?: string }>>;
  /** Recorded overrides of OVERRIDABLE rules, keyed by rule id. */
  overrides?: Readonly<Record<string, { authority: string; reason: string; documentRef: string; on: IsoDate }>>;
}

/** Lifecycle dates (§2.5 "Dates"). */
export interface ProjectDates {
  submittedOn?: IsoDate;
  approvalDate?: IsoDate;
  contractSigned?: IsoDate;
  constructionStart?: IsoDate;
  trialRunStart?: IsoDate;
  trialRunStable?: IsoDate;
  constructionCompleted?: IsoDate;
  preliminaryAcceptance?: IsoDate;
  acceptancePassed?: IsoDate;
  acceptanceFailed?: IsoDate;
  operationStart?: IsoDate;
  formalOperationStart?: IsoDate;
  freeOmEnd?: IsoDate;
  omPeriodEnd?: IsoDate;
  plannedStop?: IsoDate;
  /** Contract's scheduled acceptance date (JJ/BJ "按期", A-23). */
  contractAcceptanceDue?: IsoDate;
  contractEnd?: IsoDate;
  /** Approved extension of the acceptance deadline (HS 第二十八条, SD 第二十三条, XC 第十九条). */
  acceptanceExtendedTo?: IsoDate;
}

export interface ProjectFacts {
  id?: string;
  jurisdiction: Jurisdiction;
  departmentId: string;
  applicant: ApplicantFacts;
  name: string;
  /** Declared category; classification may re-derive it (e.g. HS upgrade ≤15% and ≤60万 → om). */
  category?: Category;
  subtype: Subtype;
  deliveryMode?: DeliveryMode;
  /** 电子政务网络平台, 业务信息系统, 数据中心 … (HS 第二条(一), XC 第二条, BJ 第二条). */
  objectType?: string;
  /** 基础性 / 行业性 / 个性化 (JJ 第四条), common (HS 第四条(一)). */
  tier?: string;
  applicationKind?: ApplicationKind;
  /** HS O&M intake: new O&M after the free period, or a renewal. */
  omKind?: 'new' | 'renewal';
  /** XC 第六条 */
  origin?: 'upper_required' | 'county_gov_decided' | 'unit_applied';
  /** Total investment 总投资. */
  amountTotal: Fen;
  /** 经费估算 (JJ 第六条). */
  amountEstimate?: Fen;
  /** 预算 (BJ 第三十四条). */
  budget?: Fen;
  /** 原项目投资 for upgrades: the original project's approved total. */
  originalInvestment?: Fen;
  /** 批复概算总投资. */
  approvedEstimate?: Fen;
  /** Sum of upgrades of the same system in the past 12 months, this one excluded. */
  priorUpgradesLast12Months?: Fen;
  paidToDate?: Fen;
  fundingSources: readonly FundingSource[];
  fundingModel?: FundingModel;
  fundingMode?: FundingMode;
  targetYear: number;
  /** JJ 维护类 服务周期 in months. */
  servicePeriodMonths?: number;
  projectCode?: string;
  /** 项目实施机构 / 项目责任人 (HS 第十七条, XC 第十三条). */
  implementingBody?: string;
  responsiblePerson?: string;
  deploymentTarget?: string;
  flags: ProjectFlags;
  documents: readonly DocumentFacts[];
  dataResources: readonly DataResourceFacts[];
  lineItems?: readonly LineItemFacts[];
  /** Ids of existing systems this project replaces or extends. */
  existingSystems?: readonly string[];
  /** HS 第十五条: the other participating departments' sub-projects under the same 框架方案 (for the line-item overlap diff). */
  siblingProjects?: readonly { departmentId: string; name?: string; lineItems: readonly LineItemFacts[] }[];
  /** Named fields of the application that some rules require (框架方案 fields, attestation …). */
  fields?: Readonly<Record<string, string | boolean | number>>;
  status?: ProjectStatusFacts;
  dates?: ProjectDates;
  /**
   * Dated records that satisfy obligations, keyed by a fixed vocabulary: contract_filing, acceptance_filing,
   * acceptance_application, self_evaluation, `annual_report:YYYY`, stop_notice, late_explanation,
   * `annual_catalogue:YYYY`, rectification, change_filing, extension_request.
   */
  records?: Readonly<Record<string, IsoDate>>;
}

export type SystemStatus = 'running' | 'stopped' | 'zombie' | 'long_unused';

/** An information system in operation (§2.5 "System status"). */
export interface SystemFacts {
  id: string;
  ownerDepartmentId: string;
  status: SystemStatus;
  /** 政务服务 / 公共服务 / 办公类 … */
  kind?: string;
  classified?: boolean;
  interconnected?: boolean;
  dataAggregated?: boolean;
  dataShared?: boolean;
  shareableData?: boolean;
  duplicateCollection?: boolean;
  duplicateBuild?: boolean;
  onGovServicePlatform?: boolean;
  requiresGovServicePlatform?: boolean;
  onOfficePlatform?: boolean;
  onSharingPlatform?: boolean;
  usageLow?: boolean;
  cryptoCompliant?: boolean;
  cybersecurityCompliant?: boolean;
  majorSecurityHazard?: boolean;
  domesticCryptoDeployed?: boolean;
  deploymentTarget?: string;
  lastEvaluation?: '合格' | '不合格';
  rectificationAccepted?: boolean;
  acceptancePassed?: IsoDate;
  freeOmEnd?: IsoDate;
  omMode?: '自管' | '集中运维' | '外包运维';
  hasProcurementRecord?: boolean;
  /** Last security assessment dates (HS 第三十九条 …). */
  lastAssessment?: IsoDate;
  inAnnualCatalogue?: boolean;
}

/** Budget gate Q1: may this payment be made to this project? */
export interface PaymentRequest {
  amount: Fen;
  fiscalYear: number;
  purpose: 'construction' | 'final_instalment' | 'om' | 'service' | 'other';
  /** 国库集中支付 or other. */
  channel?: string;
  fundingSource?: FundingSource;
  lineItems?: readonly LineItemFacts[];
  /** Pays for a renewal / extension of a third-party cloud contract (XC 第二十[五]条). */
  thirdPartyCloudRenewal?: boolean;
  /** Multi-level: this portion is assigned to a city/county (SD 第二十五条). */
  lowerLevelPortion?: boolean;
  /** Scope outside the approved scheme (XC 第十一条). */
  outsideApprovedScope?: boolean;
}

/** Budget gate Q2: may O&M funds be budgeted for this system in year Y? */
export interface OmBudgetRequest {
  amount: Fen;
  fiscalYear: number;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  lineItems?: readonly LineItemFacts[];
  /** XC 第二十[二]条: the 局's 审核意见 for this year and its amount. */
  reviewOpinion?: { result: 'pass' | 'fail'; amount?: Fen };
  standardAmount?: Fen;
  thirdPartyCloudRenewal?: boolean;
}

/** Units' other systems and history that some rules consult (HS 第六条(五) lockout …). */
export interface UnitFacts {
  systems?: readonly SystemFacts[];
  /** Findings still recorded against the unit's other projects (BJ 第三十一条, A-29: FLAG the unit's other requests). */
  otherProjectFindings?: readonly { projectId: string; ruleId: string; status: 'open' | 'rectified_noncompliant' | 'closed' }[];
}

/** What a filing (备案) carries (catalogue §4.6). */
export interface FilingFacts {
  type: 'contract' | 'acceptance' | 'change' | 'stop_operation' | 'annual_catalogue' | 'other_channel' | 'upstream_approval';
  filedOn: IsoDate;
  fields: Readonly<Record<string, string | number | boolean>>;
  attachments?: readonly string[];
  /** Contract filing: the procured items of the signed contract, compared with the approved procurement content (SD 第十三条). */
  contractItems?: readonly LineItemFacts[];
  /** change filing */
  change?: {
    newTotal: Fen;
    adjustAmount: Fen;
    goalUnchanged: boolean;
    reason?: '一' | '二' | '三';
    approvalsComplete?: boolean;
    changedAspects?: readonly string[];
  };
}

export interface Facts {
  project: ProjectFacts;
  system?: SystemFacts;
  unit?: UnitFacts;
  payment?: PaymentRequest;
  omRequest?: OmBudgetRequest;
  filing?: FilingFacts;
}

/** One line of an issued annual plan as the rules see it (amount in fen). */
export interface AnnualPlanLineFacts {
  planId: string;
  /** 计划版本: 1 for the plan first issued, +1 per 动态调整. */
  edition: number;
  year: number;
  issuedOn: IsoDate;
  amount: number;
  fundingSource: string;
  /** The bodies that approved the edition, in order (e.g. 市人民政府). */
  approvedBy: readonly string[];
  /** A temporary addition outside the approved plan, with the authority that allowed it. */
  temporary?: { authority: string; documentRef: string; on: IsoDate };
}

/** In the annual plan: the issued plan's line, or the legacy boolean. */
export const inAnnualPlan = (p: ProjectFacts): boolean => p.status?.annualPlan !== undefined || p.status?.inAnnualPlan === true;

/** How a decision cites the plan line: "plan-bijie-2027 第1版(2026-12-20 下达,计划金额 580000.00 元)". */
export function planCitation(l: AnnualPlanLineFacts): string {
  const yuan = `${Math.trunc(l.amount / 100)}.${String(l.amount % 100).padStart(2, '0')}`;
  const temp = l.temporary ? `,临时追加,依据${l.temporary.authority}${l.temporary.documentRef}` : '';
  return `${l.year}年度计划 ${l.planId} 第${l.edition}版(${l.issuedOn} 下达,计划金额 ${yuan} 元${temp})`;
}
