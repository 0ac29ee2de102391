/**
 * Idempotency-Keys in the projects table (pk = the domain's `IDEMPOTENCY#<caller scope>#<route>#<key>`, sk CLAIM):
 * claimed by a conditional Put inside the change's own transaction, answered by an Update right after
 * (docs/decisions/120).
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { projectsTable, type TxItem } from './projectStore.js';

export interface IdempotencyItem {
  key: string;
  requestHash: string;
  at: string;
  answer?: { status: number; body: unknown; headers?: Record<string, string> };
}

const SK = 'CLAIM';

/** The claim as a transaction item: the whole change fails if the key is claimed already. */
export function idempotencyClaim(key: string, requestHash: string, at: string): TxItem {
  return { Put: { TableName: projectsTable(), Item: { pk: key, sk: SK, key, requestHash, at }, ConditionExpression: 'attribute_not_exists(pk)' } };
}

export const dynamoDbIdempotencyStore = {
  async get(key: string): Promise<IdempotencyItem | undefined> {
    const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: { pk: key, sk: SK }, ConsistentRead: true }));
    if (!r.Item) return undefined;
    const { pk: _pk, sk: _sk, ...item } = r.Item;
    return item as IdempotencyItem;
  },
  /** Sets the answer; the claim's request hash and time stay (a request that changed nothing writes them here). */
  async answer(record: IdempotencyItem & { answer: NonNullable<IdempotencyItem['answer']> }): Promise<void> {
    await dynamo().send(new UpdateCommand({
      TableName: projectsTable(),
      Key: { pk: record.key, sk: SK },
      UpdateExpression: 'SET #k = if_not_exists(#k, :k), requestHash = if_not_exists(requestHash, :h), #at = if_not_exists(#at, :at), answer = :a',
      ExpressionAttributeNames: { '#k': 'key', '#at': 'at' },
      ExpressionAttributeValues: { ':k': record.key, ':h': record.requestHash, ':at': record.at, ':a': record.answer },
    }));
  },
};
