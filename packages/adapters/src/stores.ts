/**
 * The domain's ports implemented on DynamoDB and SQS. The domain describes each change as its own values
 * (`StoreWrite`); `txItemsOf` turns them into transaction items here, so DynamoDB's vocabulary stays in this package.
 * The shapes below mirror the domain's port types without importing them (adapters never import the domain); the
 * composition root (services/wiring.ts) assigns these to the ports, so the compiler reports any drift
 * (docs/decisions/020).
 */
import { dueBucket, queryDue, upcomingObligations, type UpcomingQuery, obligationDelete, obligationPut, type ObligationRecord, type ObligationScan, type ObligationSubject } from './obligations.js';
import { flagClose, flagPut, listFlags, type FlagQuery, type FlagRecord } from './flags.js';
import { listGateChecksPage, logGateCheck, type GateCheckRecord } from './gateLog.js';
import { verifyChain } from './eventHash.js';
import {
  getProject, listEvents, listProjects, type ListingFilter, markRedispatched, recentProjectNames, saveProject, stalledProjects, VersionConflict,
  type ProjectShape, type StoredEvent, type TxItem,
} from './projectStore.js';
import { getSystem, listSystemEvents, listSystems, saveSystem, systemSnapshotUpdate, systemWrite, type SystemQuery } from './systems.js';
import { idempotencyClaim } from './idempotency.js';
import { sendBatchToQueue, sendToQueue, type PipelineMessage, type QueueName } from './queue.js';

/** A further write of a change's transaction (see the domain's ports/writes.ts). */
export type StoreWrite =
  | { kind: 'obligation.put'; obligation: ObligationRecord }
  | { kind: 'obligation.delete'; subject: ObligationSubject; subjectId: string; ruleId: string; key: string }
  | { kind: 'flag.raise'; flag: FlagRecord }
  | { kind: 'flag.close'; subject: ObligationSubject; subjectId: string; flagId: string; closedOn: string; reason: string }
  | { kind: 'system.snapshot'; systemId: string; attributes: Record<string, unknown> }
  | { kind: 'system.save'; state: { id: string; version: number; lastEventHash?: string }; event: StoredEvent; expectedVersion: number }
  | { kind: 'idempotency.claim'; key: string; requestHash: string; at: string };

export function txItemsOf(w: StoreWrite): TxItem[] {
  switch (w.kind) {
    case 'obligation.put': return [obligationPut(w.obligation)];
    case 'obligation.delete': return [obligationDelete(w.subject, w.subjectId, w.ruleId, w.key)];
    case 'flag.raise': return [flagPut(w.flag)];
    case 'flag.close': return [flagClose(w.subject, w.subjectId, w.flagId, w.closedOn, w.reason)];
    case 'system.snapshot': return [systemSnapshotUpdate(w.systemId, w.attributes)];
    case 'system.save': return systemWrite(w.state, w.event, w.expectedVersion).items;
    case 'idempotency.claim': return [idempotencyClaim(w.key, w.requestHash, w.at)];
  }
}

type Saved<S> = { state: S } | { conflict: true };

/** A lost version race is an answer of the port (`conflict`), not an exception. */
async function guarded<S>(write: () => Promise<S>): Promise<Saved<S>> {
  try {
    return { state: await write() };
  } catch (e) {
    if (e instanceof VersionConflict) return { conflict: true };
    throw e;
  }
}

/** A listing filter over the caller's state type (see ListingFilter). */
export type ProjectListingFilter<S> = Omit<ListingFilter, 'keep'> & { keep?: (p: S) => boolean };

/**
 * Projects (pk PROJECT#id). `S` is the caller's state type: items are read back as the shape they were written in
 * (the one place that trusts the table's contents).
 */
export class DynamoDbProjectStore<S extends ProjectShape> {
  async get(id: string): Promise<S | undefined> {
    return (await getProject(id)) as S | undefined;
  }
  save(next: S, event: StoredEvent, expectedVersion: number, writes: readonly StoreWrite[] = []): Promise<Saved<S>> {
    return guarded(() => saveProject(next, event, expectedVersion, writes.flatMap(txItemsOf)));
  }
  events(id: string): Promise<StoredEvent[]> {
    return listEvents(id);
  }
  async list(by: Parameters<typeof listProjects>[0], limit: number, cursor?: string, filter: ProjectListingFilter<S> = {}): Promise<{ items: S[]; nextCursor?: string }> {
    const { keep, ...rest } = filter;
    const page = await listProjects(by, limit, cursor, { ...rest, ...(keep ? { keep: (p) => keep(p as unknown as S) } : {}) });
    return { items: page.items as unknown as S[], nextCursor: page.nextCursor };
  }
  recentNames(jurisdiction: string, since: string) {
    return recentProjectNames(jurisdiction, since);
  }
  stalled(step: string, before: string, limit: number) {
    return stalledProjects(step, before, limit);
  }
  markRedispatched(step: string, id: string, version: number, at: string) {
    return markRedispatched(step, id, version, at);
  }
  async auditChain(id: string) {
    const events = await listEvents(id);
    return { events: events.length, firstBreak: verifyChain(events) };
  }
}

/** Information systems (pk SYSTEM#id), versioned and hash-chained like projects. */
export class DynamoDbSystemStore<S extends { id: string; version: number; lastEventHash?: string }> {
  async get(id: string): Promise<S | undefined> {
    return (await getSystem(id)) as unknown as S | undefined;
  }
  save(next: S, event: StoredEvent, expectedVersion: number, writes: readonly StoreWrite[] = []): Promise<Saved<S>> {
    return guarded(() => saveSystem(next, event, expectedVersion, writes.flatMap(txItemsOf)));
  }
  events(id: string): Promise<StoredEvent[]> {
    return listSystemEvents(id);
  }
  async list(q: SystemQuery, limit: number, cursor?: string): Promise<{ items: S[]; nextCursor?: string }> {
    return (await listSystems(q, limit, cursor)) as unknown as { items: S[]; nextCursor?: string };
  }
}

/** The due-date index (GSI byDue). */
export const dynamoDbObligationIndex = {
  due: (scan: ObligationScan, jurisdiction: string, before: string, start?: Record<string, unknown>) => queryDue(dueBucket(scan, jurisdiction), before, start),
  upcoming: (q: UpcomingQuery, limit: number, cursor?: string) => upcomingObligations(q, limit, cursor),
};

export const dynamoDbFlagStore = {
  list: (q: FlagQuery, limit: number, cursor?: string) => listFlags(q, limit, cursor),
};

export const sqsPipelineQueue = {
  send: (queue: QueueName, message: PipelineMessage) => sendToQueue(queue, message),
  sendBatch: (queue: QueueName, messages: readonly PipelineMessage[]) => sendBatchToQueue(queue, messages),
};

/** Gate checks kept as items beside their subject (queryable; one more write per check). */
export const dynamoDbGateAudit = {
  record: (check: GateCheckRecord) => logGateCheck(check),
  list: (subject: ObligationSubject, subjectId: string, limit: number, cursor?: string) => listGateChecksPage(subject, subjectId, limit, cursor),
};
