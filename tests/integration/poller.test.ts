/**
 * The local event-source poller with the real SQS emulator and the real consumer wrapper: a message that makes the
 * consumer throw goes to the DLQ after maxReceiveCount receives, while the other messages of its batch complete.
 */
import { describe, expect, it } from 'vitest';
import { GetQueueAttributesCommand, PurgeQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { sqsConsumer } from '@gov/http';
import { startPoller } from '../../infra/local/poller.js';
import { useStack } from '../setup/context.js';

const stack = useStack();
const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

describe('SQS poller with ReportBatchItemFailures', () => {
  it('completes the good messages of a batch and moves the poison one to the DLQ after the configured receives', async () => {
    const queue = stack.queues.find((q) => q.logicalId === 'ClassificationQueue')!;
    const dlq = stack.queues.find((q) => q.name === queue.dlqName)!;
    await sqs.send(new PurgeQueueCommand({ QueueUrl: queue.url }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl: dlq.url }));

    const processed: string[] = [];
    const attempts = new Map<string, number>();
    const consumer = sqsConsumer('test-consumer', async (m) => {
      attempts.set(m.projectId, (attempts.get(m.projectId) ?? 0) + 1);
      if (m.projectId === 'poison') throw new Error('this message always fails');
      processed.push(m.projectId);
      return 'done';
    });
    const batchSizes: number[] = [];
    const poller = startPoller({
      functionName: 'test',
      queue,
      batchSize: 10,
      reportBatchItemFailures: true,
      sqs,
      retryDelaySeconds: 0,
      concurrency: 1,
      invoke: async (_fn, event) => {
        batchSizes.push((event as { Records: unknown[] }).Records.length);
        return consumer(event as never, {} as Context);
      },
    });
    try {
      await sqs.send(new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: ['a', 'b', 'poison', 'c'].map((id, i) => ({ Id: String(i), MessageBody: JSON.stringify({ projectId: id, version: 1 }) })),
      }));
      const deadline = Date.now() + 30_000;
      let dead: string[] = [];
      while (Date.now() < deadline && dead.length === 0) {
        const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }));
        dead = (r.Messages ?? []).map((m) => JSON.parse(m.Body!).projectId);
      }
      expect(dead).toEqual(['poison']);
      expect(processed.sort()).toEqual(['a', 'b', 'c']);
      expect(batchSizes[0]).toBe(4);
      expect(attempts.get('poison')).toBe(queue.maxReceiveCount);
      const left = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
      expect(Number(left.Attributes?.ApproximateNumberOfMessages) + Number(left.Attributes?.ApproximateNumberOfMessagesNotVisible)).toBe(0);
    } finally {
      await poller.stop();
    }
  });
});
