/** Packages stage prod once for the deploy suite (about 40-60 s); the tests read the folder it leaves. */
import { resolve } from 'node:path';
import { packageStage } from '../../infra/deploy/packageStage.js';

export const DEPLOY_DIR = resolve(import.meta.dirname, '../../.local/deploy-check/test-prod');

export default async function setup(): Promise<void> {
  // A developer's JWT_SECRET must not reach a deployed stage's template, so the package runs with one set.
  await packageStage('prod', 'cn-north-1', DEPLOY_DIR, { ...process.env, JWT_SECRET: 'gov-it-lifecycle-local-development-secret-not-for-production' });
}
