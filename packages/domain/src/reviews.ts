/**
 * 审核: a bureau reviewer of the project's jurisdiction records decisions on judgement items (H rules, content of
 * D-rule documents) and named opinions (前置审核, 造价审核 …); pre-review then runs again on the same facts, so the
 * project moves to in_library only when every blocking finding is resolved and every required decision recorded.
 * Reviews close at admission; the bureau may reopen one item with a reason (reopenReview), after which that item may
 * be decided again on the admitted project (its obligations recomputed; it stays in the library) — decision 171.
 */
import { catalogueRule, chinaCalendar, preReview, preReviewPack, type PreReviewDecision, type WorkingDayCalendar } from '@gov/rules';
import { maySee, type Caller } from './access.js';
import { DomainError, notFoundProject } from './errors.js';
import type { Deps } from './ports/ports.js';
import { listedSystemFacts } from './systems/listed.js';
import { preReviewed, reviewFacts, type Lifecycle, type ProjectState } from './project.js';
import { shanghaiDate } from './time.js';
import { annualPlanFor } from './plans/read.js';
import { change, lifecycleOf } from './lifecycle/change.js';

export interface ReviewInput {
  decisions: { ruleId: string; result: 'pass' | 'fail' | 'na'; comment?: string }[];
  reviews: Record<string, 'pass' | 'fail' | 'pending'>;
}

/** Statuses in which a reviewer may still decide: before admission, after the pipeline has run. */
export const REVIEWABLE: ReadonlySet<string> = new Set(['pending_review', 'returned']);

/** The project with `lifecycle`, pre-reviewed again on its facts (before admission). */
export async function reReviewed(deps: Deps, p: ProjectState, lifecycle: Lifecycle, on: string, at: string, calendar: WorkingDayCalendar = chinaCalendar): Promise<{ next: ProjectState; decision: PreReviewDecision }> {
  const reviewed: ProjectState = { ...p, lifecycle };
  const facts = { project: reviewFacts(reviewed, await annualPlanFor(deps.plans, p)), system: await listedSystemFacts(deps.systems, p) };
  const decision = preReview(preReviewPack(p.jurisdiction), facts, on, calendar, p.classification ?? {});
  return { next: preReviewed(reviewed, decision, p.preReview?.duplicateCandidates, at), decision };
}

const onlyBureau = () => new DomainError(403, 'FORBIDDEN', '只有本辖区的审核人员(bureau)可以记录审核意见');

function checkRules(p: ProjectState, input: ReviewInput): void {
  const prefix = `${preReviewPack(p.jurisdiction).meta.prefix}-`;
  input.decisions.forEach((d, i) => {
    const known = safeRule(d.ruleId);
    if (!known || !d.ruleId.startsWith(prefix)) {
      throw new DomainError(422, 'UNKNOWN_RULE', `规则 ${d.ruleId} 不属于本辖区规则包`, [{ path: `decisions.${i}.ruleId`, message: '规则编号不存在或不属于项目所在辖区' }]);
    }
  });
}

function withDecisions(lifecycle: Lifecycle, input: ReviewInput, reviewer: string, on: string): Lifecycle {
  const decisions = { ...lifecycle.status.decisions };
  for (const d of input.decisions) decisions[d.ruleId] = { result: d.result, reviewer, on, comment: d.comment };
  return { ...lifecycle, status: { ...lifecycle.status, decisions, reviews: { ...lifecycle.status.reviews, ...input.reviews } } };
}

/** The items of `input` that are not reopened on an admitted project. */
const notReopened = (p: ProjectState, input: ReviewInput) =>
  [...input.decisions.map((d) => d.ruleId), ...Object.keys(input.reviews)].filter((item) => !p.reopenedReviews?.[item]);

