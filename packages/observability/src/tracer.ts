/** X-Ray through Powertools Tracer; inert outside Lambda (locally and in tests), so it costs nothing there. */
import { Tracer } from '@aws-lambda-powertools/tracer';
import { SERVICE_NAME } from './logger.js';

export const tracer = new Tracer({ serviceName: SERVICE_NAME });

/** Wraps an AWS SDK v3 client so each call is a subsegment of the invocation's trace. */
export function traced<T>(client: T): T {
  return tracer.captureAWSv3Client(client);
}
