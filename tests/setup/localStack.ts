import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../infra/local/stack.js';
import { E2E_BUILD_FOLDER, E2E_PORTS } from './ports.js';

/** The whole local system, as `pnpm start` runs it, on ports of its own. */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    ports: E2E_PORTS,
    output: { logDir: resolve(import.meta.dirname, `../../.local/logs/e2e${process.env.TEST_PORT_OFFSET ? `-${process.env.TEST_PORT_OFFSET}` : ''}`) },
    buildFolder: E2E_BUILD_FOLDER,
    log: () => {},
  });
  project.provide('stack', { baseUrl: stack.baseUrl, env: stack.env, queues: stack.queues });
  return () => stack.stop();
}
