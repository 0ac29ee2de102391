import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetQueueUrlCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { sendToQueue } from '@gov/adapters';

const sqs = mockClient(SQSClient);
process.env.CLASSIFICATION_QUEUE_NAME = 'cls-q';
process.env.PRE_REVIEW_QUEUE_NAME = 'pr-q';

beforeEach(() => sqs.reset());

describe('sendToQueue', () => {
  it('resolves the queue URL once and sends only ids', async () => {
    sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: 'http://127.0.0.1:9324/000000000000/cls-q' });
    sqs.on(SendMessageCommand).resolves({});
    await sendToQueue('classification', { projectId: 'p1', version: 1 });
    await sendToQueue('classification', { projectId: 'p2', version: 1 });
    expect(sqs.commandCalls(GetQueueUrlCommand)).toHaveLength(1);
    expect(sqs.commandCalls(GetQueueUrlCommand)[0].args[0].input).toEqual({ QueueName: 'cls-q' });
    const sent = sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input);
    expect(sent[1]).toEqual({ QueueUrl: 'http://127.0.0.1:9324/000000000000/cls-q', MessageBody: '{"projectId":"p2","version":1}' });
  });

  it('retries the URL lookup after a failure instead of caching it', async () => {
    sqs.on(GetQueueUrlCommand).rejectsOnce(new Error('emulator down')).resolves({ QueueUrl: 'http://q/pr-q' });
    sqs.on(SendMessageCommand).resolves({});
    await expect(sendToQueue('pre-review', { projectId: 'p1', version: 2 })).rejects.toThrow('emulator down');
    await sendToQueue('pre-review', { projectId: 'p1', version: 2 });
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
  });
});
