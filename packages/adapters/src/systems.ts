/**
 * DynamoDB adapter for information systems (政务信息系统): one item per system (pk SYSTEM#id, sk STATE) with its
 * append-only events (sk EVENT#…), versioned and hash-chained exactly like projects (saveVersioned). The item
 * carries everything the budget gate's Q2 needs — the system facts, the overrides granted for it and a snapshot of
 * the facts of the project that built it — so that Q2 is answered from this one read.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { decodeCursor, getStateItems, listEventsOf, projectsTable, saveVersioned, versionedWrite, type StoredEvent, type TxItem } from './projectStore.js';

export interface StoredSystem {
  id: string;
  version: number;
  projectId: string;
  jurisdiction: string;
  departmentId: string;
  createdAt: string;
  updatedAt: string;
  lastEventHash?: string;
  [key: string]: unknown;
}

type Versioned = { id: string; version: number; lastEventHash?: string };

export const systemPk = (id: string) => `SYSTEM#${id}`;

/**
 * The state item. The listing indexes are reused with their own key values, like flags (decision 181):
 * byJurisdiction (jurKey SYSTEM#<jur>) and byDepartment (deptKey SYSTEM#<jur>#<dept>), newest first; `status` is a
 * top-level copy of facts.status (already in both projections) so the status filter runs on the index.
 */
function stateItem(s: { id: string }) {
  const t = s as { id: string; jurisdiction?: string; departmentId?: string; createdAt?: string; facts?: { status?: string } };
  return {
    ...s,
    pk: systemPk(s.id),
    sk: 'STATE',
    ...(t.jurisdiction && t.departmentId && t.createdAt
      ? { jurKey: `SYSTEM#${t.jurisdiction}`, deptKey: `SYSTEM#${t.jurisdiction}#${t.departmentId}`, createdKey: `${t.createdAt}#${s.id}` }
      : {}),
    ...(t.facts?.status ? { status: t.facts.status } : {}),
  };
}

function strip(item: Record<string, unknown>): StoredSystem {
  const { pk: _pk, sk: _sk, jurKey: _j, deptKey: _d, createdKey: _c, status: _s, ...rest } = item;
  return rest as unknown as StoredSystem;
}

export interface SystemQuery {
  jurisdiction: string;
  departmentId?: string;
  status?: string;
}

/** How many index pages one filtered request reads at most (as the project listing, decision 100). */
const MAX_ROUNDS = 5;

/** A jurisdiction's (or one department's) systems, newest first; `status` filters on the index. */
export async function listSystems(q: SystemQuery, limit: number, cursor?: string): Promise<{ items: StoredSystem[]; nextCursor?: string }> {
  const [IndexName, key, value] = q.departmentId
    ? ['byDepartment', 'deptKey', `SYSTEM#${q.jurisdiction}#${q.departmentId}`]
    : ['byJurisdiction', 'jurKey', `SYSTEM#${q.jurisdiction}`];
  const names: Record<string, string> = { '#k': key, ...(q.status ? { '#s': 'status' } : {}) };
  const values: Record<string, unknown> = { ':v': value, ...(q.status ? { ':s': q.status } : {}) };
  const items: StoredSystem[] = [];
  let start: Record<string, unknown> | undefined = cursor ? decodeCursor(cursor, key, value) : undefined;
  for (let round = 0; round < MAX_ROUNDS && items.length < limit; round++) {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: projectsTable(),
        IndexName,
        KeyConditionExpression: '#k = :v',
        ...(q.status ? { FilterExpression: '#s = :s' } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        // Never read past what the page can hold: the cursor must point after the last item returned.
        Limit: limit - items.length,
        ExclusiveStartKey: start,
      }),
    );
    const states = await getStateItems((r.Items ?? []).map((i) => i.pk as string));
    for (const st of states) items.push(strip(st));
    start = r.LastEvaluatedKey;
    if (!start) break;
  }
  return { items, nextCursor: start ? Buffer.from(JSON.stringify(start)).toString('base64url') : undefined };
}

/** Version-guarded state + event (+ extra items) in one transaction; `expectedVersion` 0 registers the system. */
export function saveSystem<S extends Versioned>(next: S, event: StoredEvent, expectedVersion: number, extra: readonly TxItem[] = []): Promise<S> {
  return saveVersioned(systemPk(next.id), next, event, expectedVersion, extra, stateItem);
}

/**
 * A versioned change of a system as transaction items (state + event), to be written inside another aggregate's
 * transaction (registering a system with the project milestone that started its operation; stopping it).
 */
export function systemWrite<S extends Versioned>(next: S, event: StoredEvent, expectedVersion: number): { items: TxItem[]; state: S } {
  return versionedWrite(systemPk(next.id), next, event, expectedVersion, stateItem);
}

/**
 * Refreshes derived attributes of a system item (the snapshot of its project's facts) without a new system
 * version: the snapshot is a copy of the project's state, whose change is already an event of the project.
 */
export function systemSnapshotUpdate(systemId: string, attributes: Record<string, unknown>): TxItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  Object.entries(attributes).forEach(([k, v], i) => {
    names[`#a${i}`] = k;
    values[`:a${i}`] = v;
    sets.push(`#a${i} = :a${i}`);
  });
  return {
    Update: {
      TableName: projectsTable(),
      Key: { pk: systemPk(systemId), sk: 'STATE' },
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

export async function getSystem(id: string): Promise<StoredSystem | undefined> {
  const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: { pk: systemPk(id), sk: 'STATE' }, ConsistentRead: true }));
  return r.Item ? strip(r.Item) : undefined;
}

export function listSystemEvents(id: string): Promise<StoredEvent[]> {
  return listEventsOf(systemPk(id));
}
