/**
 * Consumed capacity per lifecycle step on DynamoDB Local (decision 090 §4): projects of the jinjiang fixture go
 * through the code the services run (submit, classify, pre-review, the reviewer's decision → in_library) against
 * awsDeps(), with `ReturnConsumedCapacity: INDEXES` added to every DynamoDB call by a client middleware. Read and
 * write units are summed per step, split into the table and each index, averaged per project.
 * Target: write units per admitted project ≤ a third of the figure before the index projections were narrowed
 * (BEFORE_WCU, measured with this module on the earlier code; docs/benchmarks.md).
 */
import { resolve } from 'node:path';
import { startStack } from '../infra/local/stack.js';
import type { BenchResult } from './harness.js';

export const name = 'capacity';

const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const PORTS = { http: 0, lambda: 0, dynamodb: 28300 + offset, sqs: 29624 + offset };
const PROJECTS = Number(process.env.BENCH_CAPACITY_PROJECTS ?? 20);
/** Write units per admitted project before decision 090 (all-attribute projections), from this module. */
const BEFORE_WCU = Number(process.env.BENCH_CAPACITY_BEFORE_WCU ?? 0);

interface Units { read: number; write: number; byTarget: Record<string, number> }
const STEPS = ['submit', 'classify', 'pre-review', 'review'] as const;
type Step = (typeof STEPS)[number];
const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'ScanCommand', 'TransactGetItemsCommand', 'GetCommand', 'BatchGetCommand', 'TransactGetCommand']);

export async function run(): Promise<BenchResult[]> {
  const stack = await startStack({ ports: PORTS, emulatorsOnly: true, output: { logDir: resolve(import.meta.dirname, '../.local/logs/bench-capacity') }, log: () => {} });
  try {
    Object.assign(process.env, stack.env, { LOG_LEVEL: 'error' });
    const { resetClients, dynamo } = await import('@gov/adapters');
    resetClients();
    const { classifyProject, preReviewProject, recordReview, submitApplication } = await import('@gov/domain');
    const { applicationSchema } = await import('@gov/schemas');
    const { jinjiangBuildNeeds } = await import('../tests/support/applications.js');
    const { awsDeps } = await import('../services/wiring.js');

    const units = Object.fromEntries(STEPS.map((s) => [s, { read: 0, write: 0, byTarget: {} }])) as Record<Step, Units>;
    let current: Step = 'submit';
    dynamo().middlewareStack.add(
      (next, context) => async (args) => {
        (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'INDEXES';
        const out = await next(args);
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        const list = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as { CapacityUnits?: number; Table?: { CapacityUnits?: number }; GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }> }[];
        const kind = READS.has(context.commandName ?? '') ? 'read' : 'write';
        for (const c of list) {
          const u = units[current];
          u[kind] += c.CapacityUnits ?? 0;
          const add = (k: string, v = 0) => (u.byTarget[`${kind} ${k}`] = (u.byTarget[`${kind} ${k}`] ?? 0) + v);
          add('table', c.Table?.CapacityUnits ?? c.CapacityUnits);
          for (const [index, gu] of Object.entries(c.GlobalSecondaryIndexes ?? {})) add(index, gu.CapacityUnits);
        }
        return out;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );

    const deps = awsDeps();
    const dept = { sub: 'bench-dept', role: 'department' as const, dept: 'D001', jur: 'jinjiang' };
    const bureau = { sub: 'bench-reviewer', role: 'bureau' as const, jur: 'jinjiang' };
    const now = new Date();
    let admitted = 0;
    for (let i = 0; i < PROJECTS; i++) {
      current = 'submit';
      const { project } = await submitApplication(deps, dept, applicationSchema.parse(jinjiangBuildNeeds({ name: `锦江区基层治理信息系统建设项目${i}` })), undefined, now);
      current = 'classify';
      await classifyProject(deps, project.id, now);
      current = 'pre-review';
      await preReviewProject(deps, project.id, now);
      current = 'review';
      const p = (await deps.projects.get(project.id))!;
      const decisions = (p.preReview?.reviewerTasks ?? []).map((t) => ({ ruleId: t.ruleId, result: 'pass' as const }));
      const reviewed = await recordReview(deps, bureau, project.id, { decisions, reviews: {} } as never, now);
      if (reviewed.status === 'in_library') admitted++;
    }
    if (admitted !== PROJECTS) throw new Error(`only ${admitted} of ${PROJECTS} projects reached the library`);

    const per = (v: number) => v / PROJECTS;
    const results: BenchResult[] = [];
    for (const s of STEPS) {
      const u = units[s];
      const split = Object.entries(u.byTarget).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${per(v).toFixed(1)}`).join(', ');
      results.push({ name: `${s}: write units per project`, value: per(u.write), unit: 'WCU', note: split });
      results.push({ name: `${s}: read units per project`, value: per(u.read), unit: 'RCU' });
    }
    const total = per(STEPS.reduce((n, s) => n + units[s].write, 0));
    results.push({
      name: 'write units per admitted project (4 steps)',
      value: total,
      unit: 'WCU',
      ...(BEFORE_WCU ? { target: { max: BEFORE_WCU / 3 }, note: `before: ${BEFORE_WCU} WCU; target a third` } : {}),
    });
    results.push({ name: 'read units per admitted project (4 steps)', value: per(STEPS.reduce((n, s) => n + units[s].read, 0)), unit: 'RCU' });
    return results;
  } finally {
    await stack.stop();
  }
}
