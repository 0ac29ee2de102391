/**
 * Who may record what (docs/milestone-roles.md, one table, articles cited there): a milestone or a named record is
 * a fact the decisions rest on only when the role the regulation names recorded it. `admin` (the system operator)
 * records nothing: it is no party the texts name.
 */
import type { Jurisdiction } from '@gov/rules';
import type { MilestoneType } from '@gov/schemas';

export type RecordingRole = 'department' | 'bureau' | 'finance';

const D: readonly RecordingRole[] = ['department'];
const B: readonly RecordingRole[] = ['bureau'];
const F: readonly RecordingRole[] = ['finance'];
const DB: readonly RecordingRole[] = ['department', 'bureau'];

/** Every jurisdiction unless `BY_JURISDICTION` says otherwise. */
const DEFAULT: Record<MilestoneType, readonly RecordingRole[]> = {
  approval: B,
  contract_signed: D,
  construction_started: D,
  trial_run_started: D,
  trial_run_stable: D,
  construction_completed: D,
  preliminary_acceptance: D,
  acceptance_application: D,
  acceptance_passed: D,
  acceptance_failed: D,
  extension_requested: D,
  extension_granted: B,
  late_explanation: D,
  operation_started: D,
  self_evaluation_submitted: D,
  post_evaluation_submitted: DB,
  annual_report_submitted: D,
  payment_made: F,
  system_stopped: D,
  record: [],
};

/** Where a text names someone else: BJ 第十六条/第二十条 (三方合同, 用户单位会同大数据部门验收), SD 第二十二条 (审批部门组织或委托). */
const BY_JURISDICTION: Partial<Record<Jurisdiction, Partial<Record<MilestoneType, readonly RecordingRole[]>>>> = {
  bijie: { contract_signed: DB, acceptance_passed: DB, acceptance_failed: DB },
  shandong: { acceptance_passed: B, acceptance_failed: B },
};

/**
 * Named records (`project.fields` after admission) the post-admission rules read, and who records each. Anything
 * else a client sends under these names in an application is a claim (claims.ts).
 */
export const RECORD_FIELDS: Record<Jurisdiction, Record<string, readonly RecordingRole[]>> = {
  hongshan: {
    免费运维期: D, // 第二十四条: stated in the contract the project unit signs
    运维单位: D, // 第三十条(三)
    申请投入使用: D, // 第二十九条: the project unit applies for go-live
    存在重大问题: B, // 第三十条(二): a finding of the 区政数局 on the O&M report
    '定期评估周期(月)': B, // 第三十九条: set per system by the authority
    累计自行调整数额: B, // 第二十三条: adjustments filed with the 项目审批部门
  },
  bijie: {
    服务内容已调整: B, // 第十九条/第三十一条(二): found by the 大数据部门's supervision
    资金执行进度滞后: F, // 第十二条: 财政部门 records execution
  },
  jinjiang: {
    需上级部门验收: B, // 第十四条: decided by the 领导小组办公室
    计划完成日期: D, // 第十二条: the schedule the project unit keeps
    '安全检测评估周期(月)': B, // 第十八条
    绩效评价结果: B, // 第十七条
  },
  shandong: {
    财政投资评审核定金额: F, // 第十一条: 财政投资评审
    运维经费评审核定金额: F, // 第十一条
    合同约定完工日期: D, // 第十三条: the signed contract the project unit files
    信息资源目录纳入共享平台目录管理系统: B, // 第二十八条
    工程严重逾期: B, // 第十九条
    投资重大损失: B, // 第十九条
  },
  xichuan: {
    竣工决算金额: F, // 第十一条: 县财政局 funds the project and takes back the 节余
    节余资金已退回: F, // 第十一条
    外包运维政府采购记录: D, // 第二十一条: the project unit's procurement record
    建设内容已调整: B, // 第十七条: adjustments filed with the 县发改委
    累计自行调整金额: B, // 第十七条
  },
};

export function milestoneRoles(jurisdiction: Jurisdiction, type: MilestoneType): readonly RecordingRole[] {
  return BY_JURISDICTION[jurisdiction]?.[type] ?? DEFAULT[type];
}

export function recordRoles(jurisdiction: Jurisdiction, name: string): readonly RecordingRole[] | undefined {
  return Object.hasOwn(RECORD_FIELDS[jurisdiction], name) ? RECORD_FIELDS[jurisdiction][name] : undefined;
}