export async function recordReview(deps: Deps, caller: Caller, projectId: string, input: ReviewInput, now: Date, calendar: WorkingDayCalendar = chinaCalendar): Promise<ProjectState> {
  const on = shanghaiDate(now);
  const at = now.toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await deps.projects.get(projectId);
    if (!p || !maySee(caller, p)) throw notFoundProject(projectId);
    if (caller.role !== 'bureau') throw onlyBureau();
    if (p.status === 'in_library' && p.reopenedReviews && Object.keys(p.reopenedReviews).length) return reviewReopened(deps, caller, projectId, input, now, on);
    if (!REVIEWABLE.has(p.status)) {
      throw new DomainError(409, 'NOT_REVIEWABLE', `项目当前状态为 ${p.status},不能记录审核意见(仅 pending_review、returned 状态可以;已入库项目须先重新打开审核事项:POST /v1/projects/{id}/reviews/{item}/reopen)`);
    }
    checkRules(p, input);
    const { next, decision: d } = await reReviewed(deps, p, withDecisions(p.lifecycle ?? { dates: {}, records: {}, status: {} }, input, caller.sub, on), on, at, calendar);
    const saved = await deps.projects.save(next, {
        projectId, seq: next.version, type: 'reviewed', actor: caller.sub, at,
        payload: { decisions: input.decisions, reviews: input.reviews, outcome: d.outcome, status: next.status },
        packVersion: d.packVersion, ruleIds: input.decisions.map((x) => x.ruleId),
    }, p.version);
    if ('state' in saved) return next;
  }
  throw new DomainError(409, 'CONCURRENT_UPDATE', '项目正被同时修改,请稍后重试');
}

/** A decision on reopened items of an admitted project: recorded, the items closed again, obligations recomputed. */
async function reviewReopened(deps: Deps, caller: Caller, projectId: string, input: ReviewInput, now: Date, on: string): Promise<ProjectState> {
  const res = await change(deps, 'project', projectId, caller.sub, now, on, (p) => {
    if (p.status !== 'in_library') throw new DomainError(409, 'CONCURRENT_UPDATE', '项目正被同时修改,请稍后重试');
    checkRules(p, input);
    const closed = notReopened(p, input);
    if (closed.length) {
      throw new DomainError(409, 'NOT_REVIEWABLE', `审核事项 ${closed.join('、')} 未重新打开:已入库项目只能对重新打开的事项记录审核意见`, closed.map((item) => ({ path: item, message: '须先重新打开该审核事项' })));
    }
    const reopened = { ...p.reopenedReviews };
    for (const item of [...input.decisions.map((d) => d.ruleId), ...Object.keys(input.reviews)]) delete reopened[item];
    const next: ProjectState = { ...p, lifecycle: withDecisions(lifecycleOf(p) as Lifecycle, input, caller.sub, on), reopenedReviews: reopened };
    return { next, type: 'reviewed', payload: { decisions: input.decisions, reviews: input.reviews, reopened: true, status: p.status }, ruleIds: input.decisions.map((x) => x.ruleId) };
  }, (p) => maySee(caller, p));
  return res.state;
}

/**
 * POST /v1/projects/{id}/reviews/{item}/reopen: the bureau reopens a decided item (a rule id or a named review) of an
 * admitted project with a reason. The earlier result stands until it is decided again (reopening asks for a new
 * judgement; it revokes nothing), and the department sees the reason in the events and the detail.
 */
export async function reopenReview(deps: Deps, caller: Caller, projectId: string, item: string, reason: string, now: Date, on = shanghaiDate(now)) {
  const res = await change(deps, 'project', projectId, caller.sub, now, on, (p) => {
    if (caller.role !== 'bureau') throw onlyBureau();
    if (p.status !== 'in_library') {
      throw new DomainError(409, 'REVIEW_NOT_CLOSED', `项目当前状态为 ${p.status}:审核尚未结束,可直接记录审核意见,无需重新打开`);
    }
    const s = p.lifecycle?.status;
    if (!s?.decisions?.[item] && s?.reviews?.[item] === undefined) {
      throw new DomainError(404, 'REVIEW_ITEM_NOT_FOUND', `项目没有已记录的审核事项 ${item}`, [{ path: 'item', message: '须为已作出审核决定的规则编号或已记录的具名审核意见' }]);
    }
    if (p.reopenedReviews?.[item]) throw new DomainError(409, 'REVIEW_ALREADY_REOPENED', `审核事项 ${item} 已于 ${p.reopenedReviews[item].on} 重新打开`);
    const reopened = { item, reason, by: caller.sub, on };
    const next: ProjectState = { ...p, reopenedReviews: { ...p.reopenedReviews, [item]: { reason, by: caller.sub, on } } };
    return { next, type: 'review_reopened', payload: { reopened, previous: s?.decisions?.[item] ?? { result: s?.reviews?.[item] } }, ...(s?.decisions?.[item] ? { ruleIds: [item] } : {}) };
  }, (p) => maySee(caller, p));
  return { projectId: res.state.id, version: res.state.version, item, reason, reopenedBy: caller.sub, on, reopened: Object.keys(res.state.reopenedReviews ?? {}) };
}

function safeRule(id: string) {
  try {
    return catalogueRule(id);
  } catch {
    return undefined;
  }
}
