/**
 * 申报与年度计划征集的关联: an application for target year Y is tied, at intake, to the call for the plan of Y of its
 * jurisdiction. The decision rests on records — the recorded submission date and the stored call — never on a date
 * the application claims. A late submission is flagged (原则上), never refused; with no call open the tie says so.
 * Pure: the caller reads the plan and passes it in.
 */
import type { Jurisdiction } from '@gov/rules';
import { planId, type Cutoff, type PlanState } from './model.js';
import { batchOf, PLAN_REGULATIONS } from './regulation.js';

export interface PlanCallTie {
  /** plan-<jurisdiction>-<Y>: the call the application belongs to (or would, once opened). */
  planId: string;
  targetYear: number;
  /** The call for Y had been opened when the application was submitted. */
  callOpen: boolean;
  submittedOn: string;
  /** The batch (批次) the submission falls into, when it meets a cut-off. */
  batch?: Cutoff;
  /** The last cut-off it missed: flagged for the reviewer, not a refusal. */
  late?: { cutoff: string; batch: string };
  /** Where the cut-offs come from (the call's basis, else the regulation's). */
  basis: string;
  /** What the reviewer reads, in Chinese. */
  message: string;
}

export function tieToCall(jurisdiction: Jurisdiction, targetYear: number, submittedOn: string, plan: PlanState | undefined): PlanCallTie {
  const id = planId(jurisdiction, targetYear);
  const reg = PLAN_REGULATIONS[jurisdiction];
  // An open call carries its cut-offs (the regulation's, or the bureau's where the text fixes none); before it opens,
  // the regulation's own dates still say whether the submission is late.
  const cutoffs = plan ? plan.call.cutoffs : reg.cutoffs(targetYear);
  const basis = plan ? plan.call.basis : reg.cutoffBasis;
  const batch = batchOf(cutoffs, submittedOn);
  const last = [...cutoffs].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const late = last && !batch ? { cutoff: last.date, batch: last.batch } : undefined;
  const base = { planId: id, targetYear, callOpen: plan !== undefined, submittedOn, basis, ...(batch ? { batch } : {}), ...(late ? { late } : {}) };
  return { ...base, message: messageOf(base, plan) };
}

function messageOf(t: Omit<PlanCallTie, 'message'>, plan: PlanState | undefined): string {
  const head = t.callOpen
    ? `已关联${t.targetYear}年度计划征集(${t.planId})`
    : `${t.targetYear}年度计划征集尚未开启,申报暂未关联年度计划(开启后按${t.planId}办理)`;
  const issued = plan?.issued ? `;该年度计划已于${plan.issued.issuedOn}下达(第${plan.issued.edition}版),列入须经动态调整或按办法临时追加` : '';
  if (t.late) {
    return `${head};本项目于${t.submittedOn}报送,晚于${t.late.batch}截止日期${t.late.cutoff}(${t.basis}),原则上不纳入本轮计划,请审核人员决定是否受理${issued}。`;
  }
  if (t.batch) return `${head};于${t.submittedOn}报送,在${t.batch.batch}截止日期${t.batch.date}之前${issued}。`;
  return `${head};${t.basis}${issued}。`;
}
