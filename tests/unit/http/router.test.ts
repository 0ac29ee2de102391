/** The shared HTTP stack: error shape, JSON and zod failures, roles, domain errors, no stack traces. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { LOCAL_DEV_SECRET, httpRouter, mintToken, route } from '@gov/http';
import { z } from '@gov/schemas';

beforeAll(() => {
  process.env.JWT_SECRET = LOCAL_DEV_SECRET;
  process.env.LOG_LEVEL = 'error';
});

const handler = httpRouter({
  'POST /v1/things': route({
    roles: ['department'],
    body: z.object({ amount: z.number().int().min(1) }).strict(),
    async handle({ body }) {
      if (body.amount === 404) throw Object.assign(new Error('项目不存在'), { status: 404, code: 'PROJECT_NOT_FOUND' });
      if (body.amount === 500) throw new Error('secret internal detail');
      return { status: 201, body: { got: body.amount } };
    },
  }),
});

async function call(body: string | undefined, token?: string, resource = '/v1/things') {
  const event = { httpMethod: 'POST', resource, body, headers: token ? { Authorization: `Bearer ${token}` } : {}, isBase64Encoded: false } as unknown as APIGatewayProxyEvent;
  const r = await handler(event, { awsRequestId: 'req-1' } as Context);
  return { status: r.statusCode, body: JSON.parse(r.body), headers: r.headers ?? {} };
}

describe('httpRouter', () => {
  let dept = '';
  beforeAll(async () => {
    dept = await mintToken({ sub: 'u', role: 'department', dept: 'D1', jur: 'hongshan' });
  });

  it('passes a valid request to the handler, with security headers', async () => {
    const r = await call('{"amount":5}', dept);
    expect(r).toMatchObject({ status: 201, body: { got: 5 } });
    const h = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(h['content-type']).toContain('application/json');
    expect(h['x-content-type-options']).toBe('nosniff');
  });

  it('bad JSON → 400 INVALID_JSON', async () => {
    expect(await call('{"amount":', dept)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON', details: [{ path: '(body)' }] } } });
  });

  it('schema failure → 400 VALIDATION_FAILED with the field path and a Chinese message', async () => {
    const r = await call('{"amount":0,"x":1}', dept);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['amount', '(body)']));
    expect(r.body.error.details.find((d: { path: string }) => d.path === 'amount').message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('wrong role → 403; unknown route → 404', async () => {
    const fin = await mintToken({ sub: 'f', role: 'finance', jur: 'hongshan' });
    expect((await call('{"amount":5}', fin)).status).toBe(403);
    expect((await call('{"amount":5}', dept, '/v1/nothing')).status).toBe(404);
  });

  it('maps a domain error with status and code', async () => {
    expect(await call('{"amount":404}', dept)).toMatchObject({ status: 404, body: { error: { code: 'PROJECT_NOT_FOUND', message: '项目不存在' } } });
  });

  it('an unexpected error → 500 without internals', async () => {
    const r = await call('{"amount":500}', dept);
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(r.body)).not.toContain('secret internal detail');
    expect(JSON.stringify(r.body)).not.toContain('at ');
  });
});
