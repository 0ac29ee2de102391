/**
 * The console as a deployed static site (issue 11, decision 220), read from the packaged prod template: a private
 * bucket only CloudFront reads (Origin Access Control), HTTPS only, SPA fallback, /v1/* on the same origin, no
 * local sign-in route, and no origin but the console's allowed to call across origins.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR } from './setup.js';

type Resource = { Type: string; Properties: Record<string, any> };
const text = readFileSync(resolve(DEPLOY_DIR, 'cloudformation-template-update-stack.json'), 'utf8');
const template = JSON.parse(text) as { Resources: Record<string, Resource>; Outputs?: Record<string, { Value: unknown }> };
const ofType = (type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type);
const bucket = template.Resources.ConsoleBucket;
const distribution = template.Resources.ConsoleDistribution?.Properties.DistributionConfig;

describe('console site in the prod template', () => {
  it('keeps the console in a private, encrypted bucket of its own name', () => {
    expect(bucket.Type).toBe('AWS::S3::Bucket');
    expect(bucket.Properties.BucketName).toBe('gov-it-lifecycle-prod-console');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    // No website hosting (a public endpoint) and no ACL granting reads.
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
    expect(bucket.Properties.AccessControl).toBeUndefined();
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
  });

  it('lets only this distribution read the bucket, through Origin Access Control', () => {
    const policies = ofType('AWS::S3::BucketPolicy').filter(([, r]) => JSON.stringify(r.Properties.Bucket) === '{"Ref":"ConsoleBucket"}');
    expect(policies).toHaveLength(1);
    const statements = policies[0][1].Properties.PolicyDocument.Statement as Record<string, any>[];
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s.Effect).toBe('Allow');
    expect(s.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(s.Action).toBe('s3:GetObject');
    expect(JSON.stringify(s.Condition.StringEquals['AWS:SourceArn'])).toContain('distribution/${ConsoleDistribution}');
    const oac = template.Resources.ConsoleOriginAccessControl.Properties.OriginAccessControlConfig;
    expect(oac).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    const origin = distribution.Origins.find((o: any) => o.Id === 'console');
    expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': ['ConsoleOriginAccessControl', 'Id'] });
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': ['ConsoleBucket', 'RegionalDomainName'] });
    // OAC, not the legacy origin access identity.
    expect(origin.S3OriginConfig.OriginAccessIdentity).toBe('');
  });

  it('serves index.html at the root and for every SPA route S3 does not hold (403 and 404)', () => {
    expect(distribution.Enabled).toBe(true);
    expect(distribution.DefaultRootObject).toBe('index.html');
    const fallback = Object.fromEntries(distribution.CustomErrorResponses.map((e: any) => [e.ErrorCode, e]));
    for (const code of [403, 404]) expect(fallback[code]).toMatchObject({ ResponseCode: 200, ResponsePagePath: '/index.html' });
  });

  it('answers viewers over HTTPS only and reaches the API over HTTPS only', () => {
    const behaviours = [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors];
    for (const b of behaviours) expect(['redirect-to-https', 'https-only']).toContain(b.ViewerProtocolPolicy);
    const api = distribution.Origins.find((o: any) => o.Id === 'api');
    expect(api.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });

  it('forwards /v1/* to the REST API uncached, so the console calls the API on its own origin', () => {
    const v1 = distribution.CacheBehaviors.find((b: any) => b.PathPattern === '/v1/*');
    expect(v1.TargetOriginId).toBe('api');
    expect(v1.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expect(v1.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
    const api = distribution.Origins.find((o: any) => o.Id === 'api');
    expect(JSON.stringify(api.DomainName)).toContain('${ApiGatewayRestApi}.execute-api.');
    expect(api.OriginPath).toBe('/prod');
  });

  it('has no local sign-in token route: no dev or token path in the API, nothing else on the site', () => {
    const paths = ofType('AWS::ApiGateway::Resource').map(([, r]) => r.Properties.PathPart as string);
    expect(paths).toContain('projects'); // the API is there …
    expect(paths).not.toContain('dev'); // … its local-only sign-in is not
    expect(paths).not.toContain('token');
    expect(text).not.toContain('dev/token');
    expect(distribution.CacheBehaviors.map((b: any) => b.PathPattern)).toEqual(['/v1/*']);
  });

  it('allows no origin but the console: the API sends no CORS, the documents bucket allows only the distribution', () => {
    expect(text).not.toMatch(/Access-Control-Allow-Origin/i);
    expect(ofType('AWS::ApiGateway::Method').filter(([, r]) => r.Properties.HttpMethod === 'OPTIONS')).toEqual([]);
    const rules = template.Resources.DocumentsBucket.Properties.CorsConfiguration.CorsRules as Record<string, any>[];
    expect(rules.map((r) => r.AllowedOrigins)).toEqual([[{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': ['ConsoleDistribution', 'DomainName'] }]] }]]);
    expect(text).not.toContain('127.0.0.1');
  });

  it('outputs what `pnpm deploy:console` needs', () => {
    expect(template.Outputs?.ConsoleBucketName?.Value).toEqual({ Ref: 'ConsoleBucket' });
    expect(template.Outputs?.ConsoleDistributionId?.Value).toEqual({ Ref: 'ConsoleDistribution' });
    expect(template.Outputs?.ConsoleUrl?.Value).toEqual({ 'Fn::Sub': 'https://${ConsoleDistribution.DomainName}' });
  });
});
