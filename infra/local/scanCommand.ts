/**
 * `pnpm scan <job> [--date YYYY-MM-DD]`: what to invoke. A scan runs the scheduled function itself through
 * serverless-offline's Lambda endpoint with the schedule's own input (plus `on`), so it is the code path of the
 * cron events in serverless.yml — handler, wiring, DynamoDB and SQS of the running stack — not a re-implementation.
 */
import { DEV_PORTS } from './stack.js';

/** The scheduled jobs, by the name the command takes; `fn` is the function key in serverless.yml. */
export const SCAN_JOBS = {
  deadlines: { fn: 'acceptanceTracker', job: 'daily-deadline-scan', title: '期限扫描(逾期义务 → 预警)' },
  filing: { fn: 'filing', job: 'daily-filing-scan', title: '备案扫描(逾期备案 → 预警)' },
} as const;
export type ScanName = keyof typeof SCAN_JOBS;

export const SCAN_USAGE = `用法 / usage: pnpm scan ${Object.keys(SCAN_JOBS).join('|')} [--date YYYY-MM-DD]   (LAMBDA_PORT 默认 ${DEV_PORTS.lambda})`;

export class ScanUsageError extends Error {}

export interface ScanInvocation {
  name: ScanName;
  title: string;
  url: string;
  event: { job: string; on: string };
}

const isRealDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** Today in Asia/Shanghai, the schedule's own default. */
export const shanghaiToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export function scanInvocation(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, service: string, now = new Date()): ScanInvocation {
  const [name, ...rest] = argv;
  if (!name || !(name in SCAN_JOBS)) throw new ScanUsageError(`未知的扫描任务 "${name ?? ''}"`);
  let on = shanghaiToday(now);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = a.startsWith('--date=') ? a.slice('--date='.length) : a === '--date' ? rest[++i] : undefined;
    if (value === undefined) throw new ScanUsageError(`未知的参数 "${a}"`);
    if (!isRealDate(value)) throw new ScanUsageError(`--date 应为有效日期 YYYY-MM-DD,收到 "${value}"`);
    on = value;
  }
  const portText = env.LAMBDA_PORT ?? String(DEV_PORTS.lambda);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ScanUsageError(`LAMBDA_PORT 无效:"${portText}"`);
  const job = SCAN_JOBS[name as ScanName];
  return {
    name: name as ScanName,
    title: job.title,
    url: `http://127.0.0.1:${port}/2015-03-31/functions/${service}-local-${job.fn}/invocations`,
    event: { job: job.job, on },
  };
}
