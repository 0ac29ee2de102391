/**
 * The two pipeline steps behind the queues. Each reads the current state, decides with the rules package, and
 * writes the result with its event in one versioned transaction. Both are idempotent: a step already taken is not
 * taken again, only its hand-off is repeated (a crash between write and send must not strand the project).
 */
import { dynamoDocumentStore, getProject, recentProjectNames, saveProject, sendToQueue, VersionConflict } from '@gov/adapters';
import { classify, preReview, rulePack, similarProjects, type WorkingDayCalendar } from '@gov/rules';
import { nextVersion, preReviewed, projectFacts, storedFinding, type ProjectState } from './project.js';
import { shanghaiDate } from './time.js';
import { verifiedDocumentsFor } from './documents/documents.js';
import type { DocumentStore, UploadRecord, VerifiedDocument } from './documents/ports.js';

/** Verified document versions (documents/): after the ports refactor this is deps.documents. */
const documentStore: DocumentStore = dynamoDocumentStore<UploadRecord, VerifiedDocument>();

/** How many of the jurisdiction's newest projects the duplicate check compares against. */
const DUPLICATE_CHECK_WINDOW = 300;

export type StepResult = 'done' | 'already-done' | 'not-found';

export async function classifyProject(projectId: string, now: Date, calendar: WorkingDayCalendar): Promise<StepResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = (await getProject(projectId)) as ProjectState | undefined;
    if (!p) return 'not-found';
    if (p.status !== 'submitted') {
      if (p.status === 'classified') await sendToQueue('pre-review', { projectId, version: p.version });
      return 'already-done';
    }
    // Only declared documents backed by a verified upload count for the rules (docs/decisions/060).
    const verifiedDocuments = { ...(await verifiedDocumentsFor({ documents: documentStore }, p)), ...p.verifiedDocuments };
    const d = classify(rulePack(p.jurisdiction), { project: projectFacts({ ...p, verifiedDocuments }) }, shanghaiDate(now), calendar);
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
    try {
      await saveProject(next, event, p.version);
    } catch (e) {
      if (e instanceof VersionConflict) continue;
      throw e;
    }
    await sendToQueue('pre-review', { projectId, version: next.version });
    return 'done';
  }
  throw new Error(`classification of ${projectId} kept conflicting`);
}

export async function preReviewProject(projectId: string, now: Date, calendar: WorkingDayCalendar): Promise<StepResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = (await getProject(projectId)) as ProjectState | undefined;
    if (!p) return 'not-found';
    if (p.status !== 'classified' || !p.classification) return 'already-done';
    const duplicateCandidates = similarProjects(
      { id: p.id, name: p.application.name, existingSystems: p.application.existingSystems },
      await recentProjectNames(p.jurisdiction, DUPLICATE_CHECK_WINDOW),
    );
    const d = preReview(rulePack(p.jurisdiction), { project: projectFacts(p) }, shanghaiDate(now), calendar, p.classification);
    const at = now.toISOString();
    const next = preReviewed(p, d, duplicateCandidates, at);
    const event = {
      projectId, seq: next.version, type: 'pre_reviewed', actor: 'system:pre-review', at,
      payload: { outcome: d.outcome, status: next.status, blocking: next.preReview!.blocking, reviewerTasks: next.preReview!.reviewerTasks.map((t) => t.ruleId), duplicateCandidates },
      packVersion: d.packVersion, ruleIds: d.findings.map((f) => f.ruleId),
    };
    try {
      await saveProject(next, event, p.version);
      return 'done';
    } catch (e) {
      if (e instanceof VersionConflict) continue;
      throw e;
    }
  }
  throw new Error(`pre-review of ${projectId} kept conflicting`);
}
