/**
 * 审核: a bureau reviewer of the project's jurisdiction records decisions on judgement items (H rules, content of
 * D-rule documents) and named opinions (前置审核, 造价审核 …); pre-review then runs again on the same facts, so the
 * project moves to in_library only when every blocking finding is resolved and every required decision recorded.
 */
import { catalogueRule, chinaCalendar, preReview, preReviewPack, type WorkingDayCalendar } from '@gov/rules';
import { maySee, type Caller } from './access.js';
import { DomainError, notFoundProject } from './errors.js';
import type { Deps } from './ports/ports.js';
import { listedSystemFacts } from './systems/listed.js';
import { preReviewed, reviewFacts, type Lifecycle, type ProjectState } from './project.js';
import { shanghaiDate } from './time.js';
import { annualPlanFor } from './plans/read.js';

export interface ReviewInput {
  decisions: { ruleId: string; result: 'pass' | 'fail' | 'na'; comment?: string }[];
  reviews: Record<string, 'pass' | 'fail' | 'pending'>;
}

/** Statuses in which a reviewer may still decide: before admission, after the pipeline has run. */
const REVIEWABLE = new Set(['pending_review', 'returned']);

export async function recordReview(deps: Deps, caller: Caller, projectId: string, input: ReviewInput, now: Date, calendar: WorkingDayCalendar = chinaCalendar): Promise<ProjectState> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await deps.projects.get(projectId);
    if (!p || !maySee(caller, p)) throw notFoundProject(projectId);
    if (caller.role !== 'bureau') throw new DomainError(403, 'FORBIDDEN', '只有本辖区的审核人员(bureau)可以记录审核意见');
    if (!REVIEWABLE.has(p.status)) {
      throw new DomainError(409, 'NOT_REVIEWABLE', `项目当前状态为 ${p.status},不能记录审核意见(仅 pending_review、returned 状态可以)`);
    }
    const prefix = `${preReviewPack(p.jurisdiction).meta.prefix}-`;
    input.decisions.forEach((d, i) => {
      const known = safeRule(d.ruleId);
      if (!known || !d.ruleId.startsWith(prefix)) {
        throw new DomainError(422, 'UNKNOWN_RULE', `规则 ${d.ruleId} 不属于本辖区规则包`, [{ path: `decisions.${i}.ruleId`, message: '规则编号不存在或不属于项目所在辖区' }]);
      }
    });
    const on = shanghaiDate(now);
    const at = now.toISOString();
    const lifecycle: Lifecycle = p.lifecycle ?? { dates: {}, records: {}, status: {} };
    const decisions = { ...lifecycle.status.decisions };
    for (const d of input.decisions) decisions[d.ruleId] = { result: d.result, reviewer: caller.sub, on, comment: d.comment };
    const nextLifecycle: Lifecycle = {
      ...lifecycle,
      status: { ...lifecycle.status, decisions, reviews: { ...lifecycle.status.reviews, ...input.reviews } },
    };
    const reviewed: ProjectState = { ...p, lifecycle: nextLifecycle };
    const facts = { project: reviewFacts(reviewed, await annualPlanFor(deps.plans, p)), system: await listedSystemFacts(deps.systems, p) };
    const d = preReview(preReviewPack(p.jurisdiction), facts, on, calendar, p.classification ?? {});
    const next = preReviewed(reviewed, d, p.preReview?.duplicateCandidates, at);
    const saved = await deps.projects.save(next, {
        projectId, seq: next.version, type: 'reviewed', actor: caller.sub, at,
        payload: { decisions: input.decisions, reviews: input.reviews, outcome: d.outcome, status: next.status },
        packVersion: d.packVersion, ruleIds: input.decisions.map((x) => x.ruleId),
    }, p.version);
    if ('state' in saved) return next;
  }
  throw new DomainError(409, 'CONCURRENT_UPDATE', '项目正被同时修改,请稍后重试');
}

function safeRule(id: string) {
  try {
    return catalogueRule(id);
  } catch {
    return undefined;
  }
}
