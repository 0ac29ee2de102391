/**
 * Authority records (另一机关的意见、批准、列入年度计划、备案回执): what each jurisdiction's rules read from another
 * body, under the name the pack reads, which fact the record sets, and who records it (docs/milestone-roles.md
 * "Authority records"). The bureau records what other bodies send it; finance never records an authority's act (it
 * is the gate's questioner, and its word would open its own gate); a filing receipt is in the filer's hands.
 */
import type { Jurisdiction } from '@gov/rules';
import type { RecordingRole } from './roles.js';

export type AuthorityRecordKind = 'opinion' | 'approval' | 'annual_plan' | 'filing_receipt';

export interface AuthorityRecordKindDef {
  kind: AuthorityRecordKind;
  /** The body whose act it is (shown; the request may name a more precise one). */
  authority: string;
  article: string;
  roles: readonly RecordingRole[];
}

/** One record as the project keeps it (ProjectState.authorityRecords) and the event reports it. */
export interface ProjectAuthorityRecord {
  id: string;
  name: string;
  kind: AuthorityRecordKind;
  authority: string;
  article: string;
  date: string;
  result: 'pass' | 'fail';
  document: { sha256: string; type: string };
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

const B: readonly RecordingRole[] = ['bureau'];
const DB: readonly RecordingRole[] = ['department', 'bureau'];

const opinion = (authority: string, article: string, roles = B): AuthorityRecordKindDef => ({ kind: 'opinion', authority, article, roles });
const approval = (authority: string, article: string, roles = B): AuthorityRecordKindDef => ({ kind: 'approval', authority, article, roles });

/**
 * Keyed by the name the pack reads: opinions and approvals are `project.status.reviews[name]`; `annual_plan` sets
 * `project.status.inAnnualPlan` (and `reviews[name]`); a filing receipt is `project.records[name]` (its date).
 */
export const AUTHORITY_RECORDS: Record<Jurisdiction, Record<string, AuthorityRecordKindDef>> = {
  hongshan: {
    保密审查: opinion('保密行政管理部门', '第三十五条'),
    变更审批: approval('项目审批部门', '第二十三条'),
    等保定级备案审核: opinion('公安机关', '第三十五条'),
  },
  bijie: {
    '年度实施计划': { kind: 'annual_plan', authority: '市人民政府', article: '第九条', roles: B },
    '年度实施计划(市人民政府批准)': approval('市人民政府', '第九条'),
    '年度拟实施计划(大数据部门会同财政部门编制)': approval('市大数据部门、市财政局', '第九条'),
    财政部门预算审核: opinion('市财政局', '第十条'),
    '数据资源目录审定(市人民政府)': approval('市人民政府', '第二十二条'),
  },
  jinjiang: {
    区委网信办: opinion('区委网信办', '第八条'),
    区委保密机要局: opinion('区委保密机要局', '第八条'),
    区公安分局: opinion('区公安分局', '第八条'),
    区政府常务会议: approval('区人民政府常务会议', '第十条'),
    区委常委会议: approval('区委常委会议', '第十条'),
    '年度计划:区政府常务会议': { kind: 'annual_plan', authority: '区人民政府常务会议', article: '第七条', roles: B },
  },
  shandong: {
    省政务服务管理办公室审核意见: opinion('省政务服务管理办公室', '第九条'),
    省国家保密局审查确认: opinion('省国家保密局', '第四条'),
    省政务服务管理办公室同意申报审核意见: opinion('省政务服务管理办公室', '第十条'),
    调整申请审核意见: opinion('项目审批部门', '第十八条'),
    ministry_approval: { kind: 'filing_receipt', authority: '国家有关部委', article: '第十条', roles: DB },
  },
  xichuan: {
    技术性审查: opinion('县行政审批和政务信息管理局', '第七条'),
    投资计划: approval('县发展改革委', '第十一条'),
    项目实施意见: opinion('县行政审批和政务信息管理局', '第十一条'),
    关停核准: approval('县行政审批和政务信息管理局', '第二十三条'),
  },
};

export const authorityRecordDef = (jurisdiction: Jurisdiction, name: string): AuthorityRecordKindDef | undefined =>
  Object.hasOwn(AUTHORITY_RECORDS[jurisdiction], name) ? AUTHORITY_RECORDS[jurisdiction][name] : undefined;
