/**
 * `pnpm deploy:check [--stage prod] [--region cn-north-1]`: packages a deployable stage offline, validates its
 * template against the CloudFormation resource specification and asserts what issue 12 asks of it (secrets,
 * endpoint, partition, stage rules, alarms, least privilege). Exits 1 on any finding.
 */
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ROOT } from './local/serverlessConfig.js';
import { CHECKS, stageFindings } from './deploy/checks.js';
import { validateTemplate } from './deploy/cfnSpec.js';
import { LOCAL_STAGE, packageStage } from './deploy/packageStage.js';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const stage = arg('--stage', process.env.DEPLOY_STAGE || 'prod');
const region = arg('--region', process.env.DEPLOY_REGION || 'cn-north-1');
if (stage === LOCAL_STAGE) throw new Error('stage local is not deployable; name a deployed stage');

const started = Date.now();
const p = await packageStage(stage, region, resolve(ROOT, '.local/deploy-check', stage));
const spec = validateTemplate(p.template);
console.log(`packaged ${stage} (${region}) in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.keys(p.template.Resources).length} resources, ${spec.propertiesChecked} properties, ${spec.refs} Refs, ${spec.getAtts} GetAtts checked`);
const localOnly: string[] = parse(readFileSync(resolve(ROOT, 'serverless.yml'), 'utf8')).custom.localOnlyFunctions ?? [];
let failed = 0;
for (const [name, check] of [...Object.entries(CHECKS), ['local-only functions left out', (x: typeof p) => stageFindings(x, localOnly)] as const]) {
  const findings = check(p);
  failed += findings.length;
  console.log(`${findings.length ? 'FAIL' : 'ok  '}  ${name}${findings.map((f) => `\n      ${f}`).join('')}`);
}
if (failed) process.exitCode = 1;
