/** The project as stored: the application as submitted plus what the pipeline concluded about it. */
import type { Application } from '@gov/schemas';
import type { AnnualPlanLineFacts, ClassificationDecision, Jurisdiction, PreReviewDecision, PreReviewOutcome, ProjectDates, ProjectFacts, ProjectStatusFacts, ReportedFinding } from '@gov/rules';
import { claimsOf, type Claims } from './claims.js';
import type { Reopened } from './reopen.js';
import type { ProjectAuthorityRecord } from './lifecycle/authorityKinds.js';
import type { AggregateState } from './ports/records.js';
import type { PlanCallTie } from './plans/callTie.js';

/** submitted → classified → returned | rejected | pending_review | in_library (入库). */
export type ProjectStatus = 'submitted' | 'classified' | PreReviewStatus;
export type PreReviewStatus = 'returned' | 'rejected' | 'pending_review' | 'in_library';

export const PRE_REVIEW_STATUS: Record<PreReviewOutcome, PreReviewStatus> = {
  returned: 'returned',
  rejected: 'rejected',
  pending_review: 'pending_review',
  admissible: 'in_library',
};

/** A finding as stored and shown: rule, article, message and what is missing. */
export type StoredFinding = Pick<ReportedFinding, 'ruleId' | 'article' | 'outcome' | 'message' | 'overridable' | 'advisory' | 'missing' | 'requires' | 'due' | 'awaiting' | 'remedies' | 'satisfied'>;

/**
 * What happened to the project after submission, kept on the project item as events arrive so that the budget gate
 * and the tracker answer from one read: reviewer decisions, named reviews/opinions, milestones (dates), dated
 * records that satisfy obligations, approval, sanctions, money paid, overrides and open findings.
 */
export interface Lifecycle {
  dates: ProjectDates;
  records: Record<string, string>;
  status: ProjectStatusFacts;
  /** 批复概算总投资 once approved, and what has been paid so far (fen). */
  approvedEstimate?: number;
  paidToDate?: number;
  /** Application fields added after submission (named attestations, parameters set by the authority …). */
  fields?: Record<string, string | boolean | number>;
}

export type PipelineStep = 'classification' | 'pre-review';

export interface ProjectState extends AggregateState {
  jurisdiction: Jurisdiction;
  status: ProjectStatus;
  /**
   * The queue step the project waits for, and since when (sparse index byPending). A message lost between the
   * write and the send, or in an emulator restart, is re-sent by the recovery sweep; cleared once the step ran.
   */
  pendingStep?: PipelineStep;
  pendingSince?: string;
  submittedBy: string;
  submittedOn: string;
  idempotencyKey?: string;
  requestHash: string;
  application: Application;
  /** The annual plan call the application was tied to at intake (plans/callTie.ts). */
  planCall?: PlanCallTie;
  classification?: Pick<ClassificationDecision, 'inScope' | 'category' | 'approvalPath' | 'decisionLevel' | 'routes' | 'requiredDocuments' | 'extraApprovals' | 'packVersion' | 'binding' | 'notice'> & {
    findings: StoredFinding[];
  };
  lifecycle?: Lifecycle;
  /** Authority records (lifecycle/authority.ts), oldest first: another body's opinion, approval, plan inclusion, receipt. */
  authorityRecords?: ProjectAuthorityRecord[];
  /** Review items of an admitted project the bureau reopened, with the reason; removed once decided again (reviews.ts). */
  reopenedReviews?: Record<string, { reason: string; by: string; on: string }>;
  /** Reviewer decisions reopened by the last material revision, with what changed (reopen.ts). */
  reopened?: Reopened;
  /**
   * Verified versions (documents/) of the declared documents, by sha256: filled by classification and by each
   * completed upload naming the project. Only these satisfy the rules (declared-only documents are shown, not counted).
   */
  verifiedDocuments?: Record<string, VerifiedDocumentRef>;
  /** Reminders raised (reminders/), by `<ruleId>#<key>#<point | overdue>`: each is raised once per due date. */
  reminders?: Record<string, { id: string; due: string; provisional: boolean; raisedOn: string }>;
  /** Obligations, open flags and systems derived from the lifecycle by the tracker (see lifecycle/). */
  tracking?: Tracking;
  /** Earlier versions of a returned application, newest last (修改后重新提交). */
  revisions?: { version: number; submittedOn: string; application: Application }[];
  preReview?: {
    outcome: PreReviewOutcome;
    packVersion: string;
    binding: boolean;
    notice: string | null;
    blocking: StoredFinding[];
    reviewerTasks: StoredFinding[];
    findings: StoredFinding[];
    /** What the application says about itself (dates, named fields): shown to the reviewer as claims, never records. */
    claims?: Claims;
    /** Projects of the same jurisdiction with similar names, for the reviewer's duplicate check (查重). */
    duplicateCandidates?: { id: string; name: string; departmentId: string; status: string; similarity: number }[];
  };
}

/** A verified version of a document as the project keeps it (the bytes are at `key`). */
export interface VerifiedDocumentRef {
  type: string;
  sha256: string;
  key: string;
  size: number;
  contentType: string;
  verifiedAt: string;
}

/** The declared documents a verified version backs (same sha256 and type): the only ones the rules see. */
export const verifiedDeclaredDocuments = (p: Pick<ProjectState, 'application' | 'verifiedDocuments'>) =>
  p.application.documents.filter((d) => p.verifiedDocuments?.[d.sha256]?.type === d.type);

