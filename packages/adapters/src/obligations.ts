/**
 * The due-date index (GSI byDue, hash dueBucket, range dueKey). One item per obligation a project or system owes
 * (pk PROJECT#id | SYSTEM#id, sk OBLIGATION#<ruleId>#<key>). While the obligation is open it carries
 * `dueBucket = DUE#<scan>#<jurisdiction>` and `dueKey = <due>#<subjectId>#<ruleId>#<key>`; once met the attribute
 * is removed and the item leaves the (sparse) index. A daily scan therefore queries `dueKey < today` in ten small
 * partitions (2 scans × 5 jurisdictions) and reads only what is due, never the library.
 *
 * Once a daily scan flags an open obligation, its item moves to `dueBucket = FLAGGED#<scan>#<jurisdiction>`,
 * `dueKey = <flaggedOn>#<due>#…` (decision 090 §6): the daily query no longer lists it, day after day, while it stays
 * unmet; the reminder scan reads that bucket only for the last few flag days (to escalate what was just flagged);
 * meeting the obligation rewrites the item without a bucket, as before.
 */
import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
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
  /** The open flag raised for it, if any, and the day it was raised. */
  flagId?: string;
  flaggedOn?: string;
}

export const subjectPk = (subject: ObligationSubject, id: string) => (subject === 'project' ? `PROJECT#${id}` : `SYSTEM#${id}`);
export const obligationSk = (ruleId: string, key: string) => `OBLIGATION#${ruleId}#${key}`;
export const dueBucket = (scan: ObligationScan, jurisdiction: string) => `DUE#${scan}#${jurisdiction}`;
export const flaggedBucket = (scan: ObligationScan, jurisdiction: string) => `FLAGGED#${scan}#${jurisdiction}`;

/** The byDue keys of an open obligation: the daily bucket by due date, or once flagged the flagged bucket by flag day. */
function indexKeys(o: ObligationRecord): { dueBucket: string; dueKey: string } {
  const tail = `${o.due}#${o.subjectId}#${o.ruleId}#${o.key}`;
  if (o.flagId) return { dueBucket: flaggedBucket(o.scan, o.jurisdiction), dueKey: `${o.flaggedOn ?? o.due}#${tail}` };
  return { dueBucket: dueBucket(o.scan, o.jurisdiction), dueKey: tail };
}

export function obligationItem(o: ObligationRecord): Record<string, unknown> {
  const open = o.state !== 'met';
  return {
    ...o,
    pk: subjectPk(o.subject, o.subjectId),
    sk: obligationSk(o.ruleId, o.key),
    ...(open ? indexKeys(o) : {}),
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

/** Flagged, still open obligations of one job and jurisdiction whose flag was raised on or after `since`. */
export async function queryFlaggedSince(scan: ObligationScan, jurisdiction: string, since: string, startKey?: Record<string, unknown>, limit = 500): Promise<DuePage> {
  const r = await dynamo().send(
    new QueryCommand({
      TableName: projectsTable(),
      IndexName: 'byDue',
      KeyConditionExpression: 'dueBucket = :b AND dueKey >= :s',
      ExpressionAttributeValues: { ':b': flaggedBucket(scan, jurisdiction), ':s': since },
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

/** The two daily jobs' buckets, in the order an upcoming-deadlines listing walks them. */
const SCANS: readonly ObligationScan[] = ['tracker', 'filing'];

export interface UpcomingQuery {
  jurisdiction: string;
  /** First and last due day (inclusive). */
  from: string;
  until: string;
  departmentId?: string;
}

/** A cursor of `upcomingObligations`: which bucket, and where in it; anything else is a SyntaxError (400). */
function decodeUpcomingCursor(cursor: string, jurisdiction: string): { b: number; k?: Record<string, string> } {
  const c: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const ok = (x: unknown): x is { b: number; k?: Record<string, string> } => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
    const { b, k, ...rest } = x as Record<string, unknown>;
    if (Object.keys(rest).length || !Number.isInteger(b) || (b as number) < 0 || (b as number) >= SCANS.length) return false;
    if (k === undefined) return true;
    const names = ['pk', 'sk', 'dueBucket', 'dueKey'];
    return typeof k === 'object' && k !== null && Object.keys(k).length === names.length &&
      names.every((n) => typeof (k as Record<string, unknown>)[n] === 'string' && ((k as Record<string, string>)[n]).length <= 1024) &&
      (k as Record<string, string>).dueBucket === dueBucket(SCANS[b as number], jurisdiction);
  };
  if (!ok(c)) throw new SyntaxError('invalid page cursor');
  return c;
}

/**
 * Open obligations of a jurisdiction due between two days (upcoming deadlines, issue 10 §3): the tracker bucket by
 * due date, then the filing bucket, optionally one department's (a filter on the small index items). Reads at most
 * a few index pages a request; a page may hold fewer than `limit` items and still carry a cursor.
 */
export async function upcomingObligations(q: UpcomingQuery, limit: number, cursor?: string): Promise<{ items: ObligationRecord[]; nextCursor?: string }> {
  let at: { b: number; k?: Record<string, unknown> } | undefined = cursor ? decodeUpcomingCursor(cursor, q.jurisdiction) : { b: 0 };
  const items: ObligationRecord[] = [];
  for (let round = 0; round < 6 && at && items.length < limit; round++) {
    const bucket = dueBucket(SCANS[at.b], q.jurisdiction);
    const r: QueryCommandOutput = await dynamo().send(
      new QueryCommand({
        TableName: projectsTable(),
        IndexName: 'byDue',
        KeyConditionExpression: 'dueBucket = :b AND dueKey BETWEEN :from AND :to',
        ...(q.departmentId ? { FilterExpression: 'departmentId = :d' } : {}),
        ExpressionAttributeValues: { ':b': bucket, ':from': q.from, ':to': `${q.until}#\uffff`, ...(q.departmentId ? { ':d': q.departmentId } : {}) },
        ExclusiveStartKey: at.k as QueryCommandInput['ExclusiveStartKey'],
        Limit: limit,
      }),
    );
    const found = r.Items ?? [];
    const take = found.slice(0, limit - items.length);
    items.push(...take.map(stripObligation));
    const last = take[take.length - 1];
    const after = take.length < found.length ? { pk: last.pk, sk: last.sk, dueBucket: last.dueBucket, dueKey: last.dueKey } : r.LastEvaluatedKey;
    at = after ? { b: at.b, k: after } : at.b + 1 < SCANS.length ? { b: at.b + 1 } : undefined;
  }
  return { items, nextCursor: at ? Buffer.from(JSON.stringify(at)).toString('base64url') : undefined };
}
