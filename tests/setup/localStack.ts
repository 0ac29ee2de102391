import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../infra/local/stack.js';

/** The whole local system, as `pnpm start` runs it, on ports of its own. */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    ports: { http: 13000, lambda: 13002, dynamodb: 18100, sqs: 19424 },
    output: { logDir: resolve(import.meta.dirname, '../../.local/logs/e2e') },
    buildFolder: '.esbuild-e2e',
    log: () => {},
  });
  project.provide('stack', { baseUrl: stack.baseUrl, env: stack.env, queues: stack.queues });
  return () => stack.stop();
}
