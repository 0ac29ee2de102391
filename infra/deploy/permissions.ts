/**
 * Least privilege, checked: what each function's role grants against what the function can do. "Uses" is read from
 * the function's own bundle (the SDK command classes its code constructs, and for transactions the kinds of
 * item it writes) and from the template (its SQS trigger, its on-failure destination, active tracing, its logs).
 * A grant nothing accounts for is a finding; so is a DynamoDB, SQS, S3 or SNS call that no grant allows.
 */
import type { Template } from './cfnSpec.js';

/** SDK v3 command classes → the IAM actions they need. */
const COMMAND_ACTIONS: Record<string, string[]> = {
  GetCommand: ['dynamodb:GetItem'],
  GetItemCommand: ['dynamodb:GetItem'],
  PutCommand: ['dynamodb:PutItem'],
  PutItemCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  UpdateItemCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  DeleteItemCommand: ['dynamodb:DeleteItem'],
  QueryCommand: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  BatchGetItemCommand: ['dynamodb:BatchGetItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  BatchWriteItemCommand: ['dynamodb:BatchWriteItem'],
  TransactGetCommand: ['dynamodb:GetItem'],
  TransactGetItemsCommand: ['dynamodb:GetItem'],
  SendMessageCommand: ['sqs:SendMessage'],
  SendMessageBatchCommand: ['sqs:SendMessage'],
  GetQueueUrlCommand: ['sqs:GetQueueUrl'],
  ReceiveMessageCommand: ['sqs:ReceiveMessage'],
  DeleteMessageCommand: ['sqs:DeleteMessage'],
  GetParameterCommand: ['ssm:GetParameter'],
  GetSecretValueCommand: ['secretsmanager:GetSecretValue'],
  GetObjectCommand: ['s3:GetObject'],
  PutObjectCommand: ['s3:PutObject'],
  DeleteObjectCommand: ['s3:DeleteObject'],
  CopyObjectCommand: ['s3:GetObject', 's3:PutObject'],
  // Without ListBucket a missing key answers 403 instead of 404.
  HeadObjectCommand: ['s3:GetObject', 's3:ListBucket'],
  PublishCommand: ['sns:Publish'],
};

/** Transaction items (TransactWriteItems is authorised per item kind, not as an action of its own). */
const TRANSACT_ITEM_ACTIONS: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
};

/** The actions a bundle's code can call. */
export function actionsInBundle(code: string): Set<string> {
  const used = new Set<string>();
  for (const [command, actions] of Object.entries(COMMAND_ACTIONS)) {
    if (new RegExp(`\\b${command}\\b`).test(code)) actions.forEach((a) => used.add(a));
  }
  if (/\b(TransactWriteCommand|TransactWriteItemsCommand)\b/.test(code)) {
    for (const [kind, action] of Object.entries(TRANSACT_ITEM_ACTIONS)) {
      if (new RegExp(`\\b${kind}\\s*:\\s*\\{`).test(code)) used.add(action);
    }
  }
  return used;
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

export function roleStatements(template: Template, functionId: string): Statement[] {
  const role = (template.Resources[functionId]?.Properties?.Role as { 'Fn::GetAtt'?: [string, string] })?.['Fn::GetAtt']?.[0];
  const policies = (template.Resources[role ?? '']?.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}

/** What the template itself makes a function's role need: its platform duties, not its code's calls. */
function platformNeeds(template: Template, functionId: string): Set<string> {
  const needs = new Set(['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents']);
  const fn = template.Resources[functionId].Properties as { TracingConfig?: { Mode?: string } };
  if (fn.TracingConfig?.Mode === 'Active') ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'].forEach((a) => needs.add(a));
  const refersTo = (v: unknown) => JSON.stringify(v).includes(`"${functionId}"`);
  for (const r of Object.values(template.Resources)) {
    if (r.Type === 'AWS::Lambda::EventSourceMapping' && refersTo(r.Properties?.FunctionName)) {
      ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'].forEach((a) => needs.add(a));
    }
    if (r.Type === 'AWS::Lambda::EventInvokeConfig' && refersTo(r.Properties?.FunctionName)) {
      const dest = JSON.stringify((r.Properties as any)?.DestinationConfig?.OnFailure?.Destination ?? '');
      const target = template.Resources[/"Fn::GetAtt":\["(\w+)"/.exec(dest)?.[1] ?? '']?.Type;
      if (target === 'AWS::SQS::Queue') needs.add('sqs:SendMessage');
      if (target === 'AWS::SNS::Topic') needs.add('sns:Publish');
    }
  }
  return needs;
}

export interface PrivilegeReport {
  granted: string[];
  used: string[];
  /** Granted, but neither the code nor the template needs it. */
  unused: string[];
  /** Called by the code (DynamoDB, SQS, S3, SNS), but not granted: it would fail with AccessDenied. */
  missing: string[];
  /** Statements other than X-Ray's on Resource "*". */
  wildcards: string[];
}

export function privilegeReport(template: Template, functionId: string, bundle: string): PrivilegeReport {
  const statements = roleStatements(template, functionId).filter((s) => s.Effect === 'Allow');
  const granted = new Set(statements.flatMap((s) => list(s.Action)));
  const used = new Set([...actionsInBundle(bundle), ...platformNeeds(template, functionId)]);
  return {
    granted: [...granted].sort(),
    used: [...used].sort(),
    unused: [...granted].filter((a) => !used.has(a)).sort(),
    missing: [...used].filter((a) => /^(dynamodb|sqs|s3|sns):/.test(a) && !granted.has(a)).sort(),
    wildcards: statements.filter((s) => list(s.Resource).includes('*') && !list(s.Action).every((a) => a.startsWith('xray:'))).map((s) => list(s.Action).join(',')),
  };
}
