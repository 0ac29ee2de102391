/**
 * The one wrapper every function's entry point goes through: Lambda context on the logger (request id, cold start),
 * the cold-start metric and trace annotation, the correlation id for everything the invocation does, and the
 * invocation's metrics flushed as one EMF line at its end.
 */
import type { Context } from 'aws-lambda';
import { acceptableCorrelationId, CORRELATION_HEADER, newCorrelationId, withInvocation } from './context.js';
import { logger } from './logger.js';
import { metrics } from './metrics.js';
import { activeTracer } from './tracer.js';

/** An HTTP caller's own id (x-correlation-id), else API Gateway's request id; undefined for other events. */
export function httpCorrelationId(event: any): string | undefined {
  if (typeof event?.httpMethod !== 'string') return undefined;
  const header = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === CORRELATION_HEADER)?.[1];
  return acceptableCorrelationId(header) ?? acceptableCorrelationId(event.requestContext?.requestId);
}

export function instrumented<R>(fn: (event: any, context: Context) => Promise<R>) {
  return async (event: any, context: Context): Promise<R> => {
    if (context?.awsRequestId) logger.addContext(context);
    metrics.captureColdStartMetric(context?.functionName);
    const tracer = await activeTracer();
    tracer?.annotateColdStart();
    tracer?.addServiceNameAnnotation();
    const correlationId = httpCorrelationId(event) ?? context?.awsRequestId ?? newCorrelationId();
    try {
      const result = await withInvocation({ correlationId, requestId: context?.awsRequestId }, () => fn(event, context));
      return echoCorrelation(result, correlationId);
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}

/** HTTP answers carry the correlation id back, so a caller can quote it to the operator. */
function echoCorrelation<R>(result: R, correlationId: string): R {
  const r = result as { statusCode?: unknown; headers?: Record<string, unknown> };
  if (r && typeof r === 'object' && typeof r.statusCode === 'number') {
    return { ...r, headers: { ...r.headers, [CORRELATION_HEADER]: correlationId } } as R;
  }
  return result;
}
