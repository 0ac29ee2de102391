/**
 * `pnpm bench [name …]`: runs every benchmark module listed below, one after another in this process, and prints one
 * table (each rate per wall-clock second and per CPU second of this process). A module exports `name` and `run(): Promise<BenchResult[]>` (bench/harness.ts); to add one (e.g.
 * bench/gate.bench.ts for the HTTP gate), import it and append it to MODULES. Targets are reported as PASS / BELOW
 * and never fail the run; a module that throws (e.g. a baseline that no longer gives the same answers) does: the
 * remaining modules still run, then the process exits 1.
 */
import { cpus, loadavg } from 'node:os';
import type { BenchModule, BenchResult } from './harness.js';
import * as rules from './rules.bench.js';
import * as gate from './gate.bench.js';
import * as scan from './scan.bench.js';
import * as consoleSize from './console.bench.js';
import * as coldstart from './coldstart.bench.js';
import * as capacity from './capacity.bench.js';

const MODULES: readonly BenchModule[] = [rules, gate, scan, capacity, coldstart, consoleSize];

function formatValue(r: Pick<BenchResult, 'value' | 'unit'>): string {
  if (r.unit === 'x') return `${r.value >= 10 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(1)} x`;
  const v = r.value >= 100 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(2);
  return `${v} ${r.unit}`;
}

function meets(r: BenchResult, v: number | undefined): string {
  if (!r.target || v === undefined) return '';
  if ('min' in r.target) return v >= r.target.min ? 'PASS' : 'BELOW';
  return v <= r.target.max ? 'PASS' : 'ABOVE';
}

function targetText(r: BenchResult): string {
  if (!r.target) return '';
  return 'min' in r.target ? `>= ${formatValue({ value: r.target.min, unit: r.unit })}` : `<= ${formatValue({ value: r.target.max, unit: r.unit })}`;
}

/** Display width: CJK characters take two columns. */
const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number, right = false): string => (right ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))));

function table(rows: string[][], rightAligned: number[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], rightAligned.includes(i))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = only.length ? MODULES.filter((m) => only.includes(m.name)) : MODULES;
  if (!selected.length) throw new Error(`no benchmark named ${only.join(', ')}; have: ${MODULES.map((m) => m.name).join(', ')}`);

  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`bench: ${new Date().toISOString()}  node ${process.version}  ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})  load average ${load}`);
  console.log(`modules: ${selected.map((m) => m.name).join(', ')}  (BENCH_SECONDS=${process.env.BENCH_SECONDS ?? '2.5'} per measurement)\n`);

  // result: per wall-clock second; per CPU-s: per second of CPU this process got (the machine may be shared).
  const rows: string[][] = [['benchmark', 'measurement', 'result', 'status', 'per CPU-s', 'status', 'target', 'note']];
  const failures: string[] = [];
  for (const m of selected) {
    try {
      const results = await m.run();
      for (const r of results) {
        const cpu = r.cpuValue === undefined ? '' : formatValue({ value: r.cpuValue, unit: r.unit });
        rows.push([m.name, r.name, formatValue(r), meets(r, r.value), cpu, meets(r, r.cpuValue), targetText(r), r.note ?? '']);
      }
    } catch (e) {
      failures.push(`${m.name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      rows.push([m.name, 'FAILED', '', 'ERROR', '', '', '', e instanceof Error ? e.message.split('\n')[0] : String(e)]);
    }
  }
  console.log(table(rows, [2, 4]));
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (failures.length) {
    console.error(`\n${failures.length} benchmark module(s) failed:\n${failures.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
