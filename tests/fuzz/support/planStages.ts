/**
 * The plan stage routes (submissions, approvals, issue, adjustments, temporary additions) succeed once per stage:
 * a sequence model. Each jurisdiction keeps one stage plan (`JurState.stagePlan`) and, before every batch of a stage
 * route, `walkPlan` moves it around the cycle drafting → approving → approved → issued → (adjustment) drafting …
 * until it stands where that route can act, so every batch has a target in the right stage and the first valid
 * request per jurisdiction succeeds while the rest meet the stage it left (409) or the rules (422).
 */
import { PLAN_REGULATIONS } from '@gov/domain';
import type { JurState } from './states.js';

/** Where a stage route needs the plan: a draft at that stage, issued with no draft, or issued without the spare project. */
export type PlanStand = 'drafting' | 'approving' | 'approved' | 'issued' | 'spare-free';

type Plan = { draft?: { stage: string; approvals: unknown[]; lines: { projectId: string }[]; envelope?: unknown }; issued?: { lines: { projectId: string }[] } };

async function call(baseUrl: string, method: string, path: string, t: string, body?: unknown): Promise<{ status: number; body: any }> {
  const r = await fetch(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, body: await r.json() };
}

/** Whether the jurisdiction's regulation lets an issued plan take temporary additions (JJ-07, XC-08). */
export const takesTemporaryAdditions = (s: JurState) => PLAN_REGULATIONS[s.jur].temporaryAdditions !== undefined;

/** Moves the stage plan of `s` forward, one step at a time, until it stands at `want` (at most two laps). */
export async function walkPlan(s: JurState, baseUrl: string, want: PlanStand): Promise<void> {
  const path = `/v1/plans/${s.stagePlan}`;
  const step = async (method: string, sub: string, t: string, body?: unknown) => {
    const r = await call(baseUrl, method, `${path}${sub}`, t, body);
    if (r.status >= 300) throw new Error(`plan walk of ${s.jur} to ${want}: ${method} ${sub} answered ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  };
  for (let n = 0; n < 16; n++) {
    const got = await call(baseUrl, 'GET', path, s.tokens.bureau);
    if (got.status !== 200) throw new Error(`plan walk: ${path} answered ${got.status}`);
    const p = got.body as Plan & { approvers: string[] };
    const stage = p.draft?.stage ?? 'issued';
    const spareIssued = (p.issued?.lines ?? []).some((l) => l.projectId === s.spare);
    // A draft is ready to submit when it holds just the admitted project and finance's envelope (set at its total).
    const ready = p.draft?.envelope !== undefined && p.draft.lines.length === 1 && p.draft.lines[0].projectId === s.admitted;
    if (want === 'spare-free' ? p.issued !== undefined && !spareIssued : stage === want && (want !== 'drafting' || ready)) return;
    if (stage === 'drafting') {
      if (p.draft!.lines.some((l) => l.projectId === s.spare)) await step('POST', '/line-removals', s.tokens.bureau, { projectId: s.spare, reason: '撤出临时追加项目' });
      await step('PUT', '/lines', s.tokens.bureau, { projectId: s.admitted, amount: s.total, fundingSource: 'local_fiscal', reason: '列入年度计划' });
      await step('PUT', '/envelope', s.tokens.finance, { amount: s.total, on: '2026-06-01', documentRef: '财预〔2026〕1号' });
      if (want !== 'drafting') await step('POST', '/submissions', s.tokens.bureau, { reason: '报送审定' });
    } else if (stage === 'approving') {
      // Back to drafting is one rejection; forward is the next body in the regulation's order.
      const decision = want === 'drafting' ? 'rejected' : 'approved';
      await step('POST', '/approvals', s.tokens.admin, { body: p.approvers[p.draft!.approvals.length], decision, on: '2026-06-02', documentRef: '审定〔2026〕1号' });
    } else if (stage === 'approved') await step('POST', '/issue', s.tokens.bureau, { on: '2026-06-03' });
    else await step('POST', '/adjustments', s.tokens.bureau, { reason: '动态调整' });
  }
  throw new Error(`plan walk of ${s.jur}: ${s.stagePlan} did not reach ${want}`);
}
