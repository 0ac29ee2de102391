/**
 * SQS consumers: each record is processed on its own and failures are reported as batchItemFailures
 * (ReportBatchItemFailures), so one poison message never blocks the others and goes to the DLQ after the
 * configured receives. A record whose body is not a valid pipeline message is poison by definition.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { log } from '@gov/adapters';

const pipelineMessage = z.object({ projectId: z.string().min(1).max(100), version: z.number().int().min(1) });
export type PipelineMessage = z.infer<typeof pipelineMessage>;

/**
 * Local fault injection only (`pnpm test:faults`): the share of records that throw before processing. Never set in
 * a deployed stage (serverless.yml does not pass it).
 */
const injectedFailureRate = () => Number(process.env.FAULT_CONSUMER_FAILURE_RATE ?? 0);

export function sqsConsumer(name: string, step: (m: PipelineMessage, record: SQSRecord) => Promise<string>) {
  const processor = new BatchProcessor(EventType.SQS);
  const record = async (r: SQSRecord) => {
    if (injectedFailureRate() > 0 && Math.random() < injectedFailureRate()) {
      log('warn', `${name}: injected failure`, { messageId: r.messageId });
      throw new Error('injected consumer failure (FAULT_CONSUMER_FAILURE_RATE)');
    }
    let message: PipelineMessage;
    try {
      message = pipelineMessage.parse(JSON.parse(r.body));
    } catch (e) {
      log('error', `${name}: malformed message`, { messageId: r.messageId, receiveCount: r.attributes?.ApproximateReceiveCount, error: String(e) });
      throw e;
    }
    const started = Date.now();
    try {
      const result = await step(message, r);
      log('info', name, { messageId: r.messageId, projectId: message.projectId, result, ms: Date.now() - started });
    } catch (e) {
      log('error', `${name}: failed`, { messageId: r.messageId, projectId: message.projectId, receiveCount: r.attributes?.ApproximateReceiveCount, error: String(e) });
      throw e;
    }
  };
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => processPartialResponse(event, record, processor, { context });
}

/** One Lambda per service: route by the shape of the event (HTTP, SQS batch, or schedule). */
export function byEventSource(handlers: {
  http?: (event: any, context: Context) => Promise<unknown>;
  sqs?: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
  schedule?: (event: any, context: Context) => Promise<unknown>;
}) {
  return async (event: any, context: Context) => {
    if (Array.isArray(event?.Records)) {
      if (!handlers.sqs) throw new Error('this function has no SQS trigger');
      return handlers.sqs(event, context);
    }
    if (typeof event?.httpMethod === 'string') {
      if (!handlers.http) throw new Error('this function has no HTTP trigger');
      return handlers.http(event, context);
    }
    if (!handlers.schedule) throw new Error('this function has no schedule trigger');
    return handlers.schedule(event, context);
  };
}
