/**
 * Initial JavaScript of the console's sign-in and list pages, gzipped: the entry chunk plus the route's lazy chunk and
 * everything they import statically (Vite's manifest), beside the baseline of all the console's JavaScript (what
 * one unsplit bundle would make every page load). Target: <= 350 KB per page (issue 11).
 * Then the lists' first page with 10,000 projects in Chromium beside a static page of the same size (./consolePages.ts;
 * BENCH_CONSOLE_PAGES=0 skips it, e.g. on a machine without Chromium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './harness.js';
import { CONSOLE_DIST, ensureConsoleBuilt } from '../infra/local/consoleServer.js';
import { run as firstPages } from './consolePages.js';

export const name = 'console';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const gz = (file: string) => gzipSync(readFileSync(join(CONSOLE_DIST, file))).length;

export async function run(): Promise<BenchResult[]> {
  ensureConsoleBuilt(() => {});
  const manifest: Record<string, Chunk> = JSON.parse(readFileSync(join(CONSOLE_DIST, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const k of keys) if (!seen.has(k)) { seen.add(k); closure(manifest[k].imports ?? [], seen); }
    return seen;
  };
  const kb = (keys: Set<string>) => [...keys].filter((k) => manifest[k].file.endsWith('.js')).reduce((s, k) => s + gz(manifest[k].file), 0) / 1024;
  const all = new Set(Object.keys(manifest).filter((k) => manifest[k].file.endsWith('.js')));
  const baseline = kb(all);
  const sizes: BenchResult[] = [
    ['sign-in page (开发登录)', 'src/pages/Login.tsx'],
    ['list page (我的项目)', 'src/pages/MyProjects.tsx'],
  ].map(([label, page]) => {
    const keys = closure([entry, page]);
    return { name: `initial JS, ${label}`, value: kb(keys), unit: 'KB gzip', target: { max: 350 }, note: `${keys.size} chunks; all console JS (unsplit baseline) ${baseline.toFixed(0)} KB gzip` };
  });
  return process.env.BENCH_CONSOLE_PAGES === '0' ? sizes : [...sizes, ...(await firstPages())];
}
