/**
 * The local stack creates only what its emulators have: API Gateway's GatewayResponses (decision 151) sit in the
 * same resources section as the tables and queues and must be skipped, not sent to an emulator or refused.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBucketsAndTopics, createQueues, createTables } from '../../../infra/local/resources.js';
import type { ResolvedConfig } from '../../../infra/local/serverlessConfig.js';

const gatewayResponse = {
  Type: 'AWS::ApiGateway::GatewayResponse',
  Properties: { RestApiId: { Ref: 'ApiGatewayRestApi' }, ResponseType: 'DEFAULT_4XX', ResponseTemplates: { 'application/json': '{"error":{}}' } },
};
const table = { Type: 'AWS::DynamoDB::Table', Properties: { TableName: 't', AttributeDefinitions: [], KeySchema: [] } };
const config = (resources: Record<string, unknown>) => ({ resources: { Resources: resources } }) as unknown as ResolvedConfig;

describe('local resources from serverless.yml', () => {
  it('skips gateway responses: nothing is sent for them', async () => {
    const send = vi.fn();
    const only = config({ GatewayResponseDefault4xx: gatewayResponse });
    expect(await createTables(only, { send } as never)).toEqual([]);
    expect(await createQueues(only, { send } as never)).toEqual([]);
    expect(await createBucketsAndTopics(only, 'http://127.0.0.1:9')).toEqual({ buckets: [], topics: [] });
    expect(send).not.toHaveBeenCalled();
  });

  it('still creates the table beside them (the skip is by type, not a blanket one)', async () => {
    const send = vi.fn().mockResolvedValue({});
    expect(await createTables(config({ GatewayResponseDefault4xx: gatewayResponse, T: table }), { send } as never)).toEqual(['t']);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