/** One obligation the project (or system) owes, as last computed from the rules; mirrors its index item. */
export interface TrackedObligation {
  ruleId: string;
  key: string;
  due: string;
  provisional: boolean;
  /** open (still owed, perhaps overdue) or met; the index holds only open ones. */
  state: 'open' | 'met';
  obligation: string;
  scan: 'tracker' | 'filing';
  metOn?: string;
  /** The open flag raised for it. */
  flagId?: string;
  flagType?: string;
  /** The day that flag was raised: its index item then leaves the daily bucket (decision 090 §6). */
  flaggedOn?: string;
}

export interface Tracking {
  /** Keyed `<ruleId>#<key>`. */
  obligations: Record<string, TrackedObligation>;
  /** Systems this project brought into operation. */
  systemIds?: string[];
  /** When the obligations were last computed, and with which pack version. */
  computedOn?: string;
  packVersion?: string;
}

const STEP_AFTER: Partial<Record<ProjectStatus, PipelineStep>> = { submitted: 'classification', classified: 'pre-review' };

/** The next version of a project: version and time advance, and the pipeline step it now waits for is recorded. */
export function nextVersion(p: ProjectState, changes: Partial<ProjectState>, at: string): ProjectState {
  const next: ProjectState = { ...p, ...changes, version: p.version + 1, updatedAt: at };
  return withPendingStep(next, at);
}

export function withPendingStep(p: ProjectState, at: string): ProjectState {
  const step = STEP_AFTER[p.status];
  p.pendingStep = step;
  p.pendingSince = step ? at : undefined;
  return p;
}

/** The project after a pre-review decision: its status and the stored findings, reviewer tasks and candidates. */
export function preReviewed(p: ProjectState, d: PreReviewDecision, duplicateCandidates: NonNullable<ProjectState['preReview']>['duplicateCandidates'], at: string): ProjectState {
  return nextVersion(p, {
    status: PRE_REVIEW_STATUS[d.outcome],
    preReview: {
      outcome: d.outcome,
      packVersion: d.packVersion,
      binding: d.binding,
      notice: d.notice,
      blocking: d.blocking.map(storedFinding),
      reviewerTasks: d.reviewerTasks.map(storedFinding),
      findings: d.findings.map(storedFinding),
      claims: claimsOf(p.application),
      duplicateCandidates,
    },
  }, at);
}

export function storedFinding(f: ReportedFinding): StoredFinding {
  const { ruleId, article, outcome, message, overridable, advisory, missing, requires, due, awaiting, remedies, satisfied } = f;
  return { ruleId, article, outcome, message, overridable, advisory, missing, requires, due, awaiting, remedies, satisfied };
}

/**
 * The facts the post-admission decisions read (budget gate, deadlines, filings, system snapshots): what the
 * application declares about the project itself (amounts, funding, category, scope, documents, flags) and, for
 * everything that happens to it, only records — lifecycle dates from milestones recorded by the role the regulation
 * names (docs/milestone-roles.md), named record fields, reviews and decisions. An application's own `dates` and
 * `fields` are claims (claims.ts): shown to the reviewer, never read here.
 * `annualPlan` is the issued plan line that holds the project (年度计划), when there is one.
 */
export function projectFacts(p: ProjectState, annualPlan?: AnnualPlanLineFacts): ProjectFacts {
  const a = p.application;
  const l = p.lifecycle;
  const inLibrary = p.status === 'in_library';
  return {
    id: p.id,
    jurisdiction: p.jurisdiction,
    departmentId: p.departmentId,
    applicant: a.applicant,
    name: a.name,
    category: a.category,
    subtype: a.subtype,
    deliveryMode: a.deliveryMode,
    objectType: a.objectType,
    tier: a.tier,
    omKind: a.omKind,
    origin: a.origin,
    applicationKind: a.applicationKind,
    amountTotal: a.amounts.total,
    amountEstimate: a.amounts.estimate,
    budget: a.amounts.budget,
    originalInvestment: a.amounts.originalInvestment,
    priorUpgradesLast12Months: a.amounts.priorUpgradesLast12Months,
    fundingSources: a.fundingSources,
    fundingModel: a.fundingModel,
    fundingMode: a.fundingMode,
    targetYear: a.targetYear,
    servicePeriodMonths: a.servicePeriodMonths,
    projectCode: a.projectCode,
    implementingBody: a.implementingBody,
    responsiblePerson: a.responsiblePerson,
    deploymentTarget: a.deploymentTarget,
    flags: a.flags,
    documents: verifiedDeclaredDocuments(p),
    dataResources: a.dataResources,
    lineItems: a.lineItems,
    existingSystems: a.existingSystems,
    fields: { ...l?.fields },
    approvedEstimate: l?.approvedEstimate,
    paidToDate: l?.paidToDate,
    status: { ...l?.status, inLibrary: l?.status?.inLibrary ?? inLibrary, ...(annualPlan ? { annualPlan } : {}) },
    dates: { ...l?.dates, submittedOn: p.submittedOn },
    records: l?.records,
  };
}

/**
 * The facts classification and pre-review read: the recorded facts with the application's claims beneath them (a
 * record of the same name wins), because these stages judge the application as submitted (claims.ts).
 */
export function reviewFacts(p: ProjectState, annualPlan?: AnnualPlanLineFacts): ProjectFacts {
  const f = projectFacts(p, annualPlan);
  const a = p.application;
  return { ...f, dates: { ...a.dates, ...f.dates }, fields: { ...a.fields, ...f.fields } };
}
