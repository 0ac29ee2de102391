/**
 * The notifications' outbox (same table): pk OUTBOX#NOTIFICATIONS, sk <createdAt>#<id>, holding the notification.
 * Put in the transaction that raises it (beside its inbox item), deleted once SNS accepted it; the reminder scan
 * publishes what is left (docs/decisions/062). One partition: it holds only what is not yet published.
 */
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.js';
import type { InboxItem } from './notifications.js';
import { projectsTable, type TxItem } from './projectStore.js';

const OUTBOX_PK = 'OUTBOX#NOTIFICATIONS';
const outboxSk = (n: InboxItem) => `${n.createdAt}#${n.id}`;

export function outboxPut(n: InboxItem): TxItem {
  return { Put: { TableName: projectsTable(), Item: { pk: OUTBOX_PK, sk: outboxSk(n), notification: n }, ConditionExpression: 'attribute_not_exists(pk)' } };
}

export function dynamoNotificationOutbox<N extends InboxItem>() {
  return {
    async pending(limit: number): Promise<N[]> {
      const out: N[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await dynamo().send(new QueryCommand({
          TableName: projectsTable(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': OUTBOX_PK },
          Limit: limit - out.length, ExclusiveStartKey, ConsistentRead: true,
        }));
        for (const item of page.Items ?? []) out.push(item.notification as N);
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && out.length < limit);
      return out;
    },
    async delivered(n: N): Promise<void> {
      await dynamo().send(new DeleteCommand({ TableName: projectsTable(), Key: { pk: OUTBOX_PK, sk: outboxSk(n) } }));
    },
  };
}
