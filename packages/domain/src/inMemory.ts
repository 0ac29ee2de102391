/**
 * In-memory implementations of the domain's ports, for unit tests and quick experiments: the same contracts as the
 * DynamoDB adapters (version-guarded all-or-nothing writes, `conflict` on a lost race, the due-date index holding
 * only open obligations, flags that are never raised twice), with no database. States are copied in and out, so a
 * caller can never change what is "stored" by mutating an object it holds.
 */
import type { ProjectState } from './project.js';
import type { AggregateStore, Deps, IdempotencyRecord, DuePage, FlagQuery, ListingFilter, ProjectListing, ProjectName, ProjectStore, QueueName, Saved, ScanWorkItem, SystemQuery, SystemStore, UpcomingQuery } from './ports/ports.js';
import type { DomainEvent, FlagRecord, GateCheckRecord, ObligationRecord, ObligationScan, Page, SubjectKind } from './ports/records.js';
import type { StoreWrite } from './ports/writes.js';
import { USAGE_SETTINGS, type UsageSettingsTable } from './systems/settings.js';
import type { SystemState } from './systems/system.js';
import { MemoryPlanStore } from './plans/memoryStore.js';
import { InMemoryDocumentStore } from './documents/inMemory.js';

const copy = <T>(v: T): T => structuredClone(v);
const key = (subject: SubjectKind, id: string) => `${subject}#${id}`;

/** One "table": aggregates, events, obligations and flags, so that a change spanning them applies all or nothing. */
export class MemoryTable {
  readonly states = new Map<string, { version: number } & Record<string, unknown>>();
  readonly events = new Map<string, DomainEvent[]>();
  readonly obligations = new Map<string, ObligationRecord>();
  readonly flags = new Map<string, FlagRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  /** Makes the next save of `subject#id` lose its race once (tests of the retry paths). */
  readonly conflictOnce = new Set<string>();

  /** Applies the writes of one change, or none of them (returns false) when a guard fails. */
  commit(kind: SubjectKind, next: { id: string; version: number }, event: DomainEvent, expectedVersion: number, writes: readonly StoreWrite[]): boolean {
    const staged: { kind: SubjectKind; next: { id: string; version: number }; event: DomainEvent; expectedVersion: number }[] = [{ kind, next, event, expectedVersion }];
    for (const w of writes) if (w.kind === 'system.save') staged.push({ kind: 'system', next: w.state, event: w.event, expectedVersion: w.expectedVersion });
    for (const s of staged) {
      const k = key(s.kind, s.next.id);
      if (this.conflictOnce.delete(k)) return false;
      if ((this.states.get(k)?.version ?? 0) !== s.expectedVersion) return false;
      if (s.next.version !== s.expectedVersion + 1 || s.event.seq !== s.next.version) throw new Error('version and event seq must advance by one');
    }
    for (const w of writes) {
      if (w.kind === 'flag.raise' && this.flags.has(w.flag.id)) return false;
      if (w.kind === 'flag.close' && !this.flags.has(w.flagId)) return false;
      if (w.kind === 'system.snapshot' && !this.states.has(key('system', w.systemId))) return false;
      if (w.kind === 'idempotency.claim' && this.idempotency.has(w.key)) return false;
    }
    for (const s of staged) {
      const k = key(s.kind, s.next.id);
      this.states.set(k, copy(s.next) as { version: number } & Record<string, unknown>);
      this.events.set(k, [...(this.events.get(k) ?? []), copy(s.event)]);
    }
    for (const w of writes) this.apply(w);
    return true;
  }

  private apply(w: StoreWrite): void {
    switch (w.kind) {
      case 'obligation.put':
        this.obligations.set(`${key(w.obligation.subject, w.obligation.subjectId)}#${w.obligation.ruleId}#${w.obligation.key}`, copy(w.obligation));
        return;
      case 'obligation.delete':
        this.obligations.delete(`${key(w.subject, w.subjectId)}#${w.ruleId}#${w.key}`);
        return;
      case 'flag.raise':
        this.flags.set(w.flag.id, copy(w.flag));
        return;
      case 'flag.close':
        this.flags.set(w.flagId, { ...this.flags.get(w.flagId)!, status: 'closed', closedOn: w.closedOn, closedReason: w.reason });
        return;
      case 'system.snapshot': {
        const k = key('system', w.systemId);
        this.states.set(k, { ...this.states.get(k)!, ...copy(w.attributes) });
        return;
      }
      case 'system.save':
        return; // staged with the aggregate above
      case 'idempotency.claim':
        this.idempotency.set(w.key, { key: w.key, requestHash: w.requestHash, at: w.at });
        return;
    }
  }
}

