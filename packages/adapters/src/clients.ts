/** AWS clients, one per process. Local endpoints come from DYNAMODB_ENDPOINT / SQS_ENDPOINT (empty in the cloud). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { traced } from '@gov/observability';

const endpoint = (name: string): string | undefined => process.env[name] || undefined;

let documentClient: DynamoDBDocumentClient | undefined;
let sqsClient: SQSClient | undefined;

export function dynamo(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(
    traced(new DynamoDBClient({ endpoint: endpoint('DYNAMODB_ENDPOINT'), maxAttempts: 4 })),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documentClient;
}

export function sqs(): SQSClient {
  sqsClient ??= traced(new SQSClient({ endpoint: endpoint('SQS_ENDPOINT'), maxAttempts: 4 }));
  return sqsClient;
}

export function requiredEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`environment variable ${name} is not set`);
  return v;
}

/** Forgets the clients so the next call builds them from the current environment (benchmarks switching stacks). */
export function resetClients(): void {
  documentClient = undefined;
  sqsClient = undefined;
}
