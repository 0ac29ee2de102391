/**
 * Overdue-scan benchmark on DynamoDB Local: the acceptance-tracker's daily scan (runDailyScan, the code the schedule
 * runs) over a library of 10,000 projects, then of 100,000, each time with the same number (100) of overdue
 * obligations among them. Every project of the library has a state item and an open obligation in the due-date
 * index that is not due yet, so the index itself is as large as the library. A warm-up scan runs first (not
 * reported) so that neither measurement pays for JIT compilation or first connections.
 * Target: time(100k) / time(10k) < 2 — the cost follows what is due, not the size of the library.
 */
import { resolve } from 'node:path';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startStack } from '../infra/local/stack.js';
import type { BenchResult } from './harness.js';

export const name = 'scan';

const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const PORTS = { http: 0, lambda: 0, dynamodb: 28200 + offset, sqs: 29524 + offset };
const SMALL = Number(process.env.BENCH_SCAN_SMALL ?? 10_000);
const LARGE = Number(process.env.BENCH_SCAN_LARGE ?? 100_000);
const DUE = 100;

export async function run(): Promise<BenchResult[]> {
  const stack = await startStack({ ports: PORTS, emulatorsOnly: true, output: { logDir: resolve(import.meta.dirname, '../.local/logs/bench-scan') }, log: () => {} });
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'error' });
    const { resetClients, dynamo, obligationItem, saveProject, projectsTable, txItemsOf } = await import('@gov/adapters');
    resetClients(); // a module run earlier in this process may have built the clients for its own stack
    const { recomputeProject, runDailyScan } = await import('@gov/domain');
    const { awsDeps } = await import('../services/wiring.js');
    const { storedProject } = await import('../tests/unit/domain/fixtures.js');
    const table = projectsTable();

    async function batchWrite(items: Record<string, unknown>[]): Promise<void> {
      const chunks: Record<string, unknown>[][] = [];
      for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
      const worker = async () => {
        for (let c = chunks.shift(); c; c = chunks.shift()) {
          let req: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = { [table]: c.map((Item) => ({ PutRequest: { Item } })) };
          while (req && Object.keys(req).length) {
            const r = await dynamo().send(new BatchWriteCommand({ RequestItems: req }));
            req = r.UnprocessedItems as typeof req;
          }
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
    }

    /** n library projects (state + a not-yet-due open obligation of the index), ids from `from`. */
    async function seedLibrary(from: number, n: number): Promise<void> {
      const step = 5_000;
      for (let s = from; s < from + n; s += step) {
        const items: Record<string, unknown>[] = [];
        for (let i = s; i < Math.min(from + n, s + step); i++) {
          const id = `lib-${i}`;
          const dept = `D${i % 200}`;
          items.push({ pk: `PROJECT#${id}`, sk: 'STATE', id, version: 1, jurisdiction: 'shandong', departmentId: dept, status: 'in_library', jurKey: 'shandong', deptKey: `shandong#${dept}`, createdKey: `2026-01-01T00:00:00.000Z#${id}` });
          const base = { subject: 'project' as const, subjectId: id, projectId: id, jurisdiction: 'shandong', departmentId: dept, scan: 'tracker' as const, provisional: false, obligation: '提交竣工验收申请报告' };
          items.push(obligationItem({ ...base, ruleId: 'SD-23-apply-3m', key: 'main', due: `2027-0${1 + (i % 9)}-15`, state: 'open' }));
        }
        await batchWrite(items);
      }
    }

    /** DUE real projects whose acceptance application is overdue on `on`, written as the tracker writes them. */
    async function seedDue(tag: string, on: string): Promise<void> {
      const work = Array.from({ length: DUE }, (_, i) => i);
      const worker = async () => {
        for (let i = work.shift(); i !== undefined; i = work.shift()) {
          const p0 = storedProject('shandong', { id: `due-${tag}-${i}`, version: 1, departmentId: `D${i % 200}` }, { dates: { constructionCompleted: '2026-01-30' }, status: { reviews: { 省政务服务管理办公室审核意见: 'pass' } } } as never);
          const diff = recomputeProject(p0, '2026-02-01');
          await saveProject({ ...p0, tracking: diff.tracking }, { projectId: p0.id, seq: 1, type: 'seeded', actor: 'bench', at: new Date().toISOString(), payload: {} }, 0, diff.writes.flatMap(txItemsOf));
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
    }

    /** The tag's 100 are accepted: their obligations are written met and leave the index. */
    async function markMet(tag: string): Promise<void> {
      const met: Record<string, unknown>[] = [];
      for (let i = 0; i < DUE; i++) {
        met.push(obligationItem({ subject: 'project', subjectId: `due-${tag}-${i}`, projectId: `due-${tag}-${i}`, jurisdiction: 'shandong', departmentId: `D${i % 200}`, scan: 'tracker', provisional: false, obligation: '提交竣工验收申请报告', ruleId: 'SD-23-apply-3m', key: 'main', due: '2026-04-30', state: 'met', metOn: '2026-06-02' }));
      }
      await batchWrite(met);
    }

    async function scanOnce(tag: string, on: string) {
      await seedDue(tag, on);
      const r = await runDailyScan(awsDeps(), 'tracker', on, new Date(), ['shandong']);
      if (r.flagsRaised !== DUE || r.due !== DUE) throw new Error(`scan ${tag} read ${r.due} due items and raised ${r.flagsRaised} flags, expected ${DUE}`);
      await markMet(tag);
      return r;
    }

    const seeded = performance.now();
    await seedLibrary(0, SMALL);
    const smallSeedMs = performance.now() - seeded;
    await scanOnce('w', '2026-05-31'); // warm-up
    const small = await scanOnce('a', '2026-06-01');
    const grown = performance.now();
    await seedLibrary(SMALL, LARGE - SMALL);
    const seedMs = smallSeedMs + performance.now() - grown;
    const large = await scanOnce('b', '2026-06-02');

    return [
      { name: `daily overdue scan, ${SMALL.toLocaleString('en-US')} projects, ${DUE} due`, value: small.ms, unit: 'ms', note: `${small.due} index items read, ${small.flagsRaised} flags raised (read + transaction each)` },
      { name: `daily overdue scan, ${LARGE.toLocaleString('en-US')} projects, ${DUE} due`, value: large.ms, unit: 'ms', note: `${large.due} index items read, ${large.flagsRaised} flags raised; seeding took ${(seedMs / 1000).toFixed(0)} s` },
      { name: `scan time ${LARGE / 1000}k / ${SMALL / 1000}k`, value: large.ms / small.ms, unit: 'x', target: { max: 2 } },
    ];
  } finally {
    await stack.stop();
  }
}
