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

export async function sendToQueue(queue: QueueName, message: PipelineMessage): Promise<void> {
  const correlationId = currentCorrelationId();
  const { client, sdk } = await sqs();
  await client.send(
    new sdk.SendMessageCommand({
      QueueUrl: await queueUrl(queue),
      MessageBody: JSON.stringify(message),
      // The request's correlation id rides along as an attribute, so the consumer logs under the same id.
      ...(correlationId ? { MessageAttributes: { [CORRELATION_ATTRIBUTE]: { DataType: 'String', StringValue: correlationId } } } : {}),
    }),
  );
}
