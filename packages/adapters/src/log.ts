/**
 * One JSON line per event on stdout (CloudWatch Logs in the cloud), so that an operator can follow what happened and
 * grep for it. `audit` lines (budget-gate checks) are never filtered by LOG_LEVEL.
 */
export type LogLevel = 'info' | 'warn' | 'error' | 'audit';

const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, audit: 3 };

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const min = process.env.LOG_LEVEL === 'error' ? 2 : process.env.LOG_LEVEL === 'warn' ? 1 : 0;
  if (RANK[level] < min) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
