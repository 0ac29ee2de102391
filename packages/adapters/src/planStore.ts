/**
 * DynamoDB adapter for annual plans, in the projects table: the plan's state under PLAN#<id> (sk STATE) and its
 * append-only, hash-chained events (sk EVENT#…), written together by the same version-guarded transaction as projects.
 * Plans carry no department/jurisdiction index keys, so they never appear in project listings. Implements the
 * domain's PlanStore structurally (packages/domain/src/plans/port.ts); library projects are read from the project items.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { getStateItems, listEventsOf, projectsTable, saveVersioned, VersionConflict, type StoredEvent } from './projectStore.js';

const pk = (id: string) => `PLAN#${id}`;

interface PlanItem {
  id: string;
  version: number;
  lastEventHash?: string;
}

export interface StoredLibraryProject {
  id: string;
  jurisdiction: string;
  departmentId: string;
  name: string;
  status: string;
  category: string;
  submittedOn: string;
  amountTotal: number;
  paidToDate?: number;
  fundingSources: string[];
}

function libraryProject(i: Record<string, any>): StoredLibraryProject {
  return {
    id: i.id,
    jurisdiction: i.jurisdiction,
    departmentId: i.departmentId,
    name: i.application?.name ?? '',
    status: i.status,
    // The category classification settled on, else the one applied for.
    category: i.classification?.category ?? i.application?.category,
    submittedOn: i.submittedOn,
    amountTotal: i.application?.amounts?.total ?? 0,
    paidToDate: i.lifecycle?.paidToDate,
    fundingSources: i.application?.fundingSources ?? [],
  };
}

export function dynamoPlanStore<S extends PlanItem>() {
  return {
    async get(id: string): Promise<S | undefined> {
      const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: { pk: pk(id), sk: 'STATE' }, ConsistentRead: true }));
      if (!r.Item) return undefined;
      const { pk: _pk, sk: _sk, ...state } = r.Item;
      return state as S;
    },
    async save(next: S, event: StoredEvent, expectedVersion: number): Promise<{ state: S } | { conflict: true }> {
      try {
        return { state: await saveVersioned(pk(next.id), next, event, expectedVersion, [], (s) => ({ ...(s as object), pk: pk(s.id), sk: 'STATE' })) };
      } catch (e) {
        if (e instanceof VersionConflict) return { conflict: true };
        throw e;
      }
    },
    events(id: string): Promise<StoredEvent[]> {
      return listEventsOf(pk(id));
    },
    async project(id: string): Promise<StoredLibraryProject | undefined> {
      const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: { pk: `PROJECT#${id}`, sk: 'STATE' }, ConsistentRead: true }));
      return r.Item ? libraryProject(r.Item) : undefined;
    },
    /** The index gives the library's keys (decision 090 §4: it no longer projects the state), the states follow. */
    async libraryProjects(jurisdiction: string): Promise<StoredLibraryProject[]> {
      const partitions: string[] = [];
      let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
      do {
        const r = await dynamo().send(
          new QueryCommand({
            TableName: projectsTable(),
            IndexName: 'byJurisdiction',
            KeyConditionExpression: 'jurKey = :j',
            FilterExpression: '#s = :lib',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':j': jurisdiction, ':lib': 'in_library' },
            ExclusiveStartKey,
          }),
        );
        for (const i of r.Items ?? []) partitions.push(i.pk);
        ExclusiveStartKey = r.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return (await getStateItems(partitions)).map(libraryProject);
    },
  };
}
