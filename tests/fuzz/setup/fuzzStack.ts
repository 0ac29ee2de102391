import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../../infra/local/stack.js';

/**
 * The whole local system for the fuzz suite, as tests/setup/localStack.ts starts it for e2e but on ports and a build
 * folder of its own: `pnpm test` runs the e2e and fuzz projects in one process, and vitest starts every project's
 * global setup up front, so sharing e2e's ports would make the second stack fail to start. TEST_PORT_OFFSET shifts
 * them like every other test stack (load: 14000/18200/19524, faults: 15000/18300/19624).
 */
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
export const FUZZ_PORTS = { http: 16000 + offset, lambda: 16002 + offset, dynamodb: 18400 + offset, sqs: 19724 + offset };

export default async function setup(project: TestProject) {
  const stack = await startStack({
    ports: FUZZ_PORTS,
    output: { logDir: resolve(import.meta.dirname, `../../../.local/logs/fuzz${offset ? `-${offset}` : ''}`) },
    buildFolder: `.esbuild-fuzz${offset ? `-${offset}` : ''}`,
    log: () => {},
  });
  project.provide('stack', { baseUrl: stack.baseUrl, env: stack.env, queues: stack.queues });
  return () => stack.stop();
}
