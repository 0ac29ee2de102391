/** The shared HTTP stack: error shape, JSON and zod failures, roles, domain errors, no stack traces. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { LOCAL_DEV_SECRET, MAX_BODY_BYTES, duplicateKeyPath, httpRouter, mintToken } from '@gov/http';
import { declareRoutes, flagQuerySchema, idempotencyHeaders, z } from '@gov/schemas';

beforeAll(() => {
  process.env.JWT_SECRET = LOCAL_DEV_SECRET;
  process.env.LOG_LEVEL = 'error';
});

const thingRoutes = declareRoutes({
  'POST /v1/things': { summary: '测试', roles: ['department'], body: z.object({ amount: z.number().int().min(1) }).strict(), success: { status: 201, description: '已记录' } },
  'GET /v1/things': { summary: '测试', roles: ['department'], success: { status: 200, description: '列表' } },
});

const handler = httpRouter(thingRoutes, {
  'POST /v1/things': async ({ body }) => {
    if (body.amount === 404) throw Object.assign(new Error('项目不存在'), { status: 404, code: 'PROJECT_NOT_FOUND' });
    if (body.amount === 500) throw new Error('secret internal detail');
    return { status: 201, body: { got: body.amount } };
  },
});

async function call(body: string | undefined, token?: string, resource = '/v1/things', extra: Partial<APIGatewayProxyEvent> & { contentType?: string | null } = {}) {
  const { contentType = 'application/json', ...rest } = extra;
  const headers: Record<string, string> = { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(contentType === null ? {} : { 'Content-Type': contentType }) };
  const event = { httpMethod: 'POST', resource, body, headers, isBase64Encoded: false, ...rest } as unknown as APIGatewayProxyEvent;
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

  describe('strictness (issue 15)', () => {
    it('a body without a JSON content type → 415 with the header path', async () => {
      for (const contentType of [null, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
        const r = await call('{"amount":5}', dept, '/v1/things', { contentType });
        expect(r.status).toBe(415);
        expect(r.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: [{ path: 'headers.content-type' }] });
        expect(r.body.error.message).toMatch(/JSON/);
      }
      expect((await call('{"amount":5}', dept, '/v1/things', { contentType: 'application/json; charset=UTF-8' })).status).toBe(201);
    });

    it('a body over 64 KiB → 413 in the error shape; exactly 64 KiB is read', async () => {
      const padded = (bytes: number) => { const head = '{"amount":5}'; return head.slice(0, -1) + ' '.repeat(bytes - head.length) + '}'; };
      expect((await call(padded(MAX_BODY_BYTES), dept)).status).toBe(201);
      const r = await call(padded(MAX_BODY_BYTES + 1), dept);
      expect(r).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', details: [{ path: '(body)' }] } } });
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    });

    it('the probe\'s ~870 KB application is refused with 413 before it is parsed', async () => {
      const resources = Array.from({ length: 150 }, (_, i) => ({ name: `资源${i}`, attributes: Object.fromEntries(Array.from({ length: 200 }, (_, k) => [`属性${k}`, '值'.repeat(5)])) }));
      const body = JSON.stringify({ amount: 5, dataResources: resources });
      expect(body.length).toBeGreaterThan(400_000);
      expect((await call(body, dept)).status).toBe(413);
    });

    it('a bare scalar body handed over unwrapped (serverless-offline does that for false, 0) is read as JSON text, not a 500', async () => {
      const r = await call(false as unknown as string, dept);
      expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('a key given twice in one object → 400 naming it, at any depth', async () => {
      expect(await call('{"amount":5,"amount":6}', dept)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON', details: [{ path: 'amount' }] } } });
      expect(duplicateKeyPath('{"a":{"b":[{"c":1},{"c":2,"d":"\\\"c\\\"","c":3}]}}')).toBe('a.b.1.c');
      expect(duplicateKeyPath('{"a":{"c":1},"b":{"c":1},"s":"{\\"a\\":1}","t":["a","a"]}')).toBeUndefined();
    });

    it('an unknown query parameter → 400 on a route that takes none, and on one that takes others', async () => {
      const r = await call('{"amount":5}', dept, '/v1/things', { queryStringParameters: { debug: '1' } });
      expect(r).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED', details: [{ path: 'query.debug' }] } } });
      const flags = httpRouter(declareRoutes({ 'GET /v1/flags': { summary: '预警', roles: ['department'], query: flagQuerySchema, success: { status: 200, description: '预警' } } }), {
        'GET /v1/flags': async ({ query }) => ({ status: 200, body: { limit: query.limit, status: query.status ?? null } }),
      });
      const get = async (q: Record<string, string>, multi?: Record<string, string[]>) =>
        (await flags({ httpMethod: 'GET', resource: '/v1/flags', headers: { authorization: `Bearer ${dept}` }, queryStringParameters: q, multiValueQueryStringParameters: multi } as unknown as APIGatewayProxyEvent, { awsRequestId: 'r' } as Context));
      const ok = await get({ limit: '5', status: 'open' });
      // Parsed by the declared schema: the handler gets a number, not the query string's text.
      expect([ok.statusCode, JSON.parse(ok.body)]).toEqual([200, { limit: 5, status: 'open' }]);
      const wrong = await get({ limit: '500' });
      expect([wrong.statusCode, JSON.parse(wrong.body).error.details.map((d: { path: string }) => d.path)]).toEqual([400, ['query.limit']]);
      const bad = await get({ limit: '5', departmnet: 'D001' });
      expect(bad.statusCode).toBe(400);
      expect(JSON.parse(bad.body).error.details).toEqual([{ path: 'query.departmnet', message: expect.stringMatching(/未知的查询参数/) }]);
      expect((await get({ limit: '5' }, { limit: ['5', '500'] })).statusCode).toBe(400);
    });
  });

  describe('one declaration per route (docs/decisions/200)', () => {
    it('a declared route the function does not serve → 404, like an unknown one', async () => {
      const r = await handler({ httpMethod: 'GET', resource: '/v1/things', headers: { authorization: `Bearer ${dept}` } } as unknown as APIGatewayProxyEvent, { awsRequestId: 'r' } as Context);
      expect(r.statusCode).toBe(404);
      expect(handler.served).toEqual(['POST /v1/things']);
    });

    it('serving an undeclared key is refused (a type error, and at start-up)', () => {
      // @ts-expect-error 'POST /v1/other' is not a key of thingRoutes
      expect(() => httpRouter(thingRoutes, { 'POST /v1/other': async () => ({ status: 200, body: {} }) })).toThrow(/not declared/);
    });

    it('a declared header is validated (400 naming it) and handed over parsed; the route key comes with the request', async () => {
      const routes = declareRoutes({ 'POST /v1/keyed': { summary: '测试', roles: ['department'], headers: idempotencyHeaders, success: { status: 200, description: '键' } } });
      const keyed = httpRouter(routes, { 'POST /v1/keyed': async ({ headers, route }) => ({ status: 200, body: { key: headers['idempotency-key'] ?? null, route } }) });
      const send = async (key: string) => keyed({ httpMethod: 'POST', resource: '/v1/keyed', headers: { authorization: `Bearer ${dept}`, 'Idempotency-Key': key } } as unknown as APIGatewayProxyEvent, { awsRequestId: 'r' } as Context);
      const ok = await send('  key-1234  ');
      expect([ok.statusCode, JSON.parse(ok.body)]).toEqual([200, { key: 'key-1234', route: 'POST /v1/keyed' }]);
      const short = await send('k-1234');
      expect([short.statusCode, JSON.parse(short.body).error.details[0].path]).toEqual([400, 'headers.idempotency-key']);
    });

    it('a key that is not "METHOD /v1/path" is refused when declared', () => {
      expect(() => declareRoutes({ 'FETCH /v1/x': { summary: '测试', roles: 'public', success: { status: 200, description: '无' } } } as never)).toThrow(/METHOD/);
    });
  });
});
