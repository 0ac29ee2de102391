/**
 * 锦江区 pack vocabulary (征求意见稿): the names under which the facts carry jinjiang's opinions, fields, documents
 * and records, plus small predicates shared by several stages. Names are the text's own Chinese wording.
 *
 * Stages of a jinjiang application (`project.applicationKind`):
 * - `需求方案` (or unset): 第六条 预审 of the 项目需求方案 (the first submission of every project);
 * - `入库申请`: 第八条 入库程序 (专家评审 → 部门联审 → 造价审核 → 入库) once the project has passed 预审 and, from
 *   30万元 on, is in the 年度计划.
 *
 * the text is a draft; rules carry their real outcomes and the framework marks every finding advisory.
 */
import { documentOf, wan } from '../../dsl.js';
import { inAnnualPlan, type Fen, type ProjectFacts } from '../../facts.js';
import { JJ_08_REVIEW_CHECKLIST } from './rules.js';

/** 第二条: 项目建设单位. */
export const APPLICANT_TYPES: ReadonlySet<string> = new Set(['区级部门', '街道', '区属国有企业']);

/** Documents (`project.documents[].type`). */
export const DOC = {
  needsPlan: '需求方案',
  /** 第六条 分管区领导审核同意: either one suffices. */
  leaderMinutes: '会议纪要',
  leaderSignoff: '领导签批',
  /** 第七条 临时实施项目追加纳入年度计划. */
  partyGovMinutes: '区委区政府相关会议纪要',
  additionRequest: '追加纳入年度计划申请',
  /** 第八条(一) */
  buildScheme: '建设方案',
  /** 第八条(三) 按项目实施方案编制的预算 */
  implementationPlan: '实施方案',
  budget: '项目预算',
  costReviewOpinion: '造价审核意见',
  /** 第五条 */
  secrecyOpinion: '区委保密机要局意见',
  cacOpinion: '区委网信办网络安全意见',
  policeOpinion: '区公安分局网络安全意见',
  surveyingOpinion: '测绘项目合理性意见',
  /** 第三条 */
  platformPlan: '智慧蓉城锦江运行管理平台接入方案',
  platformEvidence: '智慧蓉城锦江运行管理平台接入证明',
  /** 第十九条 */
  productList: '软硬件产品清单(含安全可靠情况)',
  /** 第十四条 */
  acceptanceReport: '项目验收报告',
} as const;

/** 第六条 建设类需求方案 sections (chapters of the 需求方案). */
export const BUILD_SECTIONS = ['建设依据', '建设目标', '建设内容', '技术实现', '实施计划', '资金估算', '经费保障'] as const;
/** 第六条 维护类需求方案 sections. */
export const MAINT_SECTIONS = ['立项依据', '系统概况', '运维内容', '考核指标', '服务周期', '资金估算', '经费保障'] as const;
/** 第十九条: chapter of the 需求方案. */
export const SAFETY_SECTION = '软硬件产品安全可靠情况说明';
/** 第五条: chapters of the 区委保密机要局 opinion. */
export const SECRECY_TOPICS = ['国产密码应用', '信创国产化'] as const;

/** Opinions / review results (`project.status.reviews`). */
export const REVIEW = {
  /** 第八条(一) 专家论证评审结论 (alternatively the decision on JJ-08-review-checklist). */
  expert: '专家评审',
  /** 第八条(二) 部门联审: each body's explicit 满足 (pass) / 不满足 (fail) opinion. */
  cac: '区委网信办',
  secrecy: '区委保密机要局',
  police: '区公安分局',
  /** 第八条(三) */
  cost: '造价审核',
  /** 第七条 年度计划审定 */
  planLeadingGroup: '年度计划:领导小组会',
  planFinance: '年度计划:区委财经委员会',
  planGov: '年度计划:区政府常务会议',
  /** 第十条 项目启动审定 */
  govMeeting: '区政府常务会议',
  partyStanding: '区委常委会议',
  /** 第四条 行业性/个性化项目 评估 */
  shelfEvaluation: '上架评估',
} as const;

export const JOINT_REVIEW_BODIES = [REVIEW.cac, REVIEW.secrecy, REVIEW.police] as const;
export const PLAN_BODIES = [REVIEW.planLeadingGroup, REVIEW.planFinance, REVIEW.planGov] as const;

/** Named application / record fields (`project.fields`). */
export const FIELD = {
  attestation: '申报真实性合法性承诺',
  /** 第八条(一) panel record (numbers). */
  panelSize: '专家组人数',
  panelRandom: '随机抽选专家人数',
  panelDirected: '定向选取智慧蓉城专家人数',
  panelSigned: '签字评审意见份数',
  opinionsReleased: '专家评审意见已交项目建设单位',
  opinionsDesensitised: '专家评审意见已脱敏',
  /** 第七条/第九条(一): true / false when known; unset → reviewer decides (JJ-07-114-procedure). */
  procedure114: '适用锦委办发〔2020〕114号',
  /** 第二条 政府机会类社会出资项目 所属公共事业领域. */
  publicUtilityDomain: '公共事业领域',
  /** 第十四条 需国家、省、市相关部门验收 (true). */
  upperAcceptance: '需上级部门验收',
  /** 第十二条 计划完成日期 (YYYY-MM-DD) on the schedule. */
  plannedCompletion: '计划完成日期',
  /** A-32 / 第十八条: per-system testing period in months, set by the security authority (unset: none). */
  securityTestMonths: '安全检测评估周期(月)',
  /** 第十七条: 绩效评价结果 when the system facts are not passed. */
  evaluationResult: '绩效评价结果',
} as const;

