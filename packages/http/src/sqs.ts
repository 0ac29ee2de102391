/**
 * SQS consumers: each record is processed on its own and failures are reported as batchItemFailures
 * (ReportBatchItemFailures), so one poison message never blocks the others and goes to the DLQ after the
 * configured receives. A record whose body is not a valid pipeline message is poison by definition.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { acceptableCorrelationId, CORRELATION_ATTRIBUTE, count, instrumented, log, Metric, milliseconds, newCorrelationId, withInvocation } from '@gov/observability';

const pipelineMessage = z.object({ projectId: z.string().min(1).max(100), version: z.number().int().min(1) });
export type PipelineMessage = z.infer<typeof pipelineMessage>;

/**
 * Local fault injection only (`pnpm test:faults`): the share of records that throw before processing. Never set in
 * a deployed stage (serverless.yml does not pass it).
 */
const injectedFailureRate = () => Number(process.env.FAULT_CONSUMER_FAILURE_RATE ?? 0);

/** Receives before SQS moves a message to its dead-letter queue (serverless.yml custom.maxReceiveCount). */
const maxReceiveCount = () => Number(process.env.MAX_RECEIVE_COUNT ?? 3);

/** The producer's correlation id (message attribute), so one request can be followed through both queues. */
const correlationOf = (r: SQSRecord) => {
  const a = r.messageAttributes?.[CORRELATION_ATTRIBUTE] as { stringValue?: string; StringValue?: string } | undefined;
  // Lambda names it stringValue; the local poller hands over ReceiveMessage's StringValue.
  return acceptableCorrelationId(a?.stringValue ?? a?.StringValue) ?? newCorrelationId();
};

export function sqsConsumer(name: string, step: (m: PipelineMessage, record: SQSRecord) => Promise<string>) {
  const processor = new BatchProcessor(EventType.SQS);
  const record = (r: SQSRecord) => withInvocation({ correlationId: correlationOf(r) }, () => processRecord(r));
  const processRecord = async (r: SQSRecord) => {
    if (injectedFailureRate() > 0 && Math.random() < injectedFailureRate()) {
      log('warn', `${name}: injected failure`, { messageId: r.messageId });
      throw new Error('injected consumer failure (FAULT_CONSUMER_FAILURE_RATE)');
    }
    let message: PipelineMessage;
    try {
      message = pipelineMessage.parse(JSON.parse(r.body));
    } catch (e) {
      log('error', `${name}: malformed message`, { messageId: r.messageId, receiveCount: r.attributes?.ApproximateReceiveCount, error: String(e) });
      if (Number(r.attributes?.ApproximateReceiveCount) >= maxReceiveCount()) count(Metric.deadLetterSends, 1, { Queue: name });
      throw e;
    }
    const started = Date.now();
    try {
      const result = await step(message, r);
      log('info', name, { messageId: r.messageId, projectId: message.projectId, result, ms: Date.now() - started });
    } catch (e) {
      log('error', `${name}: failed`, { messageId: r.messageId, projectId: message.projectId, receiveCount: r.attributes?.ApproximateReceiveCount, error: String(e) });
      if (Number(r.attributes?.ApproximateReceiveCount) >= maxReceiveCount()) count(Metric.deadLetterSends, 1, { Queue: name });
      throw e;
    }
  };
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => processPartialResponse(event, record, processor, { context });
}

/**
 * One Lambda per service: route by the shape of the event (HTTP, SQS batch, or schedule). Every function enters
 * here, so this is where logging context, correlation id, cold start and metrics are set up (`instrumented`).
 */
export function byEventSource(handlers: {
  http?: (event: any, context: Context) => Promise<unknown>;
  sqs?: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
  schedule?: (event: any, context: Context) => Promise<unknown>;
}) {
  return instrumented(async (event: any, context: Context) => {
    if (Array.isArray(event?.Records)) {
      if (!handlers.sqs) throw new Error('this function has no SQS trigger');
      return handlers.sqs(event, context);
    }
    if (typeof event?.httpMethod === 'string') {
      if (!handlers.http) throw new Error('this function has no HTTP trigger');
      return handlers.http(event, context);
    }
    if (!handlers.schedule) throw new Error('this function has no schedule trigger');
    const started = Date.now();
    const result = await handlers.schedule(event, context);
    scheduleMetrics(event, result, Date.now() - started);
    return result;
  });
}

/** Scheduled jobs: how long they ran (alarmed near the function timeout) and the flags the daily scans raised. */
function scheduleMetrics(event: any, result: unknown, ms: number): void {
  const job = typeof event?.job === 'string' ? event.job : 'schedule';
  milliseconds(Metric.scanDuration, ms, { Job: job });
  const raised = (result as { flagsRaised?: unknown } | undefined)?.flagsRaised;
  if (typeof raised === 'number') count(Metric.flagsRaised, raised, { Job: job });
}
