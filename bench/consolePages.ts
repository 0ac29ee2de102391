/**
 * First page of the console's lists with 10,000 projects in the library (issue 11): the department's 我的项目 and the
 * reviewer's 审核队列, loaded in Chromium from a fresh context (cold cache) against the full local stack, timed from
 * navigation start to the first table row in the DOM. Baseline in the same run: a static HTML page of the same size
 * — the rendered page's own DOM (rows and styles), padded to the bytes the console's load fetched (document,
 * scripts, styles, API answers; Resource Timing) — served by the same console server and timed the same way.
 * Target: console ≤ 1.5 × static, medians of BENCH_CONSOLE_RUNS (default 7) alternating runs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { chromium, type Browser } from 'playwright-core';
import { startStack } from '../infra/local/stack.js';
import { CONSOLE_DIST, ensureConsoleBuilt, startConsoleServer } from '../infra/local/consoleServer.js';
import { mintToken } from '../packages/http/src/auth.js';
import type { BenchResult } from './harness.js';

const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const PORTS = { http: 23100 + offset, lambda: 23102 + offset, dynamodb: 28400 + offset, sqs: 29724 + offset };
const CONSOLE_PORT = 23110 + offset;
const PROJECTS = Number(process.env.BENCH_CONSOLE_PROJECTS ?? 10_000);
const RUNS = Number(process.env.BENCH_CONSOLE_RUNS ?? 7);
const DEPARTMENTS = 200;
/** Every PENDING_EVERY-th project waits for review (500 of 10,000), spread through the library. */
const PENDING_EVERY = 20;
const JUR = 'hongshan';
const STATIC_DIR = '__bench';

