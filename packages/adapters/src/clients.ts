/**
 * AWS clients, one per process. Local endpoints come from DYNAMODB_ENDPOINT / SQS_ENDPOINT (empty in the cloud).
 * DynamoDB is loaded with the module (every function reads the table); the SQS SDK only on the first send, so a
 * function that never enqueues does not pay for loading it at initialisation (decision 033).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { traced } from '@gov/observability';

const endpoint = (name: string): string | undefined => process.env[name] || undefined;

let documentClient: DynamoDBDocumentClient | undefined;
let sqsClient: Promise<{ client: SQSClient; sdk: typeof import('@aws-sdk/client-sqs') }> | undefined;

export function dynamo(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(
    traced(new DynamoDBClient({ endpoint: endpoint('DYNAMODB_ENDPOINT'), maxAttempts: 4 })),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documentClient;
}

/** The SQS client and the SDK module its commands come from, loaded on first use. */
export function sqs(): Promise<{ client: SQSClient; sdk: typeof import('@aws-sdk/client-sqs') }> {
  sqsClient ??= import('@aws-sdk/client-sqs').then((sdk) => ({ client: traced(new sdk.SQSClient({ endpoint: endpoint('SQS_ENDPOINT'), maxAttempts: 4 })), sdk }));
  sqsClient.catch(() => (sqsClient = undefined));
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
