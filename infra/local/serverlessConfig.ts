/** The resolved serverless.yml (`serverless print`), the one source of truth for local tables, queues and pollers. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SERVERLESS_BIN = resolve(ROOT, 'node_modules/.bin/serverless');

export interface ResolvedConfig {
  service: string;
  provider: { environment: Record<string, string> };
  functions: Record<string, { handler: string; events?: Record<string, any>[] }>;
  resources: { Resources: Record<string, { Type: string; Properties: Record<string, any> }> };
}

export async function resolvedConfig(stage: string, env: NodeJS.ProcessEnv): Promise<ResolvedConfig> {
  const { stdout } = await promisify(execFile)(SERVERLESS_BIN, ['print', '--format', 'json', '--stage', stage, '--region', 'us-east-1'], {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}
