/** The deploy checkers find what they are for (planted faults in small templates). */
import { describe, expect, it } from 'vitest';
import { validateTemplate, type Template } from '../../../infra/deploy/cfnSpec.js';
import { actionsInBundle, privilegeReport } from '../../../infra/deploy/permissions.js';
import { endpointFindings, secretFindings } from '../../../infra/deploy/checks.js';
import type { Packaged } from '../../../infra/deploy/packageStage.js';

const queue = (props: Record<string, unknown>): Template => ({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: props } } });

describe('validateTemplate', () => {
  it('accepts a sound resource and counts its properties', () => {
    const r = validateTemplate(queue({ QueueName: 'q', VisibilityTimeout: 60 }));
    expect(r.problems).toEqual([]);
    expect(r.propertiesChecked).toBe(2);
  });
  it('finds unknown types, unknown properties, wrong shapes and missing required properties', () => {
    expect(validateTemplate({ Resources: { X: { Type: 'AWS::Nope::Thing' } } }).problems).toEqual(['X: unknown resource type AWS::Nope::Thing']);
    expect(validateTemplate(queue({ QueueNme: 'q' })).problems).toEqual(['Q.QueueNme: not a property of AWS::SQS::Queue']);
    expect(validateTemplate(queue({ VisibilityTimeout: 'soon' })).problems[0]).toMatch(/^Q.VisibilityTimeout: expects Integer/);
    expect(validateTemplate({ Resources: { T: { Type: 'AWS::DynamoDB::Table', Properties: {} } } }).problems).toContain('T: required property KeySchema missing');
  });
  it('finds Refs and GetAtts to nothing', () => {
    const t: Template = { Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['Gone', 'Arn'] } }, QueueName: { Ref: 'Nobody' } } } } };
    expect(validateTemplate(t).problems).toEqual(['Resources.Q.Properties.RedrivePolicy.deadLetterTargetArn: GetAtt of unknown resource Gone', 'Resources.Q.Properties.QueueName: Ref to unknown Nobody']);
  });
});

describe('least privilege', () => {
  const template = (actions: string[]): Template => ({
    Resources: {
      FnLambdaFunction: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['FnRole', 'Arn'] } } },
      FnRole: {
        Type: 'AWS::IAM::Role',
        Properties: { Policies: [{ PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'], Resource: 'arn' }, { Effect: 'Allow', Action: actions, Resource: ['arn:table'] }] } }] },
      },
    },
  });
  const bundle = 'var a=require("@aws-sdk/lib-dynamodb");send(new a.GetCommand({}));send(new a.TransactWriteCommand({TransactItems:[{Put:{TableName:t}}]}))';

  it('reads commands and transaction item kinds from a bundle', () => {
    expect([...actionsInBundle(bundle)].sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
  });
  it('passes a role with exactly what the code uses', () => {
    expect(privilegeReport(template(['dynamodb:GetItem', 'dynamodb:PutItem']), 'FnLambdaFunction', bundle)).toMatchObject({ unused: [], missing: [], wildcards: [] });
  });
  it('flags a grant the code does not use, a call without a grant, and a wildcard resource', () => {
    expect(privilegeReport(template(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan']), 'FnLambdaFunction', bundle).unused).toEqual(['dynamodb:Scan']);
    expect(privilegeReport(template(['dynamodb:GetItem']), 'FnLambdaFunction', bundle).missing).toEqual(['dynamodb:PutItem']);
    const t = template(['dynamodb:GetItem', 'dynamodb:PutItem']);
    (t.Resources.FnRole.Properties as any).Policies[0].PolicyDocument.Statement[1].Resource = '*';
    expect(privilegeReport(t, 'FnLambdaFunction', bundle).wildcards).toEqual(['dynamodb:GetItem,dynamodb:PutItem']);
  });
});

describe('secrets and endpoint', () => {
  const packaged = (env: Record<string, string>, extra = ''): Packaged => {
    const template: Template = {
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { EndpointConfiguration: { Types: ['EDGE'] } } },
        FnLambdaFunction: { Type: 'AWS::Lambda::Function', Properties: { Environment: { Variables: env } } },
      },
    };
    return { stage: 'prod', region: 'cn-north-1', dir: '', template, text: JSON.stringify(template) + extra };
  };
  it('finds a baked secret and a missing parameter name', () => {
    expect(secretFindings(packaged({ JWT_SECRET: 'gov-it-lifecycle-local-development-secret-not-for-production' }))).toEqual([
      'the local development JWT secret is in the template',
      'FnLambdaFunction: JWT_SECRET has a value in the template',
      'FnLambdaFunction: no JWT_SECRET_PARAMETER to read the secret from at run time',
    ]);
    expect(secretFindings(packaged({ JWT_SECRET: '', JWT_SECRET_PARAMETER: '/p' }))).toEqual([]);
  });
  it('finds an edge endpoint and a literal aws partition', () => {
    expect(endpointFindings(packaged({}, '"arn:aws:sqs:x"'))).toEqual(['Api: endpoint types ["EDGE"], not REGIONAL', 'a literal arn:aws: in the template; use ${AWS::Partition}']);
  });
});
