import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetQueueUrlCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSRecord } from 'aws-lambda';
import { sendToQueue } from '@gov/adapters';
import { byEventSource, httpRouter, sqsConsumer } from '@gov/http';
import { currentCorrelationId, log } from '@gov/observability';
import { declareRoutes } from '@gov/schemas';

const sqs = mockClient(SQSClient);
process.env.CLASSIFICATION_QUEUE_NAME = 'cls-q';
const context = { awsRequestId: 'req-1', functionName: 'intake' } as Context;

let stdout: string[];
beforeEach(() => {
  sqs.reset();
  sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: 'http://q/cls-q' });
  sqs.on(SendMessageCommand).resolves({});
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => (stdout.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const httpEvent = (headers: Record<string, string>) => ({ httpMethod: 'GET', resource: '/v1/t', headers, requestContext: { requestId: 'apigw-1' } });

const handler = byEventSource({
  http: httpRouter(declareRoutes({ 'GET /v1/t': { summary: '测试', roles: 'public', success: { status: 200, description: '空' } } }), {
    'GET /v1/t': async () => {
      await sendToQueue('classification', { projectId: 'p1', version: 1 });
      log('info', 'sent');
      return { status: 200, body: {} };
    },
  }),
});

describe('correlation id', () => {
  it("takes the caller's x-correlation-id, sends it as a message attribute and echoes it", async () => {
    const res: any = await handler(httpEvent({ 'X-Correlation-Id': 'corr-abc-123' }), context);
    expect(res.headers['x-correlation-id']).toBe('corr-abc-123');
    const input = sqs.commandCalls(SendMessageCommand)[0].args[0].input;
    expect(input.MessageAttributes).toEqual({ correlationId: { DataType: 'String', StringValue: 'corr-abc-123' } });
    const line = stdout.map((l) => JSON.parse(l)).find((l) => l.message === 'sent');
    expect(line).toMatchObject({ correlation_id: 'corr-abc-123', function_request_id: 'req-1', service: expect.any(String) });
    expect(typeof line.cold_start).toBe('boolean');
  });

  it('falls back to the API Gateway request id when the header is missing or not printable', async () => {
    const res: any = await handler(httpEvent({ 'x-correlation-id': 'bad id\n' }), context);
    expect(res.headers['x-correlation-id']).toBe('apigw-1');
  });

  it('a consumer runs each record under the correlation id of its message', async () => {
    const seen: (string | undefined)[] = [];
    const consume = byEventSource({ sqs: sqsConsumer('classification', async () => (seen.push(currentCorrelationId()), 'ok')) });
    const record = (id: string, corr?: string) =>
      ({ messageId: id, body: JSON.stringify({ projectId: 'p' + id, version: 1 }), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: corr ? { correlationId: { stringValue: corr, dataType: 'String' } } : {} }) as unknown as SQSRecord;
    const r = await consume({ Records: [record('1', 'corr-one'), record('2', 'corr-two'), record('3')] }, context);
    expect(r).toEqual({ batchItemFailures: [] });
    expect(seen.slice(0, 2)).toEqual(['corr-one', 'corr-two']);
    // No attribute: a fresh id, never another record's.
    expect(seen[2]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('outside an invocation no attribute is sent', async () => {
    await sendToQueue('classification', { projectId: 'p1', version: 1 });
    expect(sqs.commandCalls(SendMessageCommand)[0].args[0].input.MessageAttributes).toBeUndefined();
  });
});
