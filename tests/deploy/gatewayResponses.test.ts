/**
 * API Gateway's own answers in the API's error shape (decision 151): the packaged prod template has a
 * GatewayResponse for every type a caller can meet, with the right status, a JSON content type and a body that
 * parses — after any `$context` / `$stageVariables` substitution — to `{"error":{code,message(中文),details:[]}}`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR } from './setup.js';

interface GatewayResponse {
  RestApiId: unknown;
  ResponseType: string;
  StatusCode?: string;
  ResponseParameters?: Record<string, string>;
  ResponseTemplates?: Record<string, string>;
}

const template = JSON.parse(readFileSync(resolve(DEPLOY_DIR, 'cloudformation-template-update-stack.json'), 'utf8')) as {
  Resources: Record<string, { Type: string; Properties: unknown }>;
};
const responses = Object.values(template.Resources)
  .filter((r) => r.Type === 'AWS::ApiGateway::GatewayResponse')
  .map((r) => r.Properties as GatewayResponse);
const byType = new Map(responses.map((r) => [r.ResponseType, r]));

/** Each type, the status it must answer with (undefined: the default types keep the specific type's status) and our code. */
const EXPECTED: Record<string, { status?: string; code: string }> = {
  DEFAULT_4XX: { code: 'REQUEST_REFUSED' },
  DEFAULT_5XX: { code: 'SERVICE_UNAVAILABLE' },
  REQUEST_TOO_LARGE: { status: '413', code: 'PAYLOAD_TOO_LARGE' },
  // API Gateway's answer to a method an existing path does not define: our router's 404 for an unknown route.
  MISSING_AUTHENTICATION_TOKEN: { status: '404', code: 'NOT_FOUND' },
  RESOURCE_NOT_FOUND: { status: '404', code: 'NOT_FOUND' },
  UNAUTHORIZED: { status: '401', code: 'UNAUTHORIZED' },
  EXPIRED_TOKEN: { status: '401', code: 'UNAUTHORIZED' },
  ACCESS_DENIED: { status: '403', code: 'FORBIDDEN' },
  INVALID_SIGNATURE: { status: '403', code: 'FORBIDDEN' },
  WAF_FILTERED: { status: '403', code: 'FORBIDDEN' },
  THROTTLED: { status: '429', code: 'TOO_MANY_REQUESTS' },
  QUOTA_EXCEEDED: { status: '429', code: 'TOO_MANY_REQUESTS' },
  UNSUPPORTED_MEDIA_TYPE: { status: '415', code: 'UNSUPPORTED_MEDIA_TYPE' },
  BAD_REQUEST_BODY: { status: '400', code: 'VALIDATION_FAILED' },
  BAD_REQUEST_PARAMETERS: { status: '400', code: 'VALIDATION_FAILED' },
  INTEGRATION_TIMEOUT: { status: '504', code: 'GATEWAY_TIMEOUT' },
  INTEGRATION_FAILURE: { status: '502', code: 'SERVICE_UNAVAILABLE' },
};

/** What API Gateway substitutes in a template: `$context.x.y`, `$stageVariables.x`, `$util…` — here a plain word. */
const substituted = (t: string) => t.replace(/\$(?:!?\{)?(?:context|stageVariables|util|input)(?:\.[A-Za-z0-9_]+)+\}?/g, 'substituted');

describe('gateway responses in the error shape (packaged prod)', () => {
  it('one response per type a caller can meet, on the stage’s REST API', () => {
    expect(template.Resources.ApiGatewayRestApi?.Type).toBe('AWS::ApiGateway::RestApi');
    expect([...byType.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(responses).toHaveLength(byType.size);
    for (const r of responses) expect(r.RestApiId).toEqual({ Ref: 'ApiGatewayRestApi' });
  });

  for (const [type, want] of Object.entries(EXPECTED)) {
    it(`${type}: ${want.status ?? 'its own status'}, ${want.code}, JSON in our shape`, () => {
      const r = byType.get(type)!;
      expect(r).toBeDefined();
      expect(r.StatusCode).toBe(want.status);
      // Only the gateway's own failures keep a 5xx; a refusal of the request is a 4xx.
      if (r.StatusCode) expect(Number(r.StatusCode) >= 500).toBe(type.startsWith('INTEGRATION_'));
      expect(r.ResponseParameters?.['gatewayresponse.header.Content-Type']).toMatch(/^'application\/json(; charset=utf-8)?'$/);
      expect(Object.keys(r.ResponseTemplates ?? {})).toEqual(['application/json']);
      const body = JSON.parse(substituted(r.ResponseTemplates!['application/json']));
      expect(Object.keys(body)).toEqual(['error']);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
      expect(body.error.code).toBe(want.code);
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(body.error.details).toEqual([]);
    });
  }

  it('the substitution the test applies is real: a template with $context variables still parses', () => {
    expect(JSON.parse(substituted('{"error":{"code":"X","message":"$context.requestId $context.error.responseType","details":[]}}')).error.message).toBe('substituted substituted');
  });
});
