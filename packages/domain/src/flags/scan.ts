/**
 * The daily scans (acceptance-tracker 01:00 and filing 01:30 Asia/Shanghai). Each queries the due-date index for
 * open obligations due before the evaluation day — ten small partitions, never the table — and for every subject
 * found re-reads its state, recomputes its obligations from the rules on that day and raises a flag (an event of
 * the subject, with the flag item and the obligation's flag id in the same transaction) for each one still owed.
 * A flagged obligation's index item leaves the daily bucket (it moves to `FLAGGED#…`, keyed by the day it was
 * flagged), so it is neither re-read nor listed again; a flag closes in the transaction that meets the obligation.
 * (`alreadyFlagged` counts items flagged before that move, still in the daily bucket until their next write.)
 */
import { createHash } from 'node:crypto';
import { catalogueRule, JURISDICTIONS, type Jurisdiction } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import { projectFacts, type ProjectState, type TrackedObligation } from '../project.js';
import { classifyObligation, deadlineFindings, diffObligations, obligationKeyOf, obligationsOf, projectRef, type SubjectRef } from '../lifecycle/obligations.js';
import type { Deps, ScanWorkItem } from '../ports/ports.js';
import type { DomainEvent, FlagRecord, ObligationScan, Page } from '../ports/records.js';
import { raiseFlag, type StoreWrite } from '../ports/writes.js';
import type { SystemState } from '../systems/system.js';
import { systemRef, watchObligations } from '../systems/watch.js';

export interface ScanResult {
  job: ObligationScan;
  on: string;
  /** Index items read (open obligations due before `on`). */
  due: number;
  alreadyFlagged: number;
  subjects: number;
  flagsRaised: number;
  flagsClosed: number;
  ms: number;
}

const flagIdOf = (ref: SubjectRef, o: TrackedObligation, on: string) =>
  `fl-${createHash('sha256').update(`${ref.subjectId}|${o.ruleId}|${o.key}|${on}`).digest('hex').slice(0, 20)}`;

function flagTypeOf(ref: SubjectRef, o: TrackedObligation): string {
  if (ref.subject === 'system') return o.key === 'zombie' ? 'zombie_candidate' : 'long_unused';
  return classifyObligation(o.ruleId).type;
}

/** Assigns a new flag to every obligation of `job` that is owed and overdue on `on` and has none yet. */
function flagOverdue(ref: SubjectRef, job: ObligationScan, prev: Record<string, TrackedObligation> | undefined, computed: TrackedObligation[], on: string, at: string, packVersion?: string) {
  const flags: FlagRecord[] = [];
  const withFlags = computed.map((c) => {
    const old = prev?.[obligationKeyOf(c)];
    if (c.scan !== job || c.state !== 'open' || !(c.due < on) || old?.flagId) return c;
    const type = flagTypeOf(ref, c);
    const id = flagIdOf(ref, c, on);
    const article = catalogueRule(c.ruleId).article;
    flags.push({
      id, type, status: 'open', subject: ref.subject, subjectId: ref.subjectId, projectId: ref.projectId, jurisdiction: ref.jurisdiction,
      departmentId: ref.departmentId, ruleId: c.ruleId, article, obligationKey: obligationKeyOf(c),
      message: `逾期:${c.obligation}(期限${c.due}${c.provisional ? ',暂定' : ''},${article})`, due: c.due, raisedOn: on, raisedAt: at,
      ...(packVersion ? { packVersion } : {}),
    });
    return { ...c, flagId: id, flagType: type, flaggedOn: on };
  });
  return { flags, withFlags };
}

async function flagProject(deps: Deps, id: string, job: ObligationScan, on: string, now: Date): Promise<{ raised: number; closed: number }> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = await deps.projects.get(id);
    if (!p) return { raised: 0, closed: 0 };
    const at = now.toISOString();
    const ref = projectRef(p);
    const { findings, packVersion } = deadlineFindings(p, on);
    const { flags, withFlags } = flagOverdue(ref, job, p.tracking?.obligations, obligationsOf(findings), on, at, packVersion);
    const diff = diffObligations(ref, p.tracking?.obligations, withFlags, on);
    if (diff.writes.length === 0) return { raised: 0, closed: 0 };
    const next: ProjectState = { ...p, version: p.version + 1, updatedAt: at, tracking: { ...p.tracking, obligations: diff.obligations, computedOn: on, packVersion } };
    const snapshots: StoreWrite[] = (next.tracking?.systemIds ?? []).map((systemId) => ({ kind: 'system.snapshot', systemId, attributes: { project: projectFacts(next), projectVersion: next.version } }));
    const event: DomainEvent = {
      projectId: p.id, seq: next.version, type: flags.length ? 'flags_raised' : 'obligations_recomputed', actor: `system:${job}-scan`, at,
      payload: { on, flags: flags.map(({ id: fid, type, ruleId, due, message }) => ({ id: fid, type, ruleId, due, message })), ...(diff.closedFlags.length ? { flagsClosed: diff.closedFlags } : {}) },
      packVersion, ruleIds: flags.map((f) => f.ruleId),
    };
    const saved = await deps.projects.save(next, event, p.version, [...flags.map(raiseFlag), ...diff.writes, ...snapshots]);
    if ('state' in saved) return { raised: flags.length, closed: diff.closedFlags.length };
  }
  throw new Error(`scan of project ${id} kept conflicting`);
}

