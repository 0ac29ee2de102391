/**
 * An SQS poller per queue-triggered function, standing in for Lambda's event source mapping locally
 * (serverless-offline-sqs deletes whole batches and ignores batchItemFailures). It honours the function's batch
 * size and ReportBatchItemFailures: successes are deleted, failures stay on the queue and come back, and the
 * emulator's redrive policy moves them to the DLQ after maxReceiveCount receives. Locally a failed message comes
 * back after `retryDelaySeconds` instead of the full visibility timeout, so a poison message reaches its DLQ in
 * seconds, not minutes.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { LocalQueue } from './resources.js';
import { LOCAL_REGION } from './resources.js';

export interface PollerOptions {
  functionName: string;
  queue: LocalQueue;
  batchSize: number;
  reportBatchItemFailures: boolean;
  /** POSTs the event to the function and returns its result (serverless-offline's Lambda invoke endpoint). */
  invoke: (functionName: string, event: unknown) => Promise<unknown>;
  sqs: SQSClient;
  retryDelaySeconds?: number;
  concurrency?: number;
  log?: (line: string) => void;
  /**
   * Whether the function can be invoked at all. After an invoke fails outright (serverless-offline restarting), the
   * poller waits for this before receiving again, so an outage costs a message at most one receive.
   */
  reachable?: () => Promise<boolean>;
}

export interface Poller {
  stop(): Promise<void>;
}

export function startPoller(o: PollerOptions): Poller {
  let running = true;
  let unreachable = false;
  const log = o.log ?? (() => {});
  const worker = async () => {
    while (running) {
      if (unreachable) {
        if (o.reachable && !(await o.reachable().catch(() => false))) {
          await sleep(500);
          continue;
        }
        unreachable = false;
      }
      let messages: Message[] = [];
      try {
        const r = await o.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: o.queue.url,
            MaxNumberOfMessages: o.batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
        );
        messages = r.Messages ?? [];
      } catch (e) {
        log(`[poller ${o.functionName}] receive failed: ${String(e)}; retrying`);
        await sleep(1000);
        continue;
      }
      if (messages.length === 0) continue;
      await deliver(messages);
    }
  };

  const deliver = async (messages: Message[]) => {
    const event = {
      Records: messages.map((m) => ({
        messageId: m.MessageId,
        receiptHandle: m.ReceiptHandle,
        body: m.Body ?? '',
        attributes: m.Attributes ?? {},
        messageAttributes: m.MessageAttributes ?? {},
        md5OfBody: m.MD5OfBody,
        eventSource: 'aws:sqs',
        eventSourceARN: o.queue.arn,
        awsRegion: LOCAL_REGION,
      })),
    };
    let failed: Set<string>;
    try {
      const result = (await o.invoke(o.functionName, event)) as { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
      if (o.reportBatchItemFailures && result && Array.isArray(result.batchItemFailures)) {
        failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
      } else if (result && typeof result === 'object' && 'errorMessage' in result) {
        failed = new Set(messages.map((m) => m.MessageId!));
      } else {
        failed = new Set();
      }
    } catch (e) {
      log(`[poller ${o.functionName}] invoke failed: ${String(e)}; the batch will be retried`);
      failed = new Set(messages.map((m) => m.MessageId!));
      unreachable = true;
    }
    const done = messages.filter((m) => !failed.has(m.MessageId!));
    const retry = messages.filter((m) => failed.has(m.MessageId!));
    try {
      if (done.length) {
        await o.sqs.send(new DeleteMessageBatchCommand({
          QueueUrl: o.queue.url,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }));
      }
      if (retry.length) {
        log(`[poller ${o.functionName}] ${retry.length} of ${messages.length} message(s) failed; back on the queue after a backoff`);
        await o.sqs.send(new ChangeMessageVisibilityBatchCommand({
          QueueUrl: o.queue.url,
          Entries: retry.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle!, VisibilityTimeout: retryDelay(m) })),
        }));
      }
    } catch (e) {
      log(`[poller ${o.functionName}] acknowledging failed: ${String(e)}; messages will be redelivered`);
    }
  };

  // Back off 1, 4, 16 … × retryDelaySeconds by receive count (at most 60 s, the queues' visibility timeout): a
  // poison message still reaches its DLQ in seconds, while a short outage (DynamoDB failing for a few seconds)
  // does not use up a healthy message's receives the way a fixed one-second retry would.
  const retryDelay = (m: Message) => {
    const receives = Number(m.Attributes?.ApproximateReceiveCount ?? 1);
    return Math.min(60, Math.round((o.retryDelaySeconds ?? 1) * 4 ** Math.max(0, receives - 1)));
  };

  const workers = Array.from({ length: o.concurrency ?? 2 }, worker);
  return {
    async stop() {
      running = false;
      await Promise.allSettled(workers);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
