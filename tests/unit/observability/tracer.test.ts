import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** X-Ray's middleware on a client's stack, as Powertools' captureAWSv3Client adds it. */
const captured = (client: DynamoDBClient) => client.middlewareStack.identify().some((m) => m.includes('XRaySDK'));

const ENV = ['AWS_EXECUTION_ENV', '_X_AMZN_TRACE_ID', 'POWERTOOLS_TRACE_ENABLED'] as const;
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
  for (const k of ENV) delete process.env[k];
  vi.resetModules(); // the tracer module keeps one Tracer per process; each test starts from a fresh one
});
afterEach(() => {
  for (const k of ENV) if (saved[k] === undefined) delete process.env[k];
  else process.env[k] = saved[k];
});

const fresh = () => import('../../../packages/observability/src/tracer.js');
const TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

describe('tracingActive', () => {
  it('needs Lambda and a trace id, and yields to POWERTOOLS_TRACE_ENABLED=false', async () => {
    const { tracingActive } = await fresh();
    expect(tracingActive({})).toBe(false);
    expect(tracingActive({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' })).toBe(false);
    expect(tracingActive({ _X_AMZN_TRACE_ID: TRACE_ID })).toBe(false);
    expect(tracingActive({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', _X_AMZN_TRACE_ID: TRACE_ID })).toBe(true);
    expect(tracingActive({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', _X_AMZN_TRACE_ID: TRACE_ID, POWERTOOLS_TRACE_ENABLED: 'FALSE' })).toBe(false);
    expect(tracingActive({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', _X_AMZN_TRACE_ID: TRACE_ID, POWERTOOLS_TRACE_ENABLED: 'true' })).toBe(true);
  });
});

describe('traced / activeTracer', () => {
  it('outside a traced invocation: no Tracer, the client is left as it is', async () => {
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x'; // in Lambda, but this invocation carries no trace id
    const { activeTracer, traced } = await fresh();
    const client = traced(new DynamoDBClient({ region: 'cn-north-1' }));
    expect(await activeTracer()).toBeUndefined();
    expect(captured(client)).toBe(false);
  });

  it('on the first traced invocation loads the Tracer and captures clients built before and after', async () => {
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x';
    const { activeTracer, traced } = await fresh();
    const before = traced(new DynamoDBClient({ region: 'cn-north-1' }));
    expect(captured(before)).toBe(false);
    process.env._X_AMZN_TRACE_ID = TRACE_ID;
    const tracer = await activeTracer();
    expect(tracer?.isTracingEnabled()).toBe(true);
    expect(captured(before)).toBe(true);
    const after = traced(new DynamoDBClient({ region: 'cn-north-1' }));
    expect(captured(after)).toBe(true);
    expect(await activeTracer()).toBe(tracer); // one Tracer per process
  });

  it('every invocation through instrumented loads it before the handler runs, so its first call is traced', async () => {
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x';
    const { traced } = await fresh();
    const { instrumented } = await import('../../../packages/observability/src/invocation.js');
    const client = traced(new DynamoDBClient({ region: 'cn-north-1' }));
    const seen: boolean[] = [];
    const handler = instrumented(async () => void seen.push(captured(client)));
    await handler({}, { awsRequestId: 'r-1', functionName: 'intake' } as any);
    process.env._X_AMZN_TRACE_ID = TRACE_ID;
    await handler({}, { awsRequestId: 'r-2', functionName: 'intake' } as any);
    expect(seen).toEqual([false, true]);
  });
});