async function flagSystem(deps: Deps, id: string, job: ObligationScan, on: string, now: Date): Promise<{ raised: number; closed: number }> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const s = await deps.systems.get(id);
    if (!s) return { raised: 0, closed: 0 };
    const at = now.toISOString();
    const ref = systemRef(s);
    const { flags, withFlags } = flagOverdue(ref, job, s.tracking?.obligations, watchObligations(s, deps.config.usage), on, at);
    const diff = diffObligations(ref, s.tracking?.obligations, withFlags, on);
    if (diff.writes.length === 0) return { raised: 0, closed: 0 };
    const next: SystemState = { ...s, version: s.version + 1, updatedAt: at, tracking: { ...s.tracking, obligations: diff.obligations, computedOn: on } };
    const event: DomainEvent = {
      projectId: s.projectId, systemId: s.id, seq: next.version, type: flags.length ? 'flags_raised' : 'obligations_recomputed', actor: `system:${job}-scan`, at,
      payload: { on, flags: flags.map(({ id: fid, type, ruleId, due, message }) => ({ id: fid, type, ruleId, due, message })), ...(diff.closedFlags.length ? { flagsClosed: diff.closedFlags } : {}) },
      ruleIds: flags.map((f) => f.ruleId),
    };
    const saved = await deps.systems.save(next, event, s.version, [...flags.map(raiseFlag), ...diff.writes]);
    if ('state' in saved) return { raised: flags.length, closed: diff.closedFlags.length };
  }
  throw new Error(`scan of system ${id} kept conflicting`);
}

export type SubjectKey = ScanWorkItem['subjects'][number];

export interface DueSubjects {
  /** Index items read (open obligations due before `on`). */
  due: number;
  alreadyFlagged: number;
  /** Each subject with an unflagged overdue obligation, once. */
  subjects: SubjectKey[];
}

/** The subjects a daily scan must re-read: one index query per jurisdiction, no subject read. */
export async function dueSubjects(deps: Deps, job: ObligationScan, on: string, jurisdictions: readonly Jurisdiction[] = JURISDICTIONS): Promise<DueSubjects> {
  const subjects = new Map<string, SubjectKey>();
  let due = 0;
  let alreadyFlagged = 0;
  for (const j of jurisdictions) {
    let next: Record<string, unknown> | undefined;
    do {
      const page = await deps.obligations.due(job, j, on, next);
      for (const o of page.items) {
        due++;
        if (o.flagId) alreadyFlagged++;
        else subjects.set(`${o.subject}#${o.subjectId}`, { subject: o.subject, subjectId: o.subjectId });
      }
      next = page.next;
    } while (next);
  }
  return { due, alreadyFlagged, subjects: [...subjects.values()] };
}

export interface SubjectsScanned {
  flagsRaised: number;
  flagsClosed: number;
  /** Subjects whose re-evaluation threw (the others are done). */
  failed: SubjectKey[];
}

/** Re-evaluates each subject on `on` and raises its overdue flags (each subject its own read + transaction; idempotent). */
export async function scanSubjects(deps: Deps, job: ObligationScan, on: string, subjects: readonly SubjectKey[], now: Date, concurrency = 8): Promise<SubjectsScanned> {
  let flagsRaised = 0;
  let flagsClosed = 0;
  const failed: SubjectKey[] = [];
  const queue = [...subjects];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      try {
        const r = s.subject === 'project' ? await flagProject(deps, s.subjectId, job, on, now) : await flagSystem(deps, s.subjectId, job, on, now);
        flagsRaised += r.raised;
        flagsClosed += r.closed;
      } catch {
        // One subject's failure (a store error, conflicts that did not settle) does not hold back the others.
        failed.push(s);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { flagsRaised, flagsClosed, failed };
}

/** Runs one daily scan for the evaluation day `on` (Asia/Shanghai date) in this process: query, then every subject. */
export async function runDailyScan(deps: Deps, job: ObligationScan, on: string, now: Date, jurisdictions: readonly Jurisdiction[] = JURISDICTIONS): Promise<ScanResult> {
  const started = performance.now();
  const found = await dueSubjects(deps, job, on, jurisdictions);
  const r = await scanSubjects(deps, job, on, found.subjects, now);
  if (r.failed.length) throw new Error(`scan of ${r.failed.map((s) => s.subjectId).join(', ')} failed`);
  return { job, on, due: found.due, alreadyFlagged: found.alreadyFlagged, subjects: found.subjects.length, flagsRaised: r.flagsRaised, flagsClosed: r.flagsClosed, ms: Math.round(performance.now() - started) };
}

export interface FlagFilter {
  jurisdiction?: string;
  type?: string;
  department?: string;
  status?: 'open' | 'closed';
  /** One project's flags (its own and its systems'). */
  project?: string;
  limit: number;
  cursor?: string;
}

/** GET /v1/flags: auditors, reviewers and admin see their jurisdiction (admin any); a department only its own. */
export async function flagsFor(deps: Deps, caller: Caller, f: FlagFilter): Promise<Page<FlagRecord>> {
  if (caller.role === 'finance') throw new DomainError(403, 'FORBIDDEN', '该角色无权查看预警');
  const jurisdiction = f.jurisdiction ?? caller.jur;
  if (caller.role !== 'admin' && jurisdiction !== caller.jur) throw new DomainError(403, 'FORBIDDEN', '只能查看本辖区的预警');
  if (!(JURISDICTIONS as readonly string[]).includes(jurisdiction)) {
    throw new DomainError(400, 'VALIDATION_FAILED', '请求参数未通过校验', [{ path: 'query.jurisdiction', message: `应为 ${JURISDICTIONS.join('、')} 之一` }]);
  }
  let departmentId = f.department;
  if (caller.role === 'department') {
    if (departmentId && departmentId !== caller.dept) throw new DomainError(403, 'FORBIDDEN', '只能查看本部门的预警');
    departmentId = caller.dept;
  }
  return deps.flags.list({ jurisdiction, departmentId, type: f.type, status: f.status, projectId: f.project }, f.limit, f.cursor);
}
