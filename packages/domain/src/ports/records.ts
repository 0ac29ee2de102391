/**
 * The stored shapes the domain reads and writes through its ports, in the domain's own words. The adapters keep
 * their own copies of these shapes and implement the ports structurally; the composition root (services/wiring.ts)
 * assigns one to the other, so the compiler reports any drift (docs/decisions/020).
 */

/** Whose obligation, flag or gate check: a project or an information system. */
export type SubjectKind = 'project' | 'system';
/** Which daily job watches an obligation: acceptance-tracker (deadlines, evaluations, usage) or filing. */
export type ObligationScan = 'tracker' | 'filing';

/** One event of an aggregate's append-only log; the store chains it (prevHash, hash) when it writes it. */
export interface DomainEvent {
  projectId: string;
  /** Events of a system name it here; projectId is then the project that built it. */
  systemId?: string;
  seq: number;
  type: string;
  actor: string;
  at: string;
  payload: Record<string, unknown>;
  packVersion?: string;
  ruleIds?: string[];
  prevHash?: string;
  hash?: string;
}

/** What every aggregate kept as state + events carries. */
export interface AggregateState {
  id: string;
  version: number;
  jurisdiction: string;
  departmentId: string;
  createdAt: string;
  updatedAt: string;
  /** Hash of the newest event, set by the store; the next event is chained onto it. */
  lastEventHash?: string;
}

/** An obligation as kept in the due-date index. */
export interface ObligationRecord {
  subject: SubjectKind;
  subjectId: string;
  /** The project the obligation belongs to (for a system: the project that built it). */
  projectId: string;
  ruleId: string;
  key: string;
  jurisdiction: string;
  departmentId: string;
  scan: ObligationScan;
  due: string;
  provisional: boolean;
  obligation: string;
  state: 'open' | 'met' | 'overdue';
  metOn?: string;
  flagId?: string;
  /** The day its open flag was raised; a flagged obligation is indexed by it, not in the daily due bucket. */
  flaggedOn?: string;
}

/** 预警: raised by a daily scan, closed by the change that met its obligation. */
export interface FlagRecord {
  id: string;
  type: string;
  status: 'open' | 'closed';
  subject: SubjectKind;
  subjectId: string;
  projectId: string;
  jurisdiction: string;
  departmentId: string;
  ruleId: string;
  article?: string;
  /** The obligation it watches (`<ruleId>#<key>`). */
  obligationKey: string;
  message: string;
  due?: string;
  raisedOn: string;
  raisedAt: string;
  packVersion?: string;
  closedOn?: string;
  closedReason?: string;
}

/** One budget-gate check, for audit. */
export interface GateCheckRecord {
  checkId: string;
  at: string;
  subject: SubjectKind;
  subjectId: string;
  jurisdiction: string;
  caller: { sub: string; role: string };
  question: 'payment' | 'om';
  answer: 'allow' | 'deny' | 'review';
  packVersion: string;
  /** The subject's version the answer was computed from. */
  subjectVersion: number;
  ruleIds: string[];
  request: Record<string, unknown>;
}

/** The first broken link of an event hash chain. */
export interface ChainBreak {
  seq: number;
  reason: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
