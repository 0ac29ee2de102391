/**
 * Audit log of budget-gate checks: one item per check beside its subject (pk PROJECT#id | SYSTEM#id,
 * sk GATECHECK#<at>#<checkId>), listed per jurisdiction through the byJurisdiction GSI. Append-only: a conditional
 * put that never overwrites.
 *
 * The index key is sharded (decision 090 §5): `GATECHECK#<jur>#<n>`, n = a hash of the subject id modulo
 * GATE_CHECK_SHARDS, so 1,000 checks/s of one jurisdiction spread over 8 key values (~125 WCU/s each, far below a
 * partition's 1,000) instead of one; a subject's checks stay in one shard. Reading a jurisdiction fans out over all.
 */
import { createHash } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { projectsTable } from './projectStore.js';
import { subjectPk, type ObligationSubject } from './obligations.js';

export interface GateCheckRecord {
  checkId: string;
  at: string;
  subject: ObligationSubject;
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

export async function logGateCheck(r: GateCheckRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: projectsTable(),
      Item: {
        ...r,
        pk: subjectPk(r.subject, r.subjectId),
        sk: `GATECHECK#${r.at}#${r.checkId}`,
        jurKey: gateCheckShardKey(r.jurisdiction, r.subjectId),
        createdKey: `${r.at}#${r.checkId}`,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** The checks made against one subject, oldest first. */
export async function listGateChecks(subject: ObligationSubject, id: string): Promise<GateCheckRecord[]> {
  const r = await dynamo().send(
    new QueryCommand({
      TableName: projectsTable(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :g)',
      ExpressionAttributeValues: { ':pk': subjectPk(subject, id), ':g': 'GATECHECK#' },
      ConsistentRead: true,
    }),
  );
  return (r.Items ?? []).map(record);
}

/**
 * One page of the checks made against one subject, newest first (the items beside the subject, no index). The
 * cursor is the last item's key, checked to lie in this subject's partition (a foreign one is a SyntaxError).
 */
export async function listGateChecksPage(subject: ObligationSubject, id: string, limit: number, cursor?: string): Promise<{ items: GateCheckRecord[]; nextCursor?: string }> {
  const pk = subjectPk(subject, id);
  const r = await dynamo().send(
    new QueryCommand({
      TableName: projectsTable(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :g)',
      ExpressionAttributeValues: { ':pk': pk, ':g': 'GATECHECK#' },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: cursor ? subjectCursor(cursor, pk) : undefined,
    }),
  );
  const next = r.LastEvaluatedKey;
  return { items: (r.Items ?? []).map(record), nextCursor: next ? Buffer.from(JSON.stringify({ pk: next.pk, sk: next.sk })).toString('base64url') : undefined };
}

function subjectCursor(cursor: string, pk: string): { pk: string; sk: string } {
  const k: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  const ok = typeof k === 'object' && k !== null && !Array.isArray(k) && Object.keys(k).length === 2 &&
    (k as Record<string, unknown>).pk === pk && typeof (k as Record<string, unknown>).sk === 'string' && ((k as Record<string, string>).sk).startsWith('GATECHECK#') &&
    Buffer.byteLength((k as Record<string, string>).sk) <= 1024;
  if (!ok) throw new SyntaxError('invalid page cursor');
  return k as { pk: string; sk: string };
}

/** How many index key values one jurisdiction's gate checks are spread over. */
export const GATE_CHECK_SHARDS = 8;

export function gateCheckShardKey(jurisdiction: string, subjectId: string): string {
  const shard = createHash('sha256').update(subjectId).digest().readUInt32BE(0) % GATE_CHECK_SHARDS;
  return `GATECHECK#${jurisdiction}#${shard}`;
}

/** A jurisdiction's checks made at or after `since` (ISO time), newest first: one query per shard, merged. */
export async function listJurisdictionGateChecks(jurisdiction: string, since: string): Promise<GateCheckRecord[]> {
  const shards = await Promise.all(
    Array.from({ length: GATE_CHECK_SHARDS }, async (_, n) => {
      const out: GateCheckRecord[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const r = await dynamo().send(
          new QueryCommand({
            TableName: projectsTable(),
            IndexName: 'byJurisdiction',
            KeyConditionExpression: 'jurKey = :k AND createdKey >= :since',
            ExpressionAttributeValues: { ':k': `GATECHECK#${jurisdiction}#${n}`, ':since': since },
            ExclusiveStartKey,
          }),
        );
        for (const i of r.Items ?? []) out.push(record(i));
        ExclusiveStartKey = r.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return out;
    }),
  );
  return shards.flat().sort((a, b) => `${b.at}#${b.checkId}`.localeCompare(`${a.at}#${a.checkId}`));
}

function record(i: Record<string, unknown>): GateCheckRecord {
  const { pk: _p, sk: _s, jurKey: _j, createdKey: _c, ...rest } = i;
  return rest as unknown as GateCheckRecord;
}
