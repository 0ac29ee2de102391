/** `serverless package` for one stage into a folder of its own, without AWS credentials. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, SERVERLESS_BIN } from '../local/serverlessConfig.js';
import type { Template } from './cfnSpec.js';

export interface Packaged {
  stage: string;
  region: string;
  dir: string;
  template: Template;
  /** The template as written, for greps. */
  text: string;
}

export async function packageStage(stage: string, region: string, dir: string, env: NodeJS.ProcessEnv = process.env): Promise<Packaged> {
  await promisify(execFile)(SERVERLESS_BIN, ['package', '--stage', stage, '--region', region, '--package', dir], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    env: {
      ...env,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_PROFILE: '',
      // Its own esbuild work folder, so a package run never collides with a running local stack's build.
      ESBUILD_WORK_FOLDER: `.esbuild-package-${stage}`,
    },
  });
  const text = readFileSync(resolve(dir, 'cloudformation-template-update-stack.json'), 'utf8');
  return { stage, region, dir, template: JSON.parse(text), text };
}

export const LOCAL_STAGE = 'local';
