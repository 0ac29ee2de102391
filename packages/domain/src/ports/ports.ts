/**
 * The domain's ports: what it needs from storage, the queues and the audit trail, in its own types. The DynamoDB /
 * SQS adapters implement them (packages/adapters/src/stores.ts), in-memory ones serve the unit tests
 * (../inMemory.ts), and each service's composition root passes them in (services/wiring.ts).
 */
import type { ProjectState } from '../project.js';
import type { UsageSettingsTable } from '../systems/settings.js';
import type { SystemState } from '../systems/system.js';
import type { PlanStore } from '../plans/port.js';
import type { DocumentStore } from '../documents/ports.js';
import type { ChainBreak, DomainEvent, FlagRecord, GateCheckRecord, ObligationRecord, ObligationScan, Page, SubjectKind } from './records.js';
import type { StoreWrite } from './writes.js';

/** The outcome of a version-guarded write: the state as stored, or a conflict (another writer won; read again). */
export type Saved<S> = { state: S } | { conflict: true };

/** Aggregates kept as state + hash-chained events, version-guarded: projects and systems. */
export interface AggregateStore<S> {
  get(id: string): Promise<S | undefined>;
  /**
   * Writes `next` and `event` (seq = next.version = expectedVersion + 1; expectedVersion 0 creates) and `writes`,
   * all or nothing.
   */
  save(next: S, event: DomainEvent, expectedVersion: number, writes?: readonly StoreWrite[]): Promise<Saved<S>>;
  /** Events, oldest first. */
  events(id: string): Promise<DomainEvent[]>;
}

export interface ProjectName {
  id: string;
  name: string;
  departmentId: string;
  status: string;
  existingSystems?: string[];
}

export type ProjectListing = { departmentOf: { jurisdiction: string; departmentId: string } } | { jurisdiction: string };

/**
 * Narrows a listing (work lists): statuses and a text in the name are matched by the index itself, `keep` on the
 * stored states; a filtered page may hold fewer than `limit` items and still carry a nextCursor.
 */
export interface ListingFilter<P> {
  statuses?: readonly string[];
  nameContains?: string;
  /** Oldest first (a queue) instead of newest first. */
  oldestFirst?: boolean;
  keep?: (p: P) => boolean;
}

export interface ProjectStore<P> extends AggregateStore<P> {
  /** Newest first unless `filter.oldestFirst`; a cursor that is not the store's own is a SyntaxError. */
  list(by: ProjectListing, limit: number, cursor?: string, filter?: ListingFilter<P>): Promise<Page<P>>;
  /** Every project of a jurisdiction created at or after `since` (ISO time), names and systems only (the duplicate check). */
  recentNames(jurisdiction: string, since: string): Promise<ProjectName[]>;
  /** Projects waiting for a pipeline step since before `before` (ISO time), oldest first. */
  stalled(step: string, before: string, limit: number): Promise<{ id: string; version: number }[]>;
  /**
   * Records that the recovery sweep re-sent `step` for this version at `at` (its wait starts again), unless the
   * project has moved on since: then nothing changes. Not a new version and not an event (no state change).
   */
  markRedispatched(step: string, id: string, version: number, at: string): Promise<void>;
  /** Recomputes a project's event hash chain: how many events, and the first broken link. */
  auditChain(id: string): Promise<{ events: number; firstBreak: ChainBreak | null }>;
}

export interface SystemQuery {
  jurisdiction: string;
  departmentId?: string;
  /** facts.status */
  status?: string;
}

/** Information systems: aggregates, listed per jurisdiction or department, newest first. */
export interface SystemStore<S> extends AggregateStore<S> {
  /** A filtered page may hold fewer than `limit` items and still carry a nextCursor; a foreign cursor is a SyntaxError. */
  list(q: SystemQuery, limit: number, cursor?: string): Promise<Page<S>>;
}

export interface DuePage {
  items: ObligationRecord[];
  /** Opaque: where the next page starts. */
  next?: Record<string, unknown>;
}

export interface UpcomingQuery {
  jurisdiction: string;
  from: string;
  until: string;
  departmentId?: string;
}

