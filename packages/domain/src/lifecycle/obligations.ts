/**
 * Obligations from the rules: every DEADLINE finding the rules package computes for a project becomes one tracked
 * obligation (and one item of the due-date index while it is open). Recomputed in the transaction of every change
 * that can move a deadline (milestone, filing, override …); the diff against the previous computation says which
 * index items to write or delete and which flags close because their obligation was met, moved or dropped.
 */
import type { ObligationRecord, SubjectKind } from '../ports/records.js';
import { putObligation, type StoreWrite } from '../ports/writes.js';
import { catalogueRule, chinaCalendar, deadlines, deadlinesPack, preReview, preReviewDeadlinesPack, type ReportedFinding, type WorkingDayCalendar } from '@gov/rules';
import { projectFacts, type ProjectState, type TrackedObligation, type Tracking } from '../project.js';

/** Flag types of GET /v1/flags. */
export const FLAG_TYPES = [
  'overdue_acceptance',
  'overdue_filing',
  'missed_evaluation',
  /** A periodic report that is not an evaluation (SD 第十六条 建设进度和预算执行情况报告). */
  'overdue_report',
  'approval_sla',
  'overdue_rectification',
  'overdue_obligation',
  'long_unused',
  'zombie_candidate',
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

/** Which kind of flag an overdue obligation of `ruleId` raises, and which daily job watches it. */
export function classifyObligation(ruleId: string): { type: FlagType; scan: 'tracker' | 'filing' } {
  if (catalogueRule(ruleId).function === 'filing') return { type: 'overdue_filing', scan: 'filing' };
  if (ruleId === 'HS-11-prereq-complete') return { type: 'approval_sla', scan: 'tracker' };
  if (/acceptance-6m|apply-3m|late-explanation|failed-rectify|BJ-20-acceptance/.test(ruleId)) return { type: 'overdue_acceptance', scan: 'tracker' };
  if (ruleId === 'SD-16-annual-report') return { type: 'overdue_report', scan: 'tracker' };
  if (/eval|performance|security-reports/.test(ruleId)) return { type: 'missed_evaluation', scan: 'tracker' };
  if (/rectif/.test(ruleId)) return { type: 'overdue_rectification', scan: 'tracker' };
  return { type: 'overdue_obligation', scan: 'tracker' };
}

export const obligationKeyOf = (o: Pick<TrackedObligation, 'ruleId' | 'key'>) => `${o.ruleId}#${o.key}`;

/** The DEADLINE findings of a project on `on`: tracker and filing rules (deadlines()) plus the pre-review SLA ones. */
export function deadlineFindings(p: ProjectState, on: string, calendar: WorkingDayCalendar = chinaCalendar): { findings: ReportedFinding[]; packVersion: string } {
  const facts = { project: projectFacts(p) };
  const classification = p.classification ?? {};
  const d = deadlines(deadlinesPack(p.jurisdiction), facts, on, calendar, classification);
  const findings = [...d.obligations];
  // Approval SLAs (HS-11) are computed by the pre-review rules once the project is classified; only the rules that can
  // yield a DEADLINE are evaluated (decision 034's stage packs).
  if (p.classification) {
    for (const f of preReview(preReviewDeadlinesPack(p.jurisdiction), facts, on, calendar, p.classification).findings) if (f.outcome === 'DEADLINE') findings.push(f);
  }
  return { findings, packVersion: d.packVersion };
}

/** One obligation per DEADLINE finding; its key tells apart several of one rule (years, findings, systems). */
export function obligationsOf(findings: readonly ReportedFinding[]): TrackedObligation[] {
  const deadlinesOnly = findings.filter((f) => f.outcome === 'DEADLINE' && f.due);
  const baseOf = (f: ReportedFinding) => {
    const d = (f.detail ?? {}) as Record<string, unknown>;
    const parts = [d.year, d.findingRuleId, d.systemId].filter((v) => v !== undefined && v !== null).map(String);
    return parts.length ? parts.join('.') : 'main';
  };
  // A rule giving several obligations it does not tell apart (e.g. one per calendar year) keys them by due date,
  // so the key of each stays the same from one evaluation day to the next.
  const groups = new Map<string, number>();
  for (const f of deadlinesOnly) groups.set(`${f.ruleId}#${baseOf(f)}`, (groups.get(`${f.ruleId}#${baseOf(f)}`) ?? 0) + 1);
  const out: TrackedObligation[] = [];
  const used = new Set<string>();
  for (const f of deadlinesOnly) {
    const d = (f.detail ?? {}) as Record<string, unknown>;
    const base = baseOf(f);
    let key = (groups.get(`${f.ruleId}#${base}`) ?? 0) > 1 ? `${base}.${f.due}` : base;
    for (let n = 2; used.has(`${f.ruleId}#${key}`); n++) key = `${base}.${f.due}.${n}`;
    used.add(`${f.ruleId}#${key}`);
    const metOn = [d.metOn, d.filedOn].find((v): v is string => typeof v === 'string');
    const { scan } = classifyObligation(f.ruleId);
    out.push({
      ruleId: f.ruleId,
      key,
      due: f.due!,
      provisional: f.provisional === true,
      state: d.state === 'met' ? 'met' : 'open',
      obligation: typeof d.obligation === 'string' ? d.obligation : f.message,
      scan,
      ...(metOn ? { metOn } : {}),
    });
  }
  return out;
}

export interface SubjectRef {
  subject: SubjectKind;
  subjectId: string;
  projectId: string;
  jurisdiction: string;
  departmentId: string;
}

export interface ClosedFlag {
  flagId: string;
  ruleId: string;
  key: string;
  reason: string;
}

export interface ObligationDiff {
  obligations: Record<string, TrackedObligation>;
  /** What to write in the same transaction so that the index and the flags follow. */
  writes: StoreWrite[];
  closedFlags: ClosedFlag[];
  /** Keys whose index item changed (for the event payload). */
  changed: string[];
}

export function toRecord(ref: SubjectRef, o: TrackedObligation): ObligationRecord {
  return {
    subject: ref.subject,
    subjectId: ref.subjectId,
    projectId: ref.projectId,
    ruleId: o.ruleId,
    key: o.key,
    jurisdiction: ref.jurisdiction,
    departmentId: ref.departmentId,
    scan: o.scan,
    due: o.due,
    provisional: o.provisional,
    obligation: o.obligation,
    state: o.state,
    ...(o.metOn ? { metOn: o.metOn } : {}),
    ...(o.flagId ? { flagId: o.flagId } : {}),
    ...(o.flagId && o.flaggedOn ? { flaggedOn: o.flaggedOn } : {}),
  };
}

const closeFlag = (ref: SubjectRef, flagId: string, closedOn: string, reason: string): StoreWrite =>
  ({ kind: 'flag.close', subject: ref.subject, subjectId: ref.subjectId, flagId, closedOn, reason });

const same = (a: TrackedObligation, b: TrackedObligation) =>
  a.due === b.due && a.state === b.state && a.provisional === b.provisional && a.flagId === b.flagId && a.flaggedOn === b.flaggedOn && a.obligation === b.obligation && a.metOn === b.metOn;

/**
 * What to write so that the index matches `computed`: new or changed obligations are put (met ones leave the
 * index), vanished ones deleted; a flag closes when its obligation is met, no longer overdue on `on` (an extension
 * moved it) or no longer owed.
 */
export function diffObligations(ref: SubjectRef, previous: Record<string, TrackedObligation> | undefined, computed: readonly TrackedObligation[], on: string): ObligationDiff {
  const prev = previous ?? {};
  const obligations: Record<string, TrackedObligation> = {};
  const writes: StoreWrite[] = [];
  const closedFlags: ClosedFlag[] = [];
  const changed: string[] = [];
  for (const c of computed) {
    const k = obligationKeyOf(c);
    const old = prev[k];
    let next: TrackedObligation = { ...c, ...(old?.flagId ? { flagId: old.flagId, flagType: old.flagType, ...(old.flaggedOn ? { flaggedOn: old.flaggedOn } : {}) } : {}) };
    if (next.flagId) {
      const reason = next.state === 'met' ? `义务已履行(${next.metOn ?? on})` : next.due >= on ? `期限已调整为${next.due},不再逾期` : '';
      if (reason) {
        closedFlags.push({ flagId: next.flagId, ruleId: c.ruleId, key: c.key, reason });
        writes.push(closeFlag(ref, next.flagId, on, reason));
        const { flagId: _f, flagType: _t, flaggedOn: _o, ...rest } = next;
        next = rest;
      }
    }
    obligations[k] = next;
    if (!old || !same(old, next)) {
      writes.push(putObligation(toRecord(ref, next)));
      changed.push(k);
    }
  }
  for (const [k, old] of Object.entries(prev)) {
    if (obligations[k]) continue;
    writes.push({ kind: 'obligation.delete', subject: ref.subject, subjectId: ref.subjectId, ruleId: old.ruleId, key: old.key });
    changed.push(k);
    if (old.flagId) {
      const reason = '该义务已不再适用';
      closedFlags.push({ flagId: old.flagId, ruleId: old.ruleId, key: old.key, reason });
      writes.push(closeFlag(ref, old.flagId, on, reason));
    }
  }
  return { obligations, writes, closedFlags, changed };
}

export const projectRef = (p: ProjectState): SubjectRef => ({
  subject: 'project',
  subjectId: p.id,
  projectId: p.id,
  jurisdiction: p.jurisdiction,
  departmentId: p.departmentId,
});

/** Recomputes a project's obligations on `on` from the rules and diffs them against its stored tracking. */
export function recomputeProject(p: ProjectState, on: string, calendar: WorkingDayCalendar = chinaCalendar): ObligationDiff & { tracking: Tracking } {
  const { findings, packVersion } = deadlineFindings(p, on, calendar);
  const diff = diffObligations(projectRef(p), p.tracking?.obligations, obligationsOf(findings), on);
  return { ...diff, tracking: { ...p.tracking, obligations: diff.obligations, computedOn: on, packVersion } };
}