class MemoryAggregates<S extends { id: string; version: number }> implements AggregateStore<S> {
  constructor(protected readonly table: MemoryTable, protected readonly kind: SubjectKind) {}
  async get(id: string): Promise<S | undefined> {
    const s = this.table.states.get(key(this.kind, id));
    return s ? (copy(s) as unknown as S) : undefined;
  }
  async save(next: S, event: DomainEvent, expectedVersion: number, writes: readonly StoreWrite[] = []): Promise<Saved<S>> {
    return this.table.commit(this.kind, next, event, expectedVersion, writes) ? { state: copy(next) } : { conflict: true };
  }
  async events(id: string): Promise<DomainEvent[]> {
    return copy(this.table.events.get(key(this.kind, id)) ?? []);
  }
}

/** Pages are offsets in the in-memory order; a cursor that is not a number is a SyntaxError, as with DynamoDB. */
function paged<T>(all: T[], limit: number, cursor?: string): Page<T> {
  const start = cursor === undefined ? 0 : Number(cursor);
  if (!Number.isInteger(start) || start < 0) throw new SyntaxError('invalid page cursor');
  const items = all.slice(start, start + limit);
  return { items, nextCursor: start + limit < all.length ? String(start + limit) : undefined };
}

class MemoryProjects extends MemoryAggregates<ProjectState> implements ProjectStore<ProjectState> {
  private all(): ProjectState[] {
    return [...this.table.states.entries()]
      .filter(([k]) => k.startsWith('project#'))
      .map(([, v]) => copy(v) as unknown as ProjectState)
      .sort((a, b) => `${b.createdAt}#${b.id}`.localeCompare(`${a.createdAt}#${a.id}`));
  }
  async list(by: ProjectListing, limit: number, cursor?: string, filter: ListingFilter<ProjectState> = {}): Promise<Page<ProjectState>> {
    const match = 'departmentOf' in by
      ? (p: ProjectState) => p.jurisdiction === by.departmentOf.jurisdiction && p.departmentId === by.departmentOf.departmentId
      : (p: ProjectState) => p.jurisdiction === by.jurisdiction;
    const matching = this.all().filter((p) =>
      match(p) &&
      (!filter.statuses?.length || filter.statuses.includes(p.status)) &&
      (!filter.nameContains || p.application.name.includes(filter.nameContains)) &&
      (!filter.keep || filter.keep(p)));
    return paged(filter.oldestFirst ? matching.reverse() : matching, limit, cursor);
  }
  async recentNames(jurisdiction: string, since: string): Promise<ProjectName[]> {
    return this.all()
      .filter((p) => p.jurisdiction === jurisdiction && `${p.createdAt}#${p.id}` >= since)
      .map((p) => ({ id: p.id, name: p.application.name, departmentId: p.departmentId, status: p.status, existingSystems: p.application.existingSystems }));
  }
  async stalled(step: string, before: string, limit: number) {
    return this.all()
      .filter((p) => p.pendingStep === step && p.pendingSince !== undefined && p.pendingSince < before)
      .sort((a, b) => a.pendingSince!.localeCompare(b.pendingSince!))
      .slice(0, limit)
      .map((p) => ({ id: p.id, version: p.version }));
  }
  async markRedispatched(step: string, id: string, version: number, at: string) {
    const s = this.table.states.get(`project#${id}`);
    if (s && s.version === version && s.pendingStep === step) s.pendingSince = at;
  }
  /** No hashes in memory: the chain is sound when the sequence has no gap. */
  async auditChain(id: string) {
    const events = await this.events(id);
    const gap = events.findIndex((e, i) => e.seq !== i + 1);
    return { events: events.length, firstBreak: gap < 0 ? null : { seq: events[gap].seq, reason: 'sequence gap' } };
  }
}

