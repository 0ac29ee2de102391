/**
 * Structured logs through Powertools Logger: one JSON line per event with service, cold start, function request id
 * and the correlation id. `audit` lines (budget-gate checks) are never filtered by LOG_LEVEL.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { currentInvocation } from './context.js';

export type LogLevel = 'info' | 'warn' | 'error' | 'audit';

const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, audit: 3 };

export const SERVICE_NAME = process.env.POWERTOOLS_SERVICE_NAME || 'gov-it-lifecycle';

/** INFO at construction; LOG_LEVEL is applied per line below because tests and benches change it after import. */
export const logger = new Logger({ serviceName: SERVICE_NAME, logLevel: 'INFO' });

function minimumRank(): number {
  const l = (process.env.LOG_LEVEL ?? '').toLowerCase();
  return l === 'error' ? 2 : l === 'warn' ? 1 : 0;
}

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  if (RANK[level] < minimumRank()) return;
  const inv = currentInvocation();
  const extra = { ...fields, ...(inv ? { correlation_id: inv.correlationId } : {}), ...(level === 'audit' ? { audit: true } : {}) };
  if (level === 'error') logger.error(msg, extra);
  else if (level === 'warn') logger.warn(msg, extra);
  else logger.info(msg, extra);
}
