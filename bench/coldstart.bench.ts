/**
 * Cold start: each deployed function's bundle size, and its module initialisation (the `require` of the bundle in
 * a fresh Node process, as Lambda's init phase does) against a bare handler bundle that creates a DynamoDB client,
 * built the same way and measured in the same run, alternating, median of BENCH_COLDSTART_RUNS (default 9).
 * The environment is a Lambda one (AWS_EXECUTION_ENV, so Tracer is active) with serverless.yml's NODE_OPTIONS.
 * The AWS SDK is not bundled (decision 032): both sides load it from node_modules, as they would from the runtime.
 * Targets: bundle <= 500 KB, initialisation <= 1.3 x the bare handler's.
 * BENCH_COLDSTART_PARTS=N adds each bundle's N largest parts (packages, workspace folders; esbuild metafile) to its note.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import type { BenchResult } from './harness.js';
import { buildBundles, ROOT, serverlessConfig, type Bundle } from './coldstart/bundles.js';

export const name = 'coldstart';

const RUNS = Number(process.env.BENCH_COLDSTART_RUNS ?? 9);
const MAX_KB = 500;
const MAX_RATIO = 1.3;
const PARTS = Number(process.env.BENCH_COLDSTART_PARTS ?? 0);

const partsNote = (b: Bundle) => b.parts.slice(0, PARTS).map(([p, bytes]) => `${p} ${(bytes / 1024).toFixed(0)} KB`).join(', ');

/** Milliseconds the require of one bundle takes in a new process. */
function initMs(b: Bundle, env: NodeJS.ProcessEnv): number {
  const script = `const t=performance.now();require(${JSON.stringify(b.file)});process.stdout.write(String(performance.now()-t))`;
  return Number(execFileSync(process.execPath, ['-e', script], { env, cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  const { functions, bare } = await buildBundles(resolve(ROOT, '.local/bench-coldstart'));
  const nodeOptions = serverlessConfig().provider.environment.NODE_OPTIONS ?? '';
  // The runtime provides every @aws-sdk package; here they resolve from the workspace packages that depend on them
  // (the root node_modules lacks e.g. @aws-sdk/s3-request-presigner, a dependency of @gov/adapters only).
  const sdkPaths = readdirSync(resolve(ROOT, 'packages')).map((p) => resolve(ROOT, 'packages', p, 'node_modules'));
  const env = {
    PATH: process.env.PATH,
    NODE_PATH: sdkPaths.join(delimiter),
    NODE_OPTIONS: nodeOptions,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: 'coldstart-bench',
    AWS_REGION: 'cn-north-1',
    POWERTOOLS_SERVICE_NAME: 'gov-it-lifecycle',
    PROJECTS_TABLE: 'coldstart-bench',
  };
  const all = [bare, ...functions];
  const times = new Map<string, number[]>(all.map((b) => [b.name, []]));
  initMs(bare, env); // the first process warms the file cache for everyone, not only for whoever went first
  for (let i = 0; i < RUNS; i++) for (const b of all) times.get(b.name)!.push(initMs(b, env));
  const bareMs = median(times.get(bare.name)!);
  const results: BenchResult[] = [
    { name: 'bare handler init (DynamoDB client)', value: bareMs, unit: 'ms', note: `${(bare.bytes / 1024).toFixed(0)} KB, median of ${RUNS}, NODE_OPTIONS=${nodeOptions || '(none)'}` },
  ];
  for (const f of functions) {
    const ms = median(times.get(f.name)!);
    results.push({ name: `${f.name} bundle`, value: f.bytes / 1024, unit: 'KB', target: { max: MAX_KB }, ...(PARTS ? { note: partsNote(f) } : {}) });
    results.push({ name: `${f.name} init / bare`, value: ms / bareMs, unit: 'x', target: { max: MAX_RATIO }, note: `${ms.toFixed(1)} ms vs ${bareMs.toFixed(1)} ms` });
  }
  return results;
}
