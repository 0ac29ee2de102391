/**
 * `pnpm deploy:console [--stage prod] [--region cn-north-1] [--dry-run]`: builds packages/console and uploads it to
 * the deployed stage's console bucket with the AWS CLI (credentials of the deploying shell), after
 * `npx serverless deploy` created the bucket and distribution. `--dry-run` prints the commands instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { consoleUploadCommands, siteOutputs, stackName } from './deploy/consoleUpload.js';
import { ROOT } from './local/serverlessConfig.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const stage = arg('--stage', process.env.DEPLOY_STAGE ?? 'dev');
const region = arg('--region', process.env.DEPLOY_REGION ?? 'cn-north-1');
const dryRun = process.argv.includes('--dry-run');
if (stage === 'local') throw new Error('stage local has no console site: `pnpm start` serves the console');

execFileSync('pnpm', ['--filter', '@gov/console', 'build'], { cwd: ROOT, stdio: 'inherit' });
const stack = stackName('gov-it-lifecycle', stage);
const site = dryRun
  ? { bucket: `<ConsoleBucketName of ${stack}>`, distributionId: `<ConsoleDistributionId of ${stack}>` }
  : siteOutputs(JSON.parse(execFileSync('aws', ['cloudformation', 'describe-stacks', '--region', region, '--stack-name', stack, '--output', 'json'], { encoding: 'utf8' })));
for (const command of consoleUploadCommands({ ...site, region, dist: resolve(ROOT, 'packages/console/dist') })) {
  console.log(`aws ${command.join(' ')}`);
  if (!dryRun) execFileSync('aws', command, { stdio: 'inherit' });
}
