/**
 * X-Ray through Powertools Tracer, loaded only when an invocation is traced (decision 035). The Tracer pulls in the
 * X-Ray SDK, cls-hooked and semver (~105 KB, the slowest module load of a function), and it is inert outside Lambda
 * anyway, so nothing loads it at initialisation: `activeTracer()` (called by `instrumented` before the handler runs)
 * loads it on the first invocation that carries an X-Ray trace id, and captures every client `traced()` saw before.
 */
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { SERVICE_NAME } from './logger.js';

let tracer: Tracer | undefined;
let loading: Promise<Tracer> | undefined;
/** AWS SDK clients built before the Tracer loaded; captured when it does. Only in Lambda, where clients are few. */
const waiting: object[] = [];

/**
 * Traced when running in Lambda (AWS_EXECUTION_ENV) on an invocation with a trace id (the runtime sets
 * `_X_AMZN_TRACE_ID` per invocation when active tracing is on), unless POWERTOOLS_TRACE_ENABLED=false.
 */
export function tracingActive(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.AWS_EXECUTION_ENV) && Boolean(env._X_AMZN_TRACE_ID) && env.POWERTOOLS_TRACE_ENABLED?.toLowerCase() !== 'false';
}

/** Wraps an AWS SDK v3 client so each call is a subsegment of the invocation's trace (now, or once tracing loads). */
export function traced<T>(client: T): T {
  if (tracer) return tracer.captureAWSv3Client(client);
  if (process.env.AWS_EXECUTION_ENV) waiting.push(client as object);
  return client;
}

/** The Tracer when this invocation is traced (loading it the first time), else undefined. */
export async function activeTracer(): Promise<Tracer | undefined> {
  if (tracer) return tracer;
  if (!tracingActive()) return undefined;
  loading ??= import('@aws-lambda-powertools/tracer').then(({ Tracer }) => {
    const t = new Tracer({ serviceName: SERVICE_NAME });
    for (const client of waiting.splice(0)) t.captureAWSv3Client(client);
    tracer = t;
    return t;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
