/**
 * 备案、例外批准、闸口审阅决定 of one project (issue 10 §3): read from the project's own events (no new table, no
 * index), so that the history is complete — the state keeps only the latest override or decision per rule. Scoped
 * like the event log (projectFor: the department its own, bureau and auditor their jurisdiction). Paged by event
 * sequence: the cursor is the seq of the last entry given (decision 182).
 */
import type { Caller } from '../access.js';
import type { Deps } from '../ports/ports.js';
import type { DomainEvent, Page } from '../ports/records.js';
import { projectFor } from '../read.js';

export interface RecordPageQuery {
  limit: number;
  cursor?: string;
}

/** A recorded filing (备案) as listed; `filing` is the request as recorded (money in fen, converted at the answer). */
export interface FilingEntry {
  filingId: string;
  seq: number;
  at: string;
  actor: string;
  type: string;
  filedOn: string;
  outcome: string;
  late: boolean;
  filing: Record<string, unknown>;
}

export interface OverrideEntry {
  seq: number;
  at: string;
  ruleId: string;
  grantedBy: string;
  override: { authority: string; reason: string; documentRef: string; on: string };
}

export interface GateDecisionEntry {
  seq: number;
  at: string;
  ruleId: string;
  decision: { result: string; reviewer: string; on: string; comment?: string };
}

/** The cursor: the seq of the last entry of the previous page (digits only; anything else is a SyntaxError → 400). */
function afterSeq(cursor?: string): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor)) throw new SyntaxError('invalid page cursor');
  return Number(cursor);
}

async function pageOf<T>(deps: Deps, caller: Caller, projectId: string, type: string, q: RecordPageQuery, entry: (e: DomainEvent) => T): Promise<Page<T>> {
  // Access first: another department's project is 404 whatever the cursor says.
  await projectFor(deps, caller, projectId);
  const after = afterSeq(q.cursor);
  const matching = (await deps.projects.events(projectId)).filter((e) => e.type === type && e.seq > after);
  const taken = matching.slice(0, q.limit);
  return {
    items: taken.map(entry),
    ...(matching.length > q.limit ? { nextCursor: String(taken[taken.length - 1].seq) } : {}),
  };
}

/** GET /v1/projects/{id}/filings: the filings recorded (a refused or incomplete filing writes nothing), oldest first. */
export function projectFilingsFor(deps: Deps, caller: Caller, projectId: string, q: RecordPageQuery): Promise<Page<FilingEntry>> {
  return pageOf(deps, caller, projectId, 'filing_recorded', q, (e) => {
    const p = e.payload as { filing: Record<string, unknown> & { type: string; filedOn: string }; outcome: string; late?: boolean };
    return { filingId: `${e.projectId}:${e.seq}`, seq: e.seq, at: e.at, actor: e.actor, type: p.filing.type, filedOn: p.filing.filedOn, outcome: p.outcome, late: p.late === true, filing: p.filing };
  });
}

/** GET /v1/projects/{id}/overrides: every exception granted for the project (例外批准), oldest first; a later one for the same rule replaces it. */
export function projectOverridesFor(deps: Deps, caller: Caller, projectId: string, q: RecordPageQuery): Promise<Page<OverrideEntry>> {
  return pageOf(deps, caller, projectId, 'override_recorded', q, (e) => {
    const p = e.payload as { ruleId: string; override: OverrideEntry['override']; grantedBy?: string };
    return { seq: e.seq, at: e.at, ruleId: p.ruleId, grantedBy: p.grantedBy ?? e.actor, override: p.override };
  });
}

/** GET /v1/projects/{id}/gate-decisions: the reviewers' decisions on gate judgement items (审阅事项), oldest first. */
export function projectGateDecisionsFor(deps: Deps, caller: Caller, projectId: string, q: RecordPageQuery): Promise<Page<GateDecisionEntry>> {
  return pageOf(deps, caller, projectId, 'gate_decision_recorded', q, (e) => {
    const p = e.payload as { ruleId: string; decision: GateDecisionEntry['decision'] };
    return { seq: e.seq, at: e.at, ruleId: p.ruleId, decision: p.decision };
  });
}
