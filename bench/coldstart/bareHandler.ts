/**
 * The cold-start yardstick: the least a function on this table can be, a handler that creates a DynamoDB client at
 * module load and reads one item. Bundled exactly like the functions (bench/coldstart.bench.ts).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { id: string }) =>
  (await client.send(new GetCommand({ TableName: process.env.PROJECTS_TABLE, Key: { pk: `PROJECT#${event.id}`, sk: 'STATE' } }))).Item ?? null;
