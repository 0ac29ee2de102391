/**
 * DynamoDB adapter for projects. One item holds the current state (sk STATE) and each change is an append-only
 * event (sk EVENT#000001 …) written in the same transaction, guarded by the state's version number: two concurrent
 * writers cannot both win, and no event exists without its state or state without its event.
 */
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, QueryCommand, TransactWriteCommand, UpdateCommand, type QueryCommandInput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { dynamo, requiredEnv } from './clients.js';
import { eventHash, GENESIS } from './eventHash.js';

export interface StoredEvent {
  projectId: string;
  /** Events of a system (partition SYSTEM#id) name it here; projectId is then the project that built it. */
  systemId?: string;
  seq: number;
  type: string;
  actor: string;
  at: string;
  payload: Record<string, unknown>;
  packVersion?: string;
  ruleIds?: string[];
  /** Hash chain (set by saveProject): the previous event's hash and this event's own. */
  prevHash?: string;
  hash?: string;
}

export interface StoredProject {
  id: string;
  version: number;
  jurisdiction: string;
  departmentId: string;
  createdAt: string;
  updatedAt: string;
  status: string;
  /** Hash of the newest event; saveProject chains the next event to it. */
  lastEventHash?: string;
  [key: string]: unknown;
}

/** What the project item needs of any state it writes (its keys and index attributes). */
export interface ProjectShape {
  id: string;
  version: number;
  jurisdiction: string;
  departmentId: string;
  createdAt: string;
  lastEventHash?: string;
  /** The pipeline step the project waits for (sparse index byPending, by `pendingKey`). */
  pendingStep?: string;
}

/** The state changed under us (another writer won): re-read and decide again. */
export class VersionConflict extends Error {
  constructor(readonly projectId: string) {
    super(`project ${projectId} was changed concurrently`);
  }
}

/** One item of a DynamoDB transaction (Put / Update / Delete / ConditionCheck, with its TableName). */
export type TxItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB's limit on the items of one transaction. */
export const MAX_TX_ITEMS = 100;

export const projectsTable = () => requiredEnv('PROJECTS_TABLE');
const table = projectsTable;
const pk = (id: string) => `PROJECT#${id}`;
export const eventSk = (seq: number) => `EVENT#${String(seq).padStart(6, '0')}`;

/**
 * How many byPending key values each pipeline step is spread over (decision 090 §5): at 1,000 submissions/s a
 * step's ~2,000 small index writes/s would exceed one partition's 1,000 WCU/s; over 4 values each takes ~500.
 */
export const PENDING_SHARDS = 4;

/** The byPending hash key of a project waiting for `step`: `<step>#<n>`, n = sha256(project id) mod PENDING_SHARDS. */
export function pendingKey(step: string, id: string): string {
  return `${step}#${createHash('sha256').update(id).digest().readUInt32BE(0) % PENDING_SHARDS}`;
}

/**
 * The state item. Besides the index keys it carries top-level copies of the application's name and existing
 * systems (`projectName`, `existingSystems`): index projections can only name top-level attributes, and the
 * duplicate check reads them from byJurisdiction without the ~10 KB state (decision 090 §3, §4). A project waiting
 * for a pipeline step carries its sharded byPending key (`pendingKey`); the others none, so the index stays sparse.
 */
function stateItem(p: ProjectShape) {
  const application = (p as { application?: { name?: string; existingSystems?: string[] } }).application;
  return {
    ...p,
    pk: pk(p.id),
    sk: 'STATE',
    deptKey: `${p.jurisdiction}#${p.departmentId}`,
    jurKey: p.jurisdiction,
    createdKey: `${p.createdAt}#${p.id}`,
    projectName: application?.name,
    existingSystems: application?.existingSystems,
    ...(p.pendingStep ? { pendingKey: pendingKey(p.pendingStep, p.id) } : {}),
  };
}

