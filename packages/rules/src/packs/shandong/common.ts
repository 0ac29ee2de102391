/**
 * Shared vocabulary of the 山东省 pack: names of the opinions, documents, fields and records its rules read, and
 * small helpers. Keys of `project.status.reviews`, `project.fields` and `project.records` used by this pack are
 * listed here so that the services and the tests use the same spelling.
 */
import { documentOf, type RuleHandle } from '../../dsl.js';
import type { ProjectFacts } from '../../facts.js';
import type { Finding, IsoDate } from '../../types.js';
import { hasName } from '../../names.js';

/** 省政务服务管理办公室: 规划审核 / 全口径备案 / 集中评审 (第四条, 第八条). */
export const GSMO = '省政务服务管理办公室';

/** `project.status.reviews` keys. */
export const REVIEW = {
  /** 第八条/第九条: the 审核意见 of 省政务服务管理办公室 after 集中评审 (必要性、可行性). */
  gsmoOpinion: '省政务服务管理办公室审核意见',
  /** 第四条: 省国家保密局 审查确认 of a 涉密 project. */
  secrecyBureau: '省国家保密局审查确认',
  /** 第十条: 省政务服务管理办公室 同意申报 opinion before a national-ministry application. */
  ministryConsent: '省政务服务管理办公室同意申报审核意见',
  /** 第十八条: 重新履行审核手续 on a prior 调整申请. */
  changeReview: '调整申请审核意见',
} as const;

/** `project.fields` keys. */
export const FIELD = {
  /** 第六条: the 省政务信息系统建设规划 / 年度指导计划 item the 立项申请 rests on. */
  planItem: '年度指导计划项目',
  /** 第七条: the 整体方案 is signed by the lead and every co-building department. */
  overallPlanCosigned: '整体方案共建部门会签',
  /** 第十条: the project is a 国家有关部委组织地方申报 project. */
  ministryProgram: '国家有关部委组织申报项目',
  /** 第十一条: 财政投资评审 result for construction funds (fen). */
  fiscalReviewAmount: '财政投资评审核定金额',
  /** 第十一条: 财政投资评审 result for O&M funds (fen). */
  fiscalReviewOmAmount: '运维经费评审核定金额',
  /** 第二十二条: who organised 竣工验收: 项目审批部门 | 项目建设单位. */
  acceptanceOrganiser: '竣工验收组织单位',
  /** 第二十八条: 项目信息资源目录 registered in the 共享平台目录管理系统. */
  catalogueRegistered: '信息资源目录纳入共享平台目录管理系统',
  /** the contract's scheduled completion date when `construction_completed` is not recorded. */
  scheduledCompletion: '合同约定完工日期',
  /** 第十九条: detected 工程严重逾期 / 投资重大损失. */
  seriousDelay: '工程严重逾期',
  majorLoss: '投资重大损失',
} as const;

/** `project.records` keys beyond the shared vocabulary of facts.ts. */
export const RECORD = {
  contractFiling: 'contract_filing',
  acceptanceFiling: 'acceptance_filing',
  acceptanceApplication: 'acceptance_application',
  extensionRequest: 'extension_request',
  selfEvaluation: 'self_evaluation',
  annualReport: 'annual_report:',
  rectification: 'rectification',
  /** 第十条: application to the national ministry, its approval, and the filing with 省政务服务管理办公室. */
  ministryApplication: 'ministry_application',
  ministryConsent: 'ministry_consent',
  ministryApproval: 'ministry_approval',
  ministryFiling: 'ministry_filing',
  /** 第十八条: the prior 调整申请 submitted to 省政务服务管理办公室. */
  changeApplication: 'change_application',
  /** 第十九条: report of 工程严重逾期 / 投资重大损失 to the 项目审批部门. */
  incidentReport: 'incident_report',
} as const;

/**
 * Present as a document of that type, as a chapter of a submitted document (e.g. 投资预算 as a chapter of the
 * 项目建设方案), or as a filled-in application field of that name.
 */
export function present(p: ProjectFacts, name: string): boolean {
  if (documentOf(p, name)) return true;
  const v = p.fields?.[name];
  if (v !== undefined && v !== '' && v !== false) return true;
  for (const d of p.documents) if (hasName(d.chapters, name)) return true;
  return false;
}

export function missingOf(p: ProjectFacts, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!present(p, n)) out.push(n);
  return out;
}

export const isIsoDate = (v: unknown): v is IsoDate =>
  typeof v === 'string' && v.length === 10 && v[4] === '-' && v[7] === '-';

export type DeadlineState = 'open' | 'met' | 'overdue';

export function deadlineState(on: IsoDate, due: IsoDate, satisfiedOn: IsoDate | undefined): DeadlineState {
  if (satisfiedOn !== undefined) return 'met';
  return on > due ? 'overdue' : 'open';
}

/** A DEADLINE finding carrying `detail: { obligation, startEvent, state, … }`. */
export function deadlineFinding(
  id: RuleHandle,
  message: string,
  due: IsoDate,
  provisional: boolean,
  detail: { obligation: string; startEvent: string; state: DeadlineState } & Record<string, unknown>,
  requires?: readonly string[],
): Finding {
  return id.finding('DEADLINE', message, requires ? { due, provisional, detail, requires } : { due, provisional, detail });
}

/** Whether the project (or the system it built) has passed 竣工验收 on or before `on`. */
export function accepted(p: ProjectFacts, systemAcceptance: IsoDate | undefined, on: IsoDate): boolean {
  const a = p.dates?.acceptancePassed ?? systemAcceptance;
  return a !== undefined && a <= on;
}