class MemorySystems extends MemoryAggregates<SystemState> implements SystemStore<SystemState> {
  async list(q: SystemQuery, limit: number, cursor?: string): Promise<Page<SystemState>> {
    const all = [...this.table.states.entries()]
      .filter(([k]) => k.startsWith('system#'))
      .map(([, v]) => copy(v) as unknown as SystemState)
      .filter((s) => s.jurisdiction === q.jurisdiction && (!q.departmentId || s.departmentId === q.departmentId) && (!q.status || s.facts.status === q.status))
      .sort((a, b) => `${b.createdAt}#${b.id}`.localeCompare(`${a.createdAt}#${a.id}`));
    return paged(all, limit, cursor);
  }
}

export interface MemoryDeps extends Deps {
  table: MemoryTable;
  /** Messages sent, oldest first. */
  sent: { queue: QueueName; projectId: string; version: number }[];
  /** Scan work items sent, oldest first (a test drains them with `handleScanItem`). */
  scanSent: ScanWorkItem[];
  /** Gate checks recorded. */
  audited: GateCheckRecord[];
}

/** A full set of in-memory ports; `usage` replaces the default usage-watch settings. */
export function inMemoryDeps(usage: UsageSettingsTable = USAGE_SETTINGS): MemoryDeps {
  const table = new MemoryTable();
  const sent: MemoryDeps['sent'] = [];
  const audited: GateCheckRecord[] = [];
  const scanSent: ScanWorkItem[] = [];
  return {
    table,
    sent,
    scanSent,
    audited,
    projects: new MemoryProjects(table, 'project'),
    systems: new MemorySystems(table, 'system'),
    plans: new MemoryPlanStore(),
    documents: new InMemoryDocumentStore(),
    obligations: {
      async due(scan: ObligationScan, jurisdiction: string, before: string): Promise<DuePage> {
        const items = [...table.obligations.values()]
          // A flagged obligation is in the FLAGGED bucket, not the daily one (as the adapter keys it).
          .filter((o) => o.state !== 'met' && !o.flagId && o.scan === scan && o.jurisdiction === jurisdiction && o.due < before)
          .sort((a, b) => a.due.localeCompare(b.due));
        return { items: copy(items) };
      },
      async upcoming(q: UpcomingQuery, limit: number, cursor?: string) {
        const items = [...table.obligations.values()]
          .filter((o) => o.state !== 'met' && o.jurisdiction === q.jurisdiction && o.due >= q.from && o.due <= q.until && (!q.departmentId || o.departmentId === q.departmentId))
          .sort((a, b) => (a.scan === b.scan ? a.due.localeCompare(b.due) : a.scan === 'tracker' ? -1 : 1));
        return paged(copy(items), limit, cursor);
      },
    },
    flags: {
      async list(q: FlagQuery, limit: number, cursor?: string) {
        const all = [...table.flags.values()]
          .filter((f) => f.jurisdiction === q.jurisdiction && (!q.departmentId || f.departmentId === q.departmentId) && (!q.type || f.type === q.type) && (!q.status || f.status === q.status) && (!q.projectId || f.projectId === q.projectId))
          .sort((a, b) => `${b.raisedAt}#${b.id}`.localeCompare(`${a.raisedAt}#${a.id}`));
        return paged(copy(all), limit, cursor);
      },
    },
    queue: {
      async send(queue, message) {
        sent.push({ queue, ...message });
      },
      async sendBatch(queue, messages) {
        for (const m of messages) sent.push({ queue, ...m });
        return [];
      },
    },
    scanQueue: {
      async send(items) {
        scanSent.push(...copy(items));
        return [];
      },
    },
    gateAudit: {
      async record(check) {
        audited.push(copy(check));
      },
      async list(subject, subjectId, limit, cursor) {
        const mine = audited.filter((c) => c.subject === subject && c.subjectId === subjectId)
          .sort((a, b) => `${b.at}#${b.checkId}`.localeCompare(`${a.at}#${a.checkId}`));
        return paged(copy(mine), limit, cursor);
      },
    },
    idempotency: {
      async get(k) {
        const r = table.idempotency.get(k);
        return r ? copy(r) : undefined;
      },
      async answer(record) {
        const r = table.idempotency.get(record.key);
        table.idempotency.set(record.key, { ...(r ?? record), answer: copy(record.answer) });
      },
    },
    config: { usage },
  };
}
