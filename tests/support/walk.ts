/**
 * The walk a department and a bureau take from a submitted application to money, driven by the API's answers only:
 * to the library (resubmit with the blocking findings' remedies, the bureau decides reviewer tasks and records what
 * their remedies name), then through the budget gate (record what the deny reasons' remedies name) until allow.
 * Bounded: fails with the last answer when it does not converge.
 */
import { expect } from 'vitest';
import { eventually, type api } from './api.js';
import { applyRemedies, uploadNewDocuments, type Actors, type Application, type Reason } from './remedies.js';

type Http = ReturnType<typeof api>;
const SETTLED = ['returned', 'rejected', 'pending_review', 'in_library'];
export const MAX_ROUNDS = 8;

/** The project once the pipeline has settled on a version later than `after`. */
export async function settled(http: Http, token: string, id: string, after = 0) {
  const p = await eventually(() => http.get(`/v1/projects/${id}`, token), (r) => r.status === 200 && r.body.version > after && SETTLED.includes(r.body.status));
  expect(SETTLED, JSON.stringify(p.body)).toContain(p.body.status);
  return p.body;
}

/** A short account of an answer's findings, for failure messages. */
export const summary = (p: { status: string; preReview?: { blocking: Reason[]; reviewerTasks: Reason[] } }) =>
  JSON.stringify({
    status: p.status,
    blocking: p.preReview?.blocking.map((r) => ({ ruleId: r.ruleId, outcome: r.outcome, missing: (r as { missing?: string[] }).missing, remedies: r.remedies })),
    reviewerTasks: p.preReview?.reviewerTasks.map((r) => ({ ruleId: r.ruleId, outcome: r.outcome, satisfied: r.satisfied, remedies: r.remedies })),
  });

// Every reviewer task is the reviewer's to decide, a satisfied REQUIRE too (the content of a present document).
const decisionsOf = (tasks: readonly Reason[], extra: readonly string[]) => [...new Set([...tasks.map((t) => t.ruleId), ...extra])].map((ruleId) => ({ ruleId, result: 'pass' as const }));

/** From submission to the library; every answer read on the way is kept in `rounds`. */
export async function walkToLibrary(http: Http, actors: Actors, id: string, submitted: Application) {
  let app = submitted;
  let p = await settled(http, actors.department, id);
  const first = p;
  const rounds: unknown[] = [p];
  for (let round = 0; round < MAX_ROUNDS && p.status !== 'in_library'; round++) {
    expect(p.status, summary(p)).not.toBe('rejected');
    const { blocking, reviewerTasks } = p.preReview as { blocking: Reason[]; reviewerTasks: Reason[] };
    const applied = await applyRemedies(http, actors, id, app, [...blocking, ...reviewerTasks]);
    expect(applied.unplaced, 'every remedy can be followed through the API').toEqual([]);
    const version = p.version;
    if (p.status === 'returned') {
      expect(applied.changed, `returned with nothing the department can supply: ${summary(p)}`).toBe(true);
      app = await uploadNewDocuments(http, actors.department, applied.application);
      const put = await http.raw('PUT', `/v1/projects/${id}`, { token: actors.department, body: app });
      expect(put.status, JSON.stringify(put.body)).toBe(202);
    } else {
      const body = { decisions: decisionsOf(reviewerTasks, applied.decisions), reviews: applied.reviews };
      const r = await http.post(`/v1/projects/${id}/reviews`, body, actors.bureau);
      expect(r.status, `${JSON.stringify(r.body)} after ${summary(p)}`).toBe(200);
    }
    p = await settled(http, actors.department, id, version);
    rounds.push(p);
  }
  return { first, last: p, rounds };
}

/**
 * Payment checks until allow: each deny or review answer's remedies recorded, the bureau's decisions taken on the
 * gate's judgement items (CHECK). Finance pays through the treasury (国库集中支付), as any payment states.
 */
export async function walkToAllow(http: Http, actors: Actors & { finance: string }, id: string, payment: Record<string, unknown> = {}) {
  const check = { question: 'payment', projectId: id, amount: '100000.00', purpose: 'construction', fiscalYear: 2026, channel: '国库集中支付', ...payment };
  let a = await http.post('/v1/budget-gate/checks', check, actors.finance);
  const answers: unknown[] = [a.body];
  for (let round = 0; round < MAX_ROUNDS && a.body.answer !== 'allow'; round++) {
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    const reasons = a.body.reasons as Reason[];
    const applied = await applyRemedies(http, actors, id, { documents: [] }, reasons);
    expect(applied.unplaced, 'every remedy can be followed through the API').toEqual([]);
    expect(applied.changed, 'after admission the application does not change').toBe(false);
    const judgements = reasons.filter((r) => r.outcome === 'CHECK' && !r.remedies?.length).map((r) => r.ruleId);
    for (const ruleId of new Set([...applied.decisions, ...judgements])) {
      const r = await http.post('/v1/budget-gate/decisions', { projectId: id, ruleId, result: 'pass' }, actors.bureau);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    a = await http.post('/v1/budget-gate/checks', check, actors.finance);
    answers.push(a.body);
  }
  return { last: a.body, answers };
}
