/** SQS adapter: queues are named in the environment and their URLs resolved once per process. */
import { CORRELATION_ATTRIBUTE, currentCorrelationId } from '@gov/observability';
import { requiredEnv, sqs } from './clients.js';

export type QueueName = 'classification' | 'pre-review';

const envName: Record<QueueName, string> = {
  classification: 'CLASSIFICATION_QUEUE_NAME',
  'pre-review': 'PRE_REVIEW_QUEUE_NAME',
};

const urls = new Map<QueueName, Promise<string>>();

export function queueUrl(queue: QueueName): Promise<string> {
  let url = urls.get(queue);
  if (!url) {
    url = sqs()
      .then(({ client, sdk }) => client.send(new sdk.GetQueueUrlCommand({ QueueName: requiredEnv(envName[queue]) })))
      .then((r) => r.QueueUrl!);
    url.catch(() => urls.delete(queue));
    urls.set(queue, url);
  }
  return url;
}

/** Messages carry ids only; consumers read the current state, so a late duplicate can never apply stale data. */
export interface PipelineMessage {
  projectId: string;
  /** The project version that caused this message (for logs and tracing). */
  version: number;
}

/** The request's correlation id rides along as an attribute, so the consumer logs under the same id. */
function correlationAttributes() {
  const correlationId = currentCorrelationId();
  return correlationId ? { MessageAttributes: { [CORRELATION_ATTRIBUTE]: { DataType: 'String' as const, StringValue: correlationId } } } : {};
}

export async function sendToQueue(queue: QueueName, message: PipelineMessage): Promise<void> {
  const { client, sdk } = await sqs();
  await client.send(new sdk.SendMessageCommand({ QueueUrl: await queueUrl(queue), MessageBody: JSON.stringify(message), ...correlationAttributes() }));
}

/** SQS's limit on one SendMessageBatch. */
const BATCH = 10;

/**
 * Sends messages in batches of 10 (one request each instead of ten); answers the messages SQS did not accept
 * (a batch answers per entry: some may fail while the others are sent).
 */
export async function sendBatchToQueue(queue: QueueName, messages: readonly PipelineMessage[]): Promise<PipelineMessage[]> {
  const QueueUrl = await queueUrl(queue);
  const { client, sdk } = await sqs();
  const failed: PipelineMessage[] = [];
  for (let i = 0; i < messages.length; i += BATCH) {
    const batch = messages.slice(i, i + BATCH);
    const r = await client.send(
      new sdk.SendMessageBatchCommand({
        QueueUrl,
        Entries: batch.map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m), ...correlationAttributes() })),
      }),
    );
    for (const f of r.Failed ?? []) failed.push(batch[Number(f.Id)]);
  }
  return failed;
}