function strip<T extends Record<string, unknown>>(item: T): StoredProject {
  const { pk: _pk, sk: _sk, deptKey: _d, jurKey: _j, createdKey: _c, projectName: _n, existingSystems: _e, pendingKey: _w, ...rest } = item;
  return rest as unknown as StoredProject;
}

/** DynamoDB's limit on the keys of one BatchGetItem. */
const BATCH_GET = 100;

/**
 * The state items of these partitions (PROJECT#…), in the order given; missing ones are left out. The listing
 * indexes project only a few attributes (decision 090 §4), so a page of projects is a query for its keys, then this.
 * Eventually consistent, like the index query before it.
 */
export async function getStateItems(partitions: readonly string[]): Promise<Record<string, any>[]> {
  const found = new Map<string, Record<string, any>>();
  for (let i = 0; i < partitions.length; i += BATCH_GET) {
    let keys: Record<string, unknown>[] | undefined = partitions.slice(i, i + BATCH_GET).map((p) => ({ pk: p, sk: 'STATE' }));
    while (keys?.length) {
      const r: BatchGetCommandOutput = await dynamo().send(new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys } } }));
      for (const item of r.Responses?.[table()] ?? []) found.set(item.pk, item);
      keys = r.UnprocessedKeys?.[table()]?.Keys;
    }
  }
  return partitions.flatMap((p) => (found.has(p) ? [found.get(p)!] : []));
}

/**
 * Writes the new state and its event atomically. `expectedVersion` 0 creates the project (fails if it exists);
 * otherwise the stored version must equal it. The event's seq must be the new version.
 *
 * `extra`: further items written in the same transaction (obligations of the due-date index, flags, the project
 * snapshot on its systems …), so that derived items never disagree with the state that produced them.
 */
export async function saveProject<S extends ProjectShape>(next: S, event: StoredEvent, expectedVersion: number, extra: readonly TxItem[] = []): Promise<S> {
  return saveVersioned(pk(next.id), next, event, expectedVersion, extra, stateItem);
}

/**
 * The version-guarded, hash-chained write shared by every aggregate kept as state + events (projects, systems):
 * state (sk STATE) and event (sk EVENT#…) under `partition`, plus `extra` items, in one transaction.
 * Returns the state as written (with its new lastEventHash).
 */
export async function saveVersioned<S extends { id: string; version: number; lastEventHash?: string }>(
  partition: string,
  next: S,
  event: StoredEvent,
  expectedVersion: number,
  extra: readonly TxItem[],
  toItem: (s: S) => Record<string, unknown>,
): Promise<S> {
  const w = versionedWrite(partition, next, event, expectedVersion, toItem);
  if (extra.length + 2 > MAX_TX_ITEMS) throw new Error(`transaction of ${extra.length + 2} items exceeds ${MAX_TX_ITEMS}`);
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: [...w.items, ...extra] }));
  } catch (e) {
    if (e instanceof TransactionCanceledException && e.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed')) {
      throw new VersionConflict(next.id);
    }
    throw e;
  }
  return w.state;
}

/**
 * The two transaction items of a versioned change (state guarded by its version, event that must not exist yet),
 * with the event chained onto the state's last hash. Used by saveVersioned, and to change a second aggregate
 * (e.g. a system) inside the transaction of the first.
 */
