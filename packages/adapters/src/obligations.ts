/**
 * The due-date index (GSI byDue, hash dueBucket, range dueKey). One item per obligation a project or system owes
 * (pk PROJECT#id | SYSTEM#id, sk OBLIGATION#<ruleId>#<key>). While the obligation is open it carries
 * `dueBucket = DUE#<scan>#<jurisdiction>` and `dueKey = <due>#<subjectId>#<ruleId>#<key>`; once met the attribute
 * is removed and the item leaves the (sparse) index. A daily scan therefore queries `dueKey < today` in ten small
 * partitions (2 scans × 5 jurisdictions) and reads only what is due, never the library.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { projectsTable, type TxItem } from './projectStore.js';

export type ObligationSubject = 'project' | 'system';
/** Which daily job watches the obligation: acceptance-tracker (deadlines, evaluations, usage) or filing. */
export type ObligationScan = 'tracker' | 'filing';

export interface ObligationRecord {
  subject: ObligationSubject;
  subjectId: string;
  /** The project the obligation belongs to (for a system: the project that built it). */
  projectId: string;
  ruleId: string;
  /** Distinguishes obligations of one rule (a year, a finding, a usage threshold …). */
  key: string;
  jurisdiction: string;
  departmentId: string;
  scan: ObligationScan;
  due: string;
  provisional: boolean;
  /** What is owed, in Chinese (from the rule's finding). */
  obligation: string;
  state: 'open' | 'met' | 'overdue';
  metOn?: string;
  /** The open flag raised for it, if any. */
  flagId?: string;
}

export const subjectPk = (subject: ObligationSubject, id: string) => (subject === 'project' ? `PROJECT#${id}` : `SYSTEM#${id}`);
export const obligationSk = (ruleId: string, key: string) => `OBLIGATION#${ruleId}#${key}`;
export const dueBucket = (scan: ObligationScan, jurisdiction: string) => `DUE#${scan}#${jurisdiction}`;

export function obligationItem(o: ObligationRecord): Record<string, unknown> {
  const open = o.state !== 'met';
  return {
    ...o,
    pk: subjectPk(o.subject, o.subjectId),
    sk: obligationSk(o.ruleId, o.key),
    ...(open ? { dueBucket: dueBucket(o.scan, o.jurisdiction), dueKey: `${o.due}#${o.subjectId}#${o.ruleId}#${o.key}` } : {}),
  };
}

/** Writes (or rewrites) an obligation; a met one is written without dueBucket and so leaves the index. */
export function obligationPut(o: ObligationRecord): TxItem {
  return { Put: { TableName: projectsTable(), Item: obligationItem(o) } };
}

export function obligationDelete(subject: ObligationSubject, subjectId: string, ruleId: string, key: string): TxItem {
  return { Delete: { TableName: projectsTable(), Key: { pk: subjectPk(subject, subjectId), sk: obligationSk(ruleId, key) } } };
}

function stripObligation(item: Record<string, unknown>): ObligationRecord {
  const { pk: _p, sk: _s, dueBucket: _b, dueKey: _k, ...rest } = item;
  return rest as unknown as ObligationRecord;
}

export interface DuePage {
  items: ObligationRecord[];
  next?: Record<string, unknown>;
}

/** Open obligations of one bucket whose due date is before `before` (i.e. overdue on that day), oldest first. */
export async function queryDue(bucket: string, before: string, startKey?: Record<string, unknown>, limit = 500): Promise<DuePage> {
  const r = await dynamo().send(
    new QueryCommand({
      TableName: projectsTable(),
      IndexName: 'byDue',
      KeyConditionExpression: 'dueBucket = :b AND dueKey < :d',
      ExpressionAttributeValues: { ':b': bucket, ':d': before },
      ExclusiveStartKey: startKey as QueryCommandInput['ExclusiveStartKey'],
      Limit: limit,
    }),
  );
  return { items: (r.Items ?? []).map(stripObligation), next: r.LastEvaluatedKey };
}

/** Every obligation stored for a subject (open and met). */
export async function listObligations(subject: ObligationSubject, id: string): Promise<ObligationRecord[]> {
  const out: ObligationRecord[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const r = await dynamo().send(
      new QueryCommand({
        TableName: projectsTable(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :o)',
        ExpressionAttributeValues: { ':pk': subjectPk(subject, id), ':o': 'OBLIGATION#' },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    for (const i of r.Items ?? []) out.push(stripObligation(i));
    ExclusiveStartKey = r.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return out;
}
