/** One JSON line per event, so that an operator can follow what happened (and grep for it). */
export function log(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const min = process.env.LOG_LEVEL === 'error' ? 2 : process.env.LOG_LEVEL === 'warn' ? 1 : 0;
  const rank = level === 'error' ? 2 : level === 'warn' ? 1 : 0;
  if (rank < min) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}
