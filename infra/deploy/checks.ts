/**
 * What a packaged deployable stage must hold (issue 12): each check returns its findings, empty when it holds.
 * Used by `pnpm deploy:check` and by the `deploy` test project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { resolve } from 'node:path';
import { LOCAL_DEV_SECRET } from '../../packages/http/src/auth.js';
import { validateTemplate, type Template } from './cfnSpec.js';
import { privilegeReport } from './permissions.js';
import type { Packaged } from './packageStage.js';
import { readZipEntry } from './zip.js';

type Resources = Template['Resources'];
const ofType = (t: Template, type: string) => Object.entries(t.Resources).filter(([, r]) => r.Type === type);
const props = (r: Resources[string]) => (r.Properties ?? {}) as Record<string, any>;
const mentions = (v: unknown, id: string) => JSON.stringify(v).includes(`"${id}"`);

export function specFindings(p: Packaged): string[] {
  return validateTemplate(p.template).problems;
}

/** No secret in the template: not the local development secret, no JWT_SECRET value; the parameter name instead. */
export function secretFindings(p: Packaged): string[] {
  const out: string[] = [];
  if (p.text.includes(LOCAL_DEV_SECRET)) out.push('the local development JWT secret is in the template');
  for (const [id, r] of ofType(p.template, 'AWS::Lambda::Function')) {
    const vars = props(r).Environment?.Variables ?? {};
    if (vars.JWT_SECRET) out.push(`${id}: JWT_SECRET has a value in the template`);
    if (!vars.JWT_SECRET_PARAMETER) out.push(`${id}: no JWT_SECRET_PARAMETER to read the secret from at run time`);
  }
  return out;
}

