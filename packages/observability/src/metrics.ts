/**
 * CloudWatch metrics in the embedded metric format (EMF): written to the log, no API call, no extra permission.
 * The alarms and the dashboard of serverless.yml read these names; change them together.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SERVICE_NAME } from './logger.js';

export const METRICS_NAMESPACE = 'GovItLifecycle';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/** Metric names, one place. */
export const Metric = {
  /** 申报受理: applications accepted by intake (new, not idempotent replays). */
  submissions: 'Submissions',
  /** 资金闸口 answers, dimension Answer = allow | deny | review. */
  gateDecisions: 'GateDecisions',
  gateLatency: 'GateLatency',
  /** Flags raised by the daily scans, dimension Job. */
  flagsRaised: 'FlagsRaised',
  /** Pipeline records failed on their last receive: SQS moves them to the dead-letter queue next. */
  deadLetterSends: 'DeadLetterSends',
  scanDuration: 'ScanDuration',
} as const;

export function count(name: string, value = 1, dimensions: Record<string, string> = {}): void {
  add(name, MetricUnit.Count, value, dimensions);
}

export function milliseconds(name: string, ms: number, dimensions: Record<string, string> = {}): void {
  add(name, MetricUnit.Milliseconds, ms, dimensions);
}

function add(name: string, unit: (typeof MetricUnit)[keyof typeof MetricUnit], value: number, dimensions: Record<string, string>): void {
  if (Object.keys(dimensions).length === 0) {
    metrics.addMetric(name, unit, value);
    return;
  }
  // A dimensioned value goes out on its own, so its dimensions never stick to the invocation's other metrics.
  const single = metrics.singleMetric();
  for (const [k, v] of Object.entries(dimensions)) single.addDimension(k, v);
  single.addMetric(name, unit, value);
}
