/** What every benchmark module exports, and the timing loop they share. */

export interface BenchResult {
  /** The measurement, e.g. `full evaluation, 5 jurisdictions (@gov/rules)`. */
  name: string;
  value: number;
  /** `evaluations/s`, `requests/s`, `x` (a ratio), `ms` … */
  unit: string;
  /** The same measurement per CPU second of this process (for rates measured on a shared machine). */
  cpuValue?: number;
  /** Checked as PASS / BELOW (never fails the run: machines are shared and noisy). */
  target?: { min: number } | { max: number };
  /** Work per operation, what a ratio divides, configuration … */
  note?: string;
}

/** A module under bench/: `export const name` and `export async function run()`; list it in bench/run.ts. */
export interface BenchModule {
  name: string;
  run(): Promise<BenchResult[]>;
}

export interface Timing {
  ops: number;
  /** Wall-clock milliseconds of the timed part. */
  ms: number;
  /** Operations per wall-clock second. */
  perSecond: number;
  /** CPU milliseconds this process used meanwhile (user + system, all its threads). */
  cpuMs: number;
  /** Operations per CPU second: less sensitive to other processes competing for the cores. */
  perCpuSecond: number;
}

export interface TimingOptions {
  warmupMs?: number;
  budgetMs?: number;
}

/**
 * Seconds per measurement: BENCH_SECONDS (default 2.5); warm-up half of it, at least 1 s (on a loaded machine a
 * shorter warm-up still times the optimising compiler's work).
 */
export function defaultTiming(): Required<TimingOptions> {
  const s = Number(process.env.BENCH_SECONDS ?? '2.5');
  const budgetMs = Number.isFinite(s) && s > 0 ? s * 1000 : 2500;
  return { warmupMs: Math.max(1000, budgetMs / 2), budgetMs };
}

/** Values the timed code returns are folded in here so that nothing can be optimised away. */
export let sink = 0;
export function consume(v: unknown): void {
  sink = (sink + (typeof v === 'string' ? v.length : v ? 1 : 0)) | 0;
}

/**
 * Calls `round()` (which performs `opsPerRound` operations) until the budget is spent, after a warm-up of the same,
 * and reports operations per second over the timed part only.
 */
export function timeSync(round: () => void, opsPerRound: number, o: TimingOptions = {}): Timing {
  const { warmupMs, budgetMs } = { ...defaultTiming(), ...o };
  const loop = (ms: number): Timing => {
    let rounds = 0;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let now = start;
    do {
      round();
      rounds++;
      now = performance.now();
    } while (now - start < ms);
    const cpu = process.cpuUsage(cpu0);
    return timing(rounds * opsPerRound, now - start, (cpu.user + cpu.system) / 1000);
  };
  loop(warmupMs);
  return loop(budgetMs);
}

/** As timeSync, for operations that return a promise (awaited one after another, never overlapped). */
export async function timeAsync(round: () => Promise<void>, opsPerRound: number, o: TimingOptions = {}): Promise<Timing> {
  const { warmupMs, budgetMs } = { ...defaultTiming(), ...o };
  const loop = async (ms: number): Promise<Timing> => {
    let rounds = 0;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let now = start;
    do {
      await round();
      rounds++;
      now = performance.now();
    } while (now - start < ms);
    const cpu = process.cpuUsage(cpu0);
    return timing(rounds * opsPerRound, now - start, (cpu.user + cpu.system) / 1000);
  };
  await loop(warmupMs);
  return loop(budgetMs);
}

function timing(ops: number, ms: number, cpuMs: number): Timing {
  return { ops, ms, perSecond: (ops * 1000) / ms, cpuMs, perCpuSecond: (ops * 1000) / cpuMs };
}
