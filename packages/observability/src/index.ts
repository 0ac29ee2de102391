export * from './context.js';
export { log, logger, type LogLevel } from './logger.js';
export { count, Metric, metrics, METRICS_NAMESPACE, milliseconds } from './metrics.js';
export { activeTracer, traced, tracingActive } from './tracer.js';
export { httpCorrelationId, instrumented } from './invocation.js';
