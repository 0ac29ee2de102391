/**
 * The two pipeline steps behind the queues. Each reads the current state, decides with the rules package, and
 * writes the result with its event in one versioned transaction. Both are idempotent: a step already taken is not
 * taken again, only its hand-off is repeated (a crash between write and send must not strand the project).
 */
import { chinaCalendar, classificationPack, classify, preReview, preReviewPack, similarProjects, type WorkingDayCalendar } from '@gov/rules';
import type { Deps } from './ports/ports.js';
import { nextVersion, preReviewed, reviewFacts, storedFinding, type ProjectState } from './project.js';
import { shanghaiDate } from './time.js';
import { annualPlanFor } from './plans/read.js';
import { verifiedDocumentsFor } from './documents/documents.js';
import { listedSystemFacts } from './systems/listed.js';

/**
 * The duplicate check compares against every project the jurisdiction created in these many years (a plan cycle
 * and then some; decision 090 §3), however many there are: names come from a small index, not the state items.
 */
const DUPLICATE_CHECK_YEARS = 3;

function duplicateCheckSince(now: Date): string {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - DUPLICATE_CHECK_YEARS);
  return since.toISOString();
}

export type StepResult = 'done' | 'already-done' | 'not-found';

export async function classifyProject(deps: Deps, projectId: string, now: Date, calendar: WorkingDayCalendar = chinaCalendar): Promise<StepResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await deps.projects.get(projectId);
    if (!p) return 'not-found';
    if (p.status !== 'submitted') {
      if (p.status === 'classified') await deps.queue.send('pre-review', { projectId, version: p.version });
      return 'already-done';
    }
    // Only declared documents backed by a verified upload count for the rules (docs/decisions/060).
    const verifiedDocuments = { ...(await verifiedDocumentsFor(deps, p)), ...p.verifiedDocuments };
    const d = classify(classificationPack(p.jurisdiction), { project: reviewFacts({ ...p, verifiedDocuments }, await annualPlanFor(deps.plans, p)) }, shanghaiDate(now), calendar);
    const at = now.toISOString();
    const findings = d.findings.map(storedFinding);
    const next = nextVersion(p, {
      status: 'classified',
      verifiedDocuments,
      classification: {
        inScope: d.inScope,
        category: d.category,
        approvalPath: d.approvalPath,
        decisionLevel: d.decisionLevel,
        routes: d.routes,
        requiredDocuments: d.requiredDocuments,
        extraApprovals: d.extraApprovals,
        packVersion: d.packVersion,
        binding: d.binding,
        notice: d.notice,
        findings,
      },
    }, at);
    const event = {
      projectId, seq: next.version, type: 'classified', actor: 'system:classification', at,
      payload: { ...next.classification, documentsVerified: Object.values(verifiedDocuments).map(({ type, sha256 }) => ({ type, sha256 })) }, packVersion: d.packVersion, ruleIds: findings.map((f) => f.ruleId),
    };
    if (!('state' in (await deps.projects.save(next, event, p.version)))) continue;
    await deps.queue.send('pre-review', { projectId, version: next.version });
    return 'done';
  }
  throw new Error(`classification of ${projectId} kept conflicting`);
}

export async function preReviewProject(deps: Deps, projectId: string, now: Date, calendar: WorkingDayCalendar = chinaCalendar): Promise<StepResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await deps.projects.get(projectId);
    if (!p) return 'not-found';
    if (p.status !== 'classified' || !p.classification) return 'already-done';
    const duplicateCandidates = similarProjects(
      { id: p.id, name: p.application.name, existingSystems: p.application.existingSystems },
      await deps.projects.recentNames(p.jurisdiction, duplicateCheckSince(now)),
    );
    const facts = { project: reviewFacts(p, await annualPlanFor(deps.plans, p)), system: await listedSystemFacts(deps.systems, p) };
    const d = preReview(preReviewPack(p.jurisdiction), facts, shanghaiDate(now), calendar, p.classification);
    const at = now.toISOString();
    const next = preReviewed(p, d, duplicateCandidates, at);
    const event = {
      projectId, seq: next.version, type: 'pre_reviewed', actor: 'system:pre-review', at,
      payload: { outcome: d.outcome, status: next.status, blocking: next.preReview!.blocking, reviewerTasks: next.preReview!.reviewerTasks.map((t) => t.ruleId), duplicateCandidates },
      packVersion: d.packVersion, ruleIds: d.findings.map((f) => f.ruleId),
    };
    if ('state' in (await deps.projects.save(next, event, p.version))) return 'done';
  }
  throw new Error(`pre-review of ${projectId} kept conflicting`);
}
