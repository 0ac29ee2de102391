/**
 * Flags raised by the daily scans (overdue acceptance, overdue filing, missed evaluation window, approval SLA,
 * long-unused / zombie system …). A flag item lives beside its subject (pk PROJECT#id | SYSTEM#id, sk FLAG#<id>)
 * and is written in the same transaction as the subject's `flag_raised` event; it is closed in the transaction of
 * the event that met the obligation. Listing reuses the existing GSIs with their own key values:
 * byJurisdiction (jurKey FLAG#<jur>) and byDepartment (deptKey FLAG#<jur>#<dept>), newest first.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { decodeCursor, projectsTable, type TxItem } from './projectStore.js';
import { subjectPk, type ObligationSubject } from './obligations.js';

export interface FlagRecord {
  id: string;
  type: string;
  status: 'open' | 'closed';
  subject: ObligationSubject;
  subjectId: string;
  projectId: string;
  jurisdiction: string;
  departmentId: string;
  ruleId: string;
  article?: string;
  /** The obligation key it watches (OBLIGATION#<ruleId>#<key>). */
  obligationKey: string;
  message: string;
  due?: string;
  raisedOn: string;
  raisedAt: string;
  packVersion?: string;
  closedOn?: string;
  closedReason?: string;
}

const flagSk = (id: string) => `FLAG#${id}`;

export function flagItem(f: FlagRecord): Record<string, unknown> {
  return {
    ...f,
    pk: subjectPk(f.subject, f.subjectId),
    sk: flagSk(f.id),
    jurKey: `FLAG#${f.jurisdiction}`,
    deptKey: `FLAG#${f.jurisdiction}#${f.departmentId}`,
    createdKey: `${f.raisedAt}#${f.id}`,
  };
}

/** Raises a flag (never overwrites one: the same flag id twice fails the transaction). */
export function flagPut(f: FlagRecord): TxItem {
  return { Put: { TableName: projectsTable(), Item: flagItem(f), ConditionExpression: 'attribute_not_exists(pk)' } };
}

export function flagClose(subject: ObligationSubject, subjectId: string, id: string, closedOn: string, closedReason: string): TxItem {
  return {
    Update: {
      TableName: projectsTable(),
      Key: { pk: subjectPk(subject, subjectId), sk: flagSk(id) },
      UpdateExpression: 'SET #s = :closed, closedOn = :on, closedReason = :why',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':closed': 'closed', ':on': closedOn, ':why': closedReason },
    },
  };
}

function strip(item: Record<string, unknown>): FlagRecord {
  const { pk: _p, sk: _s, jurKey: _j, deptKey: _d, createdKey: _c, ...rest } = item;
  return rest as unknown as FlagRecord;
}

export interface FlagQuery {
  jurisdiction: string;
  departmentId?: string;
  type?: string;
  status?: 'open' | 'closed';
  projectId?: string;
}

export interface FlagPage {
  items: FlagRecord[];
  nextCursor?: string;
}

/** Newest first. type / status / projectId are filters over the jurisdiction's (or department's) flags. */
export async function listFlags(q: FlagQuery, limit: number, cursor?: string): Promise<FlagPage> {
  const [IndexName, key, value] = q.departmentId
    ? ['byDepartment', 'deptKey', `FLAG#${q.jurisdiction}#${q.departmentId}`]
    : ['byJurisdiction', 'jurKey', `FLAG#${q.jurisdiction}`];
  const filters: string[] = [];
  const names: Record<string, string> = { '#k': key };
  const values: Record<string, unknown> = { ':v': value };
  if (q.type) {
    filters.push('#t = :t');
    names['#t'] = 'type';
    values[':t'] = q.type;
  }
  if (q.status) {
    filters.push('#s = :s');
    names['#s'] = 'status';
    values[':s'] = q.status;
  }
  if (q.projectId) {
    filters.push('projectId = :p');
    values[':p'] = q.projectId;
  }
  const items: FlagRecord[] = [];
  let start: Record<string, unknown> | undefined = cursor ? decodeCursor(cursor, key, value) : undefined;
  // A filter may leave a page short: keep reading until the page is full or the index is exhausted.
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: projectsTable(),
        IndexName,
        KeyConditionExpression: '#k = :v',
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        // Never read past what the page can hold: the cursor must point after the last item returned.
        Limit: limit - items.length,
        ExclusiveStartKey: start,
      }),
    );
    for (const i of r.Items ?? []) items.push(strip(i));
    start = r.LastEvaluatedKey;
  } while (start && items.length < limit);
  return { items, nextCursor: start ? Buffer.from(JSON.stringify(start)).toString('base64url') : undefined };
}
