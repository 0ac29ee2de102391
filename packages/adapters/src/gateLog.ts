/**
 * Audit log of budget-gate checks: one item per check beside its subject (pk PROJECT#id | SYSTEM#id,
 * sk GATECHECK#<at>#<checkId>), listed per jurisdiction through the byJurisdiction GSI (jurKey GATECHECK#<jur>).
 * Append-only: a conditional put that never overwrites.
 */
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
        jurKey: `GATECHECK#${r.jurisdiction}`,
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
  return (r.Items ?? []).map((i) => {
    const { pk: _p, sk: _s, jurKey: _j, createdKey: _c, ...rest } = i;
    return rest as unknown as GateCheckRecord;
  });
}
