/**
 * Creates the DynamoDB tables, SQS queues, buckets and topics of the resolved serverless.yml on the local emulators.
 * Every other resource type is cloud-only and skipped: alarms, the dashboard, invoke configs, and API Gateway's
 * GatewayResponses (serverless-offline has no gateway of that kind; locally the catch-all route and the handler
 * stack give the error shape — docs/reliability.md, decision 151).
 */
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import type { ResolvedConfig } from './serverlessConfig.js';

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'us-east-1';

export interface LocalQueue {
  logicalId: string;
  name: string;
  url: string;
  arn: string;
  /** From RedrivePolicy, when the queue has a DLQ. */
  dlqName?: string;
  maxReceiveCount?: number;
}

export async function createTables(config: ResolvedConfig, client: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  for (const r of Object.values(config.resources.Resources)) {
    if (r.Type !== 'AWS::DynamoDB::Table') continue;
    const p = r.Properties;
    try {
      await client.send(
        new CreateTableCommand({
          TableName: p.TableName,
          AttributeDefinitions: p.AttributeDefinitions,
          KeySchema: p.KeySchema,
          GlobalSecondaryIndexes: p.GlobalSecondaryIndexes,
          BillingMode: p.BillingMode ?? 'PAY_PER_REQUEST',
        }),
      );
    } catch (e) {
      if (!(e instanceof ResourceInUseException)) throw e;
    }
    names.push(p.TableName);
  }
  return names;
}

/** Queues without a redrive policy (the DLQs) first, so that redrive targets exist. */
export async function createQueues(config: ResolvedConfig, client: SQSClient): Promise<LocalQueue[]> {
  const all = Object.entries(config.resources.Resources).filter(([, r]) => r.Type === 'AWS::SQS::Queue');
  const arnOf = (name: string) => `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${name}`;
  const nameOfLogical = (id: string) => config.resources.Resources[id].Properties.QueueName as string;
  all.sort(([, a], [, b]) => Number(Boolean(a.Properties.RedrivePolicy)) - Number(Boolean(b.Properties.RedrivePolicy)));
  const queues: LocalQueue[] = [];
  for (const [logicalId, r] of all) {
    const p = r.Properties;
    const attributes: Record<string, string> = {};
    if (p.VisibilityTimeout !== undefined) attributes.VisibilityTimeout = String(p.VisibilityTimeout);
    if (p.MessageRetentionPeriod !== undefined) attributes.MessageRetentionPeriod = String(p.MessageRetentionPeriod);
    let dlqName: string | undefined;
    let maxReceiveCount: number | undefined;
    if (p.RedrivePolicy) {
      const target = p.RedrivePolicy.deadLetterTargetArn;
      dlqName = typeof target === 'string' ? target.split(':').pop()! : nameOfLogical(target['Fn::GetAtt'][0]);
      maxReceiveCount = Number(p.RedrivePolicy.maxReceiveCount);
      attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: arnOf(dlqName), maxReceiveCount });
    }
    await client.send(new CreateQueueCommand({ QueueName: p.QueueName, Attributes: attributes }));
    const { QueueUrl } = await client.send(new GetQueueUrlCommand({ QueueName: p.QueueName }));
    queues.push({ logicalId, name: p.QueueName, url: QueueUrl!, arn: arnOf(p.QueueName), dlqName, maxReceiveCount });
  }
  return queues;
}

/**
 * Buckets and topics of the resolved serverless.yml on the emulator (fauxqs serves S3 and SNS on the SQS port).
 * fauxqs has no bucket lifecycle or versioning: locally an upload never completed stays under incoming/ and is
 * simply never counted; the cloud bucket's lifecycle rule deletes it.
 */
export async function createBucketsAndTopics(config: ResolvedConfig, endpoint: string): Promise<{ buckets: string[]; topics: string[] }> {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const s3 = new S3Client({ endpoint, region: LOCAL_REGION, credentials, forcePathStyle: true });
  const sns = new SNSClient({ endpoint, region: LOCAL_REGION, credentials });
  const buckets: string[] = [];
  const topics: string[] = [];
  for (const r of Object.values(config.resources.Resources)) {
    if (r.Type === 'AWS::S3::Bucket') {
      await s3.send(new CreateBucketCommand({ Bucket: r.Properties.BucketName }));
      buckets.push(r.Properties.BucketName);
    } else if (r.Type === 'AWS::SNS::Topic') {
      await sns.send(new CreateTopicCommand({ Name: r.Properties.TopicName }));
      topics.push(r.Properties.TopicName);
    }
  }
  s3.destroy();
  sns.destroy();
  return { buckets, topics };
}