export function endpointFindings(p: Packaged): string[] {
  const out: string[] = [];
  for (const [id, r] of ofType(p.template, 'AWS::ApiGateway::RestApi')) {
    const types = props(r).EndpointConfiguration?.Types ?? [];
    if (types.join() !== 'REGIONAL') out.push(`${id}: endpoint types ${JSON.stringify(types)}, not REGIONAL`);
  }
  // ARNs built by hand must use the partition (aws-cn in China), never a literal "arn:aws:".
  if (/"arn:aws:/.test(p.text)) out.push('a literal arn:aws: in the template; use ${AWS::Partition}');
  return out;
}

export function stageFindings(p: Packaged, localOnlyFunctions: readonly string[]): string[] {
  const names = ofType(p.template, 'AWS::Lambda::Function').map(([id]) => id);
  return localOnlyFunctions.filter((f) => names.some((n) => n.toLowerCase() === `${f}LambdaFunction`.toLowerCase())).map((f) => `${f} is deployed to stage ${p.stage}`);
}

export function pipelineFindings(p: Packaged): string[] {
  const out: string[] = [];
  const mappings = ofType(p.template, 'AWS::Lambda::EventSourceMapping');
  // classification, pre-review and the daily scan's fan-out (decision 090 §6).
  if (mappings.length !== 3) out.push(`${mappings.length} SQS mappings, expected 3`);
  for (const [id, r] of mappings) {
    if (!props(r).FunctionResponseTypes?.includes('ReportBatchItemFailures')) out.push(`${id}: no ReportBatchItemFailures`);
    const queue = /"Fn::GetAtt":\["(\w+)"/.exec(JSON.stringify(props(r).EventSourceArn))?.[1];
    if (!queue || !p.template.Resources[queue]?.Properties?.RedrivePolicy) out.push(`${id}: its queue ${queue ?? '?'} has no dead-letter queue`);
  }
  const rules = ofType(p.template, 'AWS::Events::Rule');
  if (rules.length !== 3) out.push(`${rules.length} schedules, expected 3`);
  const invokeConfigs = ofType(p.template, 'AWS::Lambda::EventInvokeConfig');
  for (const [id, r] of rules) {
    for (const target of props(r).Targets ?? []) {
      const fn = /"Fn::GetAtt":\["(\w+)"/.exec(JSON.stringify(target.Arn))?.[1];
      const hasDestination = invokeConfigs.some(([, c]) => mentions(props(c).FunctionName, fn ?? '?') && props(c).DestinationConfig?.OnFailure?.Destination);
      if (!hasDestination) out.push(`${id}: scheduled function ${fn} has no on-failure destination`);
    }
  }
  return out;
}

export function alarmFindings(p: Packaged): string[] {
  const out: string[] = [];
  const alarms = ofType(p.template, 'AWS::CloudWatch::Alarm').map(([, r]) => props(r));
  const topics = ofType(p.template, 'AWS::SNS::Topic').map(([id]) => id);
  if (!topics.length) out.push('no SNS alarm topic');
  for (const a of alarms) if (!topics.some((t) => mentions(a.AlarmActions, t))) out.push(`alarm "${a.AlarmDescription}" notifies no topic`);
  const dlqs = ofType(p.template, 'AWS::SQS::Queue').map(([, r]) => /"Fn::GetAtt":\["(\w+)"/.exec(JSON.stringify(props(r).RedrivePolicy ?? {}))?.[1]).filter(Boolean) as string[];
  for (const dlq of dlqs) {
    if (!alarms.some((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && mentions(a.Dimensions, dlq) && a.Threshold === 0)) out.push(`dead-letter queue ${dlq} has no depth > 0 alarm`);
  }
  for (const [id] of ofType(p.template, 'AWS::Lambda::Function')) {
    for (const metric of ['Errors', 'Throttles']) {
      if (!alarms.some((a) => a.Namespace === 'AWS/Lambda' && a.MetricName === metric && mentions(a.Dimensions, id))) out.push(`${id} has no ${metric} alarm`);
    }
  }
  if (!alarms.some((a) => a.MetricName === 'GateLatency' && a.ExtendedStatistic === 'p99')) out.push('no gate p99 latency alarm');
  for (const job of ['daily-deadline-scan', 'daily-filing-scan']) {
    if (!alarms.some((a) => a.MetricName === 'ScanDuration' && JSON.stringify(a.Dimensions).includes(job))) out.push(`no scan duration alarm for ${job}`);
  }
  if (!ofType(p.template, 'AWS::CloudWatch::Dashboard').length) out.push('no dashboard');
  return out;
}

/** One role per function, and each role's grants against its bundle (infra/deploy/permissions.ts). */
export function privilegeFindings(p: Packaged): string[] {
  const out: string[] = [];
  const functions = ofType(p.template, 'AWS::Lambda::Function');
  const roles = functions.map(([, r]) => JSON.stringify(props(r).Role));
  if (new Set(roles).size !== functions.length) out.push('functions share a role');
  for (const [id, r] of functions) {
    const zip = resolve(p.dir, String(props(r).Code?.S3Key ?? '').split('/').pop() ?? '');
    if (!existsSync(zip)) {
      out.push(`${id}: package ${zip} not found`);
      continue;
    }
    const handlerFile = String(props(r).Handler).replace(/\.[^.]+$/, '');
    const bundle = readZipEntry(zip, (n) => n.startsWith(handlerFile) && /\.c?js$/.test(n));
    if (!bundle) {
      out.push(`${id}: no bundle ${handlerFile} in ${zip}`);
      continue;
    }
    const report = privilegeReport(p.template, id, bundle.text);
    for (const a of report.unused) out.push(`${id}: granted ${a}, which its code does not use`);
    for (const a of report.missing) out.push(`${id}: calls ${a} without a grant`);
    for (const a of report.wildcards) out.push(`${id}: ${a} on Resource "*"`);
  }
  return out;
}

/** The stages serverless.yml names under custom.production (their tables are retained and protected). */
export function productionStages(): string[] {
  const config = parse(readFileSync(resolve(import.meta.dirname, '../../serverless.yml'), 'utf8'));
  return Object.keys(config.custom?.production ?? {});
}

/**
 * Tables of a production stage survive a stack delete or replacement (DeletionPolicy and UpdateReplacePolicy Retain),
 * refuse DeleteTable (DeletionProtectionEnabled) and keep point-in-time recovery; other stages' tables go with the
 * stack. `resources`: a packaged template's or a resolved serverless.yml's.
 */
export function tableRetentionFindings(resources: Resources, production: boolean): string[] {
  const out: string[] = [];
  const policy = production ? 'Retain' : 'Delete';
  const tables = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::DynamoDB::Table');
  if (tables.length === 0) out.push('no DynamoDB table');
  for (const [id, r] of tables) {
    if (r.DeletionPolicy !== policy) out.push(`${id}: DeletionPolicy ${r.DeletionPolicy}, not ${policy}`);
    if (r.UpdateReplacePolicy !== policy) out.push(`${id}: UpdateReplacePolicy ${r.UpdateReplacePolicy}, not ${policy}`);
    if (props(r).DeletionProtectionEnabled !== production) out.push(`${id}: DeletionProtectionEnabled ${props(r).DeletionProtectionEnabled}, not ${production}`);
    if (props(r).PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled !== true) out.push(`${id}: no point-in-time recovery`);
  }
  return out;
}

export const CHECKS = {
  'template matches the CloudFormation resource specification': specFindings,
  'no secret in the template': secretFindings,
  'REGIONAL endpoint, partition-neutral ARNs': endpointFindings,
  'SQS mappings, schedules and their on-failure destinations': pipelineFindings,
  'alarms, topic and dashboard': alarmFindings,
  'one role per function, least privilege': privilegeFindings,
  'tables retained and protected on production stages': (p: Packaged) => tableRetentionFindings(p.template.Resources, productionStages().includes(p.stage)),
} as const;
