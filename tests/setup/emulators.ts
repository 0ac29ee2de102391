import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../infra/local/stack.js';
import { INTEGRATION_PORTS } from './ports.js';

/** DynamoDB Local and the SQS emulator with the tables and queues of serverless.yml; no functions. */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    ports: INTEGRATION_PORTS,
    emulatorsOnly: true,
    output: { logDir: resolve(import.meta.dirname, '../../.local/logs/integration') },
    log: () => {},
  });
  project.provide('stack', { baseUrl: stack.baseUrl, env: stack.env, queues: stack.queues });
  return () => stack.stop();
}