/** Installed before any page script: the time (ms since navigation start) the first table row enters the DOM. */
const FIRST_ROW_PROBE = `(() => {
  const seen = () => document.querySelector('tbody tr[data-row-key]');
  new MutationObserver((_, o) => { if (!window.__firstRow && seen()) { window.__firstRow = performance.now(); o.disconnect(); } })
    .observe(document, { childList: true, subtree: true });
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function seed(): Promise<void> {
  const { dynamo, projectsTable } = await import('@gov/adapters');
  const { storedProject } = await import('../tests/unit/domain/fixtures.js');
  const table = projectsTable();
  const base = storedProject(JUR);
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const id = `bench-console-${String(i).padStart(5, '0')}`;
    const departmentId = `D${String(i % DEPARTMENTS).padStart(3, '0')}`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const pending = i % PENDING_EVERY === 0;
    const name = `红山区政务信息化示范项目${i}`;
    const p = {
      ...base,
      id,
      version: 1,
      departmentId,
      createdAt: at,
      updatedAt: at,
      status: pending ? 'pending_review' : 'in_library',
      application: { ...base.application, name },
      ...(pending ? { preReview: { reviewerTasks: [{ ruleId: 'HS-06-duplicate', article: '第六条', text: '不支持重复建设' }] } } : {}),
    };
    // The state item as the project store writes it (packages/adapters/src/projectStore.ts stateItem).
    items.push({ ...p, pk: `PROJECT#${id}`, sk: 'STATE', deptKey: `${JUR}#${departmentId}`, jurKey: JUR, createdKey: `${at}#${id}`, projectName: name, existingSystems: [] });
  }
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  const worker = async () => {
    for (let c = chunks.shift(); c; c = chunks.shift()) {
      let req: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = { [table]: c.map((Item) => ({ PutRequest: { Item } })) };
      while (req && Object.keys(req).length) req = (await dynamo().send(new BatchWriteCommand({ RequestItems: req }))).UnprocessedItems as typeof req;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

interface Load {
  firstRowMs: number;
  /** When the list's API answer had arrived (ms since navigation start; 0 for the static page). */
  apiMs: number;
  bytes: number;
  rows: number;
  html?: string;
}

async function load(browser: Browser, url: string, token?: string, capture = false): Promise<Load> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  try {
    if (token) await context.addInitScript((t) => sessionStorage.setItem('gov-console-token', t), token);
    await context.addInitScript(FIRST_ROW_PROBE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow, undefined, { timeout: 60_000 });
    return await page.evaluate((capture) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const bytes = nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0);
      const apiMs = Math.max(0, ...resources.filter((r) => new URL(r.name).pathname.startsWith('/v1/')).map((r) => r.responseEnd));
      const rows = document.querySelectorAll('tbody tr[data-row-key]').length;
      const html = capture ? (() => {
        const doc = document.documentElement.cloneNode(true) as HTMLElement;
        doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((e) => e.remove());
        return `<!doctype html>\n${doc.outerHTML}`;
      })() : undefined;
      return { firstRowMs: (window as unknown as { __firstRow: number }).__firstRow, apiMs, bytes, rows, html };
    }, capture);
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  ensureConsoleBuilt(() => {});
  const stack = await startStack({ ports: PORTS, output: { logDir: resolve(import.meta.dirname, '../.local/logs/bench-console') }, buildFolder: `.esbuild-bench-console${offset ? `-${offset}` : ''}`, log: () => {} });
  const web = await startConsoleServer({ port: CONSOLE_PORT, apiPort: PORTS.http, secret: stack.env.JWT_SECRET, s3Endpoint: stack.env.SQS_ENDPOINT });
  const staticDir = join(CONSOLE_DIST, STATIC_DIR);
  let browser: Browser | undefined;
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'error' });
    const { resetClients } = await import('@gov/adapters');
    resetClients();
    const seeded = performance.now();
    await seed();
    const seedS = (performance.now() - seeded) / 1000;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    mkdirSync(staticDir, { recursive: true });
    const secret = stack.env.JWT_SECRET;
    const pages = [
      { label: "department's list (我的项目)", path: '/projects', token: await mintToken({ sub: 'bench-dept', role: 'department', dept: 'D001', jur: JUR }, { secret }) },
      { label: 'reviewer queue (审核队列)', path: '/review', token: await mintToken({ sub: 'bench-bureau', role: 'bureau', jur: JUR }, { secret }) },
    ];
    const results: BenchResult[] = [];
    for (const p of pages) {
      // A warm-up load (the functions' first invocation, the server's file cache) that also captures the page.
      const first = await load(browser, web.url + p.path, p.token, true);
      if (first.rows === 0) throw new Error(`${p.label}: no rows rendered`);
      const file = `${p.path.slice(1)}.html`;
      const pad = Math.max(0, first.bytes - Buffer.byteLength(first.html!) - 9);
      writeFileSync(join(staticDir, file), `${first.html}<!--${'x'.repeat(pad)}-->\n`);
      const consoleMs: number[] = [];
      const staticMs: number[] = [];
      const apiMs: number[] = [];
      let bytes = 0;
      let staticBytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const c = await load(browser, web.url + p.path, p.token);
        const s = await load(browser, `${web.url}/${STATIC_DIR}/${file}`);
        if (s.rows !== first.rows) throw new Error(`${p.label}: the static page has ${s.rows} rows, the console ${first.rows}`);
        consoleMs.push(c.firstRowMs);
        apiMs.push(c.apiMs);
        staticMs.push(s.firstRowMs);
        bytes = c.bytes;
        staticBytes = s.bytes;
      }
      const [cm, sm] = [median(consoleMs), median(staticMs)];
      results.push({ name: `first page, ${p.label}`, value: cm, unit: 'ms', note: `${first.rows} rows; ${(bytes / 1024).toFixed(0)} KB fetched; API answers in by ${Math.round(median(apiMs))} ms; median of ${RUNS}: ${consoleMs.map(Math.round).join(' ')}` });
      results.push({ name: `static page of the same size (baseline)`, value: sm, unit: 'ms', note: `${(staticBytes / 1024).toFixed(0)} KB; median of ${RUNS}: ${staticMs.map(Math.round).join(' ')}` });
      results.push({ name: `${p.label} / static`, value: cm / sm, unit: 'x', target: { max: 1.5 }, note: `${PROJECTS.toLocaleString('en-US')} projects in ${JUR} (${PROJECTS / PENDING_EVERY} pending review); seeding ${seedS.toFixed(0)} s` });
    }
    return results;
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
    await browser?.close();
    await web.close();
    await stack.stop();
  }
}