/** The due-date index: open obligations of one daily job and jurisdiction due before a day, oldest first. */
export interface ObligationIndex {
  due(scan: ObligationScan, jurisdiction: string, before: string, start?: Record<string, unknown>): Promise<DuePage>;
  /**
   * Open obligations of a jurisdiction (optionally one department) due from `from` to `until` inclusive, both
   * daily jobs; a cursor that is not the index's own is a SyntaxError.
   */
  upcoming(q: UpcomingQuery, limit: number, cursor?: string): Promise<Page<ObligationRecord>>;
}

export interface FlagQuery {
  jurisdiction: string;
  departmentId?: string;
  type?: string;
  status?: 'open' | 'closed';
  projectId?: string;
}

export interface FlagStore {
  /** Newest first; a cursor that is not the store's own is a SyntaxError. */
  list(q: FlagQuery, limit: number, cursor?: string): Promise<Page<FlagRecord>>;
}

export type QueueName = 'classification' | 'pre-review';

/** The pipeline queues; messages carry ids only, consumers read the current state. */
export interface PipelineQueue {
  send(queue: QueueName, message: { projectId: string; version: number }): Promise<void>;
  /** Several messages at once (any number; the adapter sends them in batches); answers those that were not sent. */
  sendBatch(queue: QueueName, messages: readonly PipelineMessage[]): Promise<PipelineMessage[]>;
}

export interface PipelineMessage {
  projectId: string;
  version: number;
}

/**
 * One work item of a daily scan's fan-out (docs/decisions/090 §6): the subjects, by id only, whose obligations of
 * `job` the consumer re-evaluates on `on`. The consumer reads their current state, so a late or repeated item
 * changes nothing that the first one did not.
 */
export interface ScanWorkItem {
  job: ObligationScan;
  on: string;
  subjects: { subject: 'project' | 'system'; subjectId: string }[];
}

/** 扫描队列: the daily scans' work queue (SQS in production). */
export interface ScanQueue {
  /** Sends the items (any number; the adapter batches them); answers those that were not sent. */
  send(items: readonly ScanWorkItem[]): Promise<ScanWorkItem[]>;
}

/** Where budget-gate checks are recorded for audit (docs/decisions/004). */
export interface GateAuditSink {
  record(check: GateCheckRecord): Promise<void>;
  /**
   * The checks recorded against one subject, newest first; a foreign cursor is a SyntaxError. Absent when the sink
   * does not store checks where they can be read back (`log`, the default): they are then in the log stream (decision 183).
   */
  list?(subject: SubjectKind, subjectId: string, limit: number, cursor?: string): Promise<Page<GateCheckRecord>>;
}

/** The answer a POST gave, kept to answer its retries (status, body and the headers that matter, e.g. location). */
export interface RecordedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A claimed Idempotency-Key: the hash of the request that claimed it and, once known, the answer it got. */
export interface IdempotencyRecord {
  key: string;
  requestHash: string;
  at: string;
  answer?: RecordedAnswer;
}

/**
 * Idempotency-Keys of the POSTs that record something (docs/decisions/120). A key is claimed by a write of the
 * change itself (`idempotency.claim`), so a retry can never record twice; the answer is stored right after.
 */
export interface IdempotencyStore {
  get(key: string): Promise<IdempotencyRecord | undefined>;
  /** Keeps the answer of a key (claimed by the change, or a request that changed nothing). */
  answer(record: IdempotencyRecord & { answer: RecordedAnswer }): Promise<void>;
}

/** Settings the domain is given rather than reading the environment. */
export interface DomainConfig {
  /** 长期未使用 / 僵尸系统 thresholds by jurisdiction. */
  usage: UsageSettingsTable;
}

/** Everything a use case may need; the composition root builds one per process. */
export interface Deps {
  projects: ProjectStore<ProjectState>;
  systems: SystemStore<SystemState>;
  obligations: ObligationIndex;
  flags: FlagStore;
  queue: PipelineQueue;
  scanQueue: ScanQueue;
  gateAudit: GateAuditSink;
  /** 年度计划: the annual plans of each jurisdiction. */
  plans: PlanStore;
  /** 申报材料: uploads and verified document versions (only verified ones count for the rules). */
  documents: DocumentStore;
  idempotency: IdempotencyStore;
  config: DomainConfig;
}
