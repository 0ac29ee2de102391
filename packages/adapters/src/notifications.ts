/**
 * The notification inbox (same table): pk INBOX#<jurisdiction>#<department | BUREAU>, sk NOTE#<id>. New
 * notifications are written as transaction items beside the project's `reminders_raised` event (notificationPut),
 * each only if absent; reading marks `readAt` once. Shapes mirror packages/domain/src/reminders/ports.ts.
 */
import { QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import { projectsTable, type TxItem } from './projectStore.js';

export type InboxRecipient = { kind: 'department'; jurisdiction: string; departmentId: string } | { kind: 'bureau'; jurisdiction: string };
export interface InboxItem {
  id: string;
  recipient: InboxRecipient;
  createdAt: string;
  readAt?: string;
}

export const inboxPk = (r: InboxRecipient) => (r.kind === 'department' ? `INBOX#${r.jurisdiction}#${r.departmentId}` : `INBOX#${r.jurisdiction}#BUREAU`);
const noteSk = (id: string) => `NOTE#${id}`;

export function notificationPut(n: InboxItem): TxItem {
  return { Put: { TableName: projectsTable(), Item: { ...n, pk: inboxPk(n.recipient), sk: noteSk(n.id) }, ConditionExpression: 'attribute_not_exists(pk)' } };
}

const strip = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest as T;

export function dynamoInbox<N extends InboxItem>() {
  return {
    /** An inbox holds a department's reminders (a few per project and deadline): one partition, read whole. */
    async list(r: InboxRecipient, limit: number): Promise<{ items: N[]; unreadCount: number }> {
      const all: N[] = [];
      let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
      do {
        const page = await dynamo().send(new QueryCommand({
          TableName: projectsTable(), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :note)',
          ExpressionAttributeValues: { ':pk': inboxPk(r), ':note': 'NOTE#' }, ExclusiveStartKey, ConsistentRead: true,
        }));
        for (const item of page.Items ?? []) all.push(strip<N>(item));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      return { items: all.slice(0, limit), unreadCount: all.filter((n) => !n.readAt).length };
    },
    async markRead(r: InboxRecipient, id: string, at: string): Promise<N | undefined> {
      try {
        const u = await dynamo().send(new UpdateCommand({
          TableName: projectsTable(), Key: { pk: inboxPk(r), sk: noteSk(id) },
          UpdateExpression: 'SET readAt = if_not_exists(readAt, :at)', ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at }, ReturnValues: 'ALL_NEW',
        }));
        return u.Attributes ? strip<N>(u.Attributes) : undefined;
      } catch (e) {
        if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return undefined;
        throw e;
      }
    },
  };
}
