/**
 * 红山区 第十一条 (HS-11-prereq-complete): the approval texts and 前置要件, then the 审批部门's 7-working-day SLA from
 * records.approval_ready. A pre-review rule (in ./preReview.ts's list, in its place) kept in a file of its own because
 * it is the only pre-review rule of any pack that yields a DEADLINE: obligations are recomputed with it on every
 * lifecycle change (packs/stages.ts `preReviewDeadlinesPack`), without the rest of intake and pre-review.
 */
import { documentOf } from '../../dsl.js';
import type { RuleDef } from '../../types.js';
import type { ProjectFacts } from '../../facts.js';
import { approvalDocuments, categoryOf, hasPassed } from './common.js';
import { HS_11_PREREQ_COMPLETE } from './rules.js';

export const isApproval = (p: ProjectFacts): boolean => p.applicationKind === 'approval_application';

const PREREQ_CRYPTO = '区委保密机要局(区国家密码管理局)前置要件';
const PREREQ_MLPS = '区公安分局前置要件';
const PREREQS_PLAIN: readonly string[] = Object.freeze([PREREQ_CRYPTO, PREREQ_MLPS]);
const PREREQS_CLASSIFIED: readonly string[] = Object.freeze([PREREQ_CRYPTO]);
const PREREQ_MSG =
  '项目审批申请须附项目相关材料和区委保密机要局(区国家密码管理局)、区公安分局按照信息化管理职责出具的前置要件;相应文本通过评审且前置要件齐全后,项目审批部门7个工作日内完成审批。';
/** Records key: the date on which the texts passed review and the 前置要件 were complete (starts the 7-working-day clock). */
export const APPROVAL_READY_RECORD = 'approval_ready';

// 第十一条: the approval texts of the path (A-08: 初步设计方案 here, not at 入库) + 前置要件; then a 7-working-day SLA
// on the 审批部门 from records.approval_ready.
export const approvalSlaRule: RuleDef = HS_11_PREREQ_COMPLETE.rule((ctx) => {
  const p = ctx.facts.project;
  if (!isApproval(p)) return null;
  const docs = approvalDocuments(p, categoryOf(ctx));
  if (docs === null) return null;
  const prereqs = p.flags.classified ? PREREQS_CLASSIFIED : PREREQS_PLAIN;
  const texts = p.flags.specialNationalRule === true ? [] : docs;
  const requires = [...texts, ...prereqs];
  const missing: string[] = [];
  for (const t of texts) if (!documentOf(p, t)) missing.push(t);
  for (const t of prereqs) if (!documentOf(p, t) && !hasPassed(p, t)) missing.push(t);
  const req = HS_11_PREREQ_COMPLETE.require(requires, missing, PREREQ_MSG);
  const ready = p.records?.[APPROVAL_READY_RECORD];
  if (missing.length || ready === undefined) return req;
  const { date: due, provisional } = ctx.calendar.addWorkingDays(ready, 7);
  const decided = p.dates?.approvalDate;
  const state = decided !== undefined ? (decided <= due ? 'met' : 'overdue') : ctx.on > due ? 'overdue' : 'open';
  const deadline = HS_11_PREREQ_COMPLETE.finding(
    'DEADLINE',
    `相应文本通过评审且前置要件齐全(${ready})后,项目审批部门应在7个工作日内(${due}前)完成审批。`,
    { due, provisional, detail: { obligation: '区政数局完成审批', startEvent: ready, state } },
  );
  if (state !== 'overdue') return [req, deadline];
  return [
    req,
    deadline,
    HS_11_PREREQ_COMPLETE.finding('FLAG', `项目审批已超过7个工作日时限(应于${due}前完成),请区政数局负责人督办(推定)。`, {
      due,
      detail: { escalateTo: '区政数局负责人' },
    }),
  ];
});
