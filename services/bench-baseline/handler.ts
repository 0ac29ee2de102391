/**
 * Benchmark baseline (not a product function): the same HTTP stack as the budget gate (JWT auth, role check, JSON +
 * zod) doing exactly one GetItem of the project item, so `pnpm bench` can compare the gate with the cheapest
 * possible handler on the same table. Answers 404 unless BENCH_BASELINE_ENABLED=1 (set only by `pnpm bench` for its own stack).
 */
import { getProject } from '@gov/adapters';
import { ApiError, byEventSource, httpRouter } from '@gov/http';
import { benchRoutes } from '@gov/schemas';

export const http = httpRouter(benchRoutes, {
  'POST /v1/bench/baseline': async ({ body }) => {
    if (process.env.BENCH_BASELINE_ENABLED !== '1') throw new ApiError(404, 'NOT_FOUND', '未找到接口');
    const p = await getProject(body.projectId);
    if (!p) throw new ApiError(404, 'PROJECT_NOT_FOUND', '项目不存在');
    return { status: 200, body: { id: p.id, version: p.version } };
  },
});

export const handler = byEventSource({ http });