export function versionedWrite<S extends { id: string; version: number; lastEventHash?: string }>(
  partition: string,
  next: S,
  event: StoredEvent,
  expectedVersion: number,
  toItem: (s: S) => Record<string, unknown>,
): { items: TxItem[]; state: S } {
  if (next.version !== expectedVersion + 1 || event.seq !== next.version) {
    throw new Error('saveProject: version and event seq must advance by one');
  }
  // next was built from the previous state, so it still carries that state's last hash: chain onto it.
  const prevHash = expectedVersion === 0 ? GENESIS : (next.lastEventHash ?? GENESIS);
  const chained: StoredEvent = { ...event, prevHash };
  chained.hash = eventHash(chained as unknown as Record<string, unknown>, prevHash);
  const state = { ...next, lastEventHash: chained.hash };
  const stateCondition =
    expectedVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
  return {
    state,
    items: [
      { Put: { TableName: table(), Item: toItem(state), ...stateCondition } },
      { Put: { TableName: table(), Item: { ...chained, pk: partition, sk: eventSk(chained.seq) }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
  };
}

export async function getProject(id: string): Promise<StoredProject | undefined> {
  const r = await dynamo().send(new GetCommand({ TableName: table(), Key: { pk: pk(id), sk: 'STATE' }, ConsistentRead: true }));
  return r.Item ? strip(r.Item) : undefined;
}

export async function listEvents(id: string): Promise<StoredEvent[]> {
  return listEventsOf(pk(id));
}

/** The events of any aggregate partition (PROJECT#…, SYSTEM#…), oldest first. */
export async function listEventsOf(partition: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
        ExpressionAttributeValues: { ':pk': partition, ':e': 'EVENT#' },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    for (const item of r.Items ?? []) {
      const { pk: _pk, sk: _sk, ...e } = item;
      events.push(e as StoredEvent);
    }
    ExclusiveStartKey = r.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return events;
}

export interface ProjectPage {
  items: StoredProject[];
  nextCursor?: string;
}

/**
 * Narrows a listing (work lists, issue 10 §3). `statuses` and `nameContains` go into the index query's filter (the
 * listing indexes project status and projectName); `keep` is applied to the states read for the page.
 */
export interface ListingFilter {
  statuses?: readonly string[];
  nameContains?: string;
  /** Oldest first (a queue) instead of newest first. */
  oldestFirst?: boolean;
  keep?: (p: StoredProject) => boolean;
}

/** How many index pages one filtered request reads at most; a page may then hold fewer items, with nextCursor. */
const MAX_ROUNDS = 5;

/** Newest first (or oldest first), from the department or jurisdiction index, narrowed by `filter`. */
export async function listProjects(
  by: { departmentOf: { jurisdiction: string; departmentId: string } } | { jurisdiction: string },
  limit: number,
  cursor?: string,
  filter: ListingFilter = {},
): Promise<ProjectPage> {
  const [IndexName, key, value] =
    'departmentOf' in by
      ? ['byDepartment', 'deptKey', `${by.departmentOf.jurisdiction}#${by.departmentOf.departmentId}`]
      : ['byJurisdiction', 'jurKey', by.jurisdiction];
  const names: Record<string, string> = { '#k': key };
  const values: Record<string, unknown> = { ':v': value };
  const conditions: string[] = [];
  if (filter.statuses?.length) {
    names['#s'] = 'status';
    conditions.push(`#s IN (${filter.statuses.map((st, i) => ((values[`:s${i}`] = st), `:s${i}`)).join(', ')})`);
  }
  if (filter.nameContains) {
    values[':q'] = filter.nameContains;
    conditions.push('contains(projectName, :q)');
  }
  const items: StoredProject[] = [];
  let start: Record<string, unknown> | undefined = cursor ? decodeCursor(cursor, key, value) : undefined;
  for (let round = 0; round < MAX_ROUNDS && items.length < limit; round++) {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        IndexName,
        KeyConditionExpression: '#k = :v',
        ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: filter.oldestFirst === true,
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    const found = r.Items ?? [];
    const states = new Map((await getStateItems(found.map((i) => i.pk))).map((s) => [s.pk as string, s]));
    const full = found.findIndex((i) => {
      const st = states.get(i.pk);
      if (st && (!filter.keep || filter.keep(strip(st)))) items.push(strip(st));
      return items.length === limit;
    });
    if (full >= 0) {
      // Full: the next page starts right after the last item taken (its index key is a valid start key).
      const i = found[full];
      start = full === found.length - 1 ? r.LastEvaluatedKey : { pk: i.pk, sk: i.sk, [key]: i[key], createdKey: i.createdKey };
      break;
    }
    start = r.LastEvaluatedKey;
    if (!start) break;
  }
  return { items, nextCursor: start ? Buffer.from(JSON.stringify(start)).toString('base64url') : undefined };
}

/**
 * A page cursor back into the key it was made from: an object of exactly the four key attributes of a GSI page
 * (pk, sk, the index key, createdKey), all strings, in the caller's own index partition. Anything else (a tampered or
 * foreign cursor) is a SyntaxError, which the HTTP layer answers with 400 instead of handing DynamoDB a key it would
 * refuse (500) or, worse, one of another department's or jurisdiction's partition.
 */
export function decodeCursor(cursor: string, indexKey: string, value: string): Record<string, string> {
  const k: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const names = ['pk', 'sk', indexKey, 'createdKey'];
  const ok =
    typeof k === 'object' && k !== null && !Array.isArray(k) && Object.keys(k).length === names.length &&
    names.every((n) => Object.hasOwn(k, n) && typeof (k as Record<string, unknown>)[n] === 'string' && Buffer.byteLength((k as Record<string, string>)[n]) <= 1024) &&
    (k as Record<string, string>)[indexKey] === value;
  if (!ok) throw new SyntaxError('invalid page cursor');
  return k as Record<string, string>;
}

export interface ProjectName {
  id: string;
  name: string;
  departmentId: string;
  status: string;
  existingSystems?: string[];
}

/**
 * Every project of a jurisdiction created at or after `since` (ISO time), names and systems only, newest first
 * (the reviewer's duplicate check). Reads the small projection of byJurisdiction (~200 B a project), page after
 * page; `pageSize` only bounds one request (tests use it to force several pages).
 */
export async function recentProjectNames(jurisdiction: string, since: string, pageSize?: number): Promise<ProjectName[]> {
  const out: ProjectName[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'byJurisdiction',
        KeyConditionExpression: 'jurKey = :j AND createdKey >= :since',
        ExpressionAttributeValues: { ':j': jurisdiction, ':since': since },
        ProjectionExpression: 'id, departmentId, #s, projectName, existingSystems',
        ExpressionAttributeNames: { '#s': 'status' },
        ScanIndexForward: false,
        Limit: pageSize,
        ExclusiveStartKey,
      }),
    );
    for (const i of r.Items ?? []) out.push({ id: i.id, name: i.projectName ?? '', departmentId: i.departmentId, status: i.status, existingSystems: i.existingSystems });
    ExclusiveStartKey = r.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}

/**
 * Projects waiting for `step` since before `before` (ISO time), oldest first, from the sparse byPending index: one
 * query per shard (in parallel, each at most `limit`, ~100 B an entry), merged, the oldest `limit` kept.
 */
export async function stalledProjects(step: string, before: string, limit: number): Promise<{ id: string; version: number }[]> {
  const shards = await Promise.all(
    Array.from({ length: PENDING_SHARDS }, async (_, n) => {
      const r = await dynamo().send(
        new QueryCommand({
          TableName: table(),
          IndexName: 'byPending',
          KeyConditionExpression: 'pendingKey = :k AND pendingSince < :b',
          ExpressionAttributeValues: { ':k': `${step}#${n}`, ':b': before },
          ProjectionExpression: 'id, version, pendingSince',
          Limit: limit,
        }),
      );
      return (r.Items ?? []) as { id: string; version: number; pendingSince: string }[];
    }),
  );
  return shards
    .flat()
    .sort((a, b) => a.pendingSince.localeCompare(b.pendingSince) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((i) => ({ id: i.id, version: i.version }));
}

/**
 * The recovery sweep re-sent `step` for this version: its wait in byPending starts again at `at`. Only while the
 * project still waits for that step at that version; otherwise it has moved on and nothing changes. Touches
 * pendingSince only, which only byPending projects (decision 090 §2, §4).
 */
export async function markRedispatched(step: string, id: string, version: number, at: string): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: { pk: pk(id), sk: 'STATE' },
        UpdateExpression: 'SET pendingSince = :at',
        ConditionExpression: 'pendingStep = :s AND version = :v',
        ExpressionAttributeValues: { ':at': at, ':s': step, ':v': version },
      }),
    );
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
}