/** Dated records (`project.records`). `upstream_approval`: 第九条(二) 立项情况书面备案. */
export const RECORD = {
  contractFiling: 'contract_filing',
  acceptanceFiling: 'acceptance_filing',
  stopNotice: 'stop_notice',
  lateExplanation: 'late_explanation',
  rectification: 'rectification',
  upstreamFiling: 'upstream_approval',
} as const;

export const PLAN_THRESHOLD: Fen = wan(30);
export const LEVEL_1: Fen = wan(400);
export const LEVEL_2: Fen = wan(3000);

/** 第六条 预审 stage (the 需求方案; unset counts as the first submission). */
export const isNeedsPlanStage = (p: ProjectFacts): boolean => p.applicationKind === undefined || p.applicationKind === '需求方案';
/** 第八条 入库程序 stage. */
export const isLibraryStage = (p: ProjectFacts): boolean => p.applicationKind === '入库申请';

/** 建设类 (the default when a category is not declared). */
export const isBuild = (p: ProjectFacts): boolean => p.category === undefined || p.category === 'build';
export const isMaintenance = (p: ProjectFacts): boolean => p.category === 'maintenance';

/** 第六条 / A-17: the 经费估算 at 预审; the 总投资 when no estimate is recorded. */
export const planAmount = (p: ProjectFacts): Fen => p.amountEstimate ?? p.amountTotal;
/** 30万元(含)以上: must be in the annual plan first. */
export const needsPlan = (p: ProjectFacts): boolean => planAmount(p) >= PLAN_THRESHOLD;
/** 第七条: 未纳入计划的项目列入储备. */
export const inReserve = (p: ProjectFacts): boolean => needsPlan(p) && !inAnnualPlan(p);

/** 第十条 / A-17: the latest approved amount (造价审核 result recorded as `approvedEstimate`), else 总投资. */
export const decisionAmount = (p: ProjectFacts): Fen => p.approvedEstimate ?? p.amountTotal;
/** 0: 400万元(不含)以下; 1: 400万元(含)—3000万元(不含); 2: 3000万元(含)以上. */
export const band = (v: Fen): 0 | 1 | 2 => (v < LEVEL_1 ? 0 : v < LEVEL_2 ? 1 : 2);

/** 区城运中心 as 项目建设单位 (第四条, 第八条(一)). */
export function isCityOpsCentre(p: ProjectFacts): boolean {
  const n = p.applicant.name;
  return p.applicant.type === '区城运中心' || (n !== undefined && (n === '区城运中心' || n.includes('城运中心') || n.includes('城市运行管理中心')));
}

export const reviewOf = (p: ProjectFacts, key: string): 'pass' | 'fail' | 'pending' | undefined => p.status?.reviews?.[key];

/** 第八条(一) 专家论证评审通过: the review result, or the panel's decision on the checklist. */
export function expertPassed(p: ProjectFacts): boolean {
  return reviewOf(p, REVIEW.expert) === 'pass' || p.status?.decisions?.[JJ_08_REVIEW_CHECKLIST.id]?.result === 'pass';
}
/** The expert review has a conclusion (pass or fail). */
export function expertClosed(p: ProjectFacts): boolean {
  const r = reviewOf(p, REVIEW.expert);
  if (r === 'pass' || r === 'fail') return true;
  const d = p.status?.decisions?.[JJ_08_REVIEW_CHECKLIST.id]?.result;
  return d === 'pass' || d === 'fail';
}
/** 第八条(二) 部门联审通过: every body said 满足. */
export function jointPassed(p: ProjectFacts): boolean {
  for (const b of JOINT_REVIEW_BODIES) if (reviewOf(p, b) !== 'pass') return false;
  return true;
}
/** 第八条(三) 造价审核 complete: the opinion is on file or the review is recorded as passed. */
export function costReviewed(p: ProjectFacts): boolean {
  return reviewOf(p, REVIEW.cost) === 'pass' || documentOf(p, DOC.costReviewOpinion) !== undefined;
}

export function numField(p: ProjectFacts, name: string): number | undefined {
  const v = p.fields?.[name];
  return typeof v === 'number' ? v : undefined;
}
export function strField(p: ProjectFacts, name: string): string | undefined {
  const v = p.fields?.[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Present in a filing: a non-empty field or an attachment of that name. */
export function filingHas(fields: Readonly<Record<string, string | number | boolean>>, attachments: readonly string[] | undefined, name: string): boolean {
  const v = fields[name];
  if (v !== undefined && v !== '' && v !== false) return true;
  return attachments !== undefined && attachments.includes(name);
}
