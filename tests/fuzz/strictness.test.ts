/**
 * Issue 15 over HTTP, each with its exact answer and nothing stored: the probe's oversized inputs, money as a
 * number, duplicate keys, a body that is not JSON, unknown query parameters, an unknown route, and an
 * Idempotency-Key retry whose keys come in another order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '@gov/schemas';
import { useStack } from '../setup/context.js';
import { api, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
let dept: string;
let admin: string;
const count = async () => (await http.get('/v1/projects?limit=100', dept)).body.items.length;
const shape = (b: any) => b && typeof b.error?.code === 'string' && /[\u4e00-\u9fa5]/.test(b.error.message) && Array.isArray(b.error.details);

beforeAll(async () => {
  dept = await token({ sub: 'strict', role: 'department', dept: 'D-FZ-STRICT', jur: 'hongshan' });
  admin = await token({ sub: 'strict-a', role: 'admin', jur: 'hongshan' });
});

describe('too large to store (the probe\'s inputs) → 413 or 400 with a path, never 500', () => {
  const resource = (i: number) => ({ name: `数据资源${i}`, source: '本部门', format: '库表', attributes: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`属性${k}`, '说明'.repeat(20)])) });
  it.each([
    ['150 dataResources (~870 KB)', hongshanSmallBuild({ dataResources: Array.from({ length: 150 }, (_, i) => resource(i)) })],
    ['fields with 30,000 keys', hongshanSmallBuild({ fields: Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`f${i}`, 'x'])) })],
    ['a data resource with 20,000 attribute keys', hongshanSmallBuild({ dataResources: [{ name: 'r', attributes: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`a${i}`, 'v'])) }] })],
  ])('%s', async (_what, body) => {
    const before = await count();
    const r = await http.post('/v1/projects', body, dept);
    expect(r.status).toBe(413);
    expect(r.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: [{ path: '(body)' }] });
    expect(await count()).toBe(before);
  });

  it('fields with 201 keys, small enough to send, → 400 at fields', async () => {
    const r = await http.post('/v1/projects', hongshanSmallBuild({ fields: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, 'x'])) }), dept);
    expect([r.status, r.body.error.details[0].path]).toEqual([400, 'fields']);
  });
});

describe('strict input', () => {
  it('money as a JSON number → 400 at amounts.total', async () => {
    const r = await http.post('/v1/projects', hongshanSmallBuild({ amounts: { total: 0.1 + 0.2 } }), dept);
    expect([r.status, r.body.error.details[0].path]).toEqual([400, 'amounts.total']);
  });

  it('a key given twice → 400 naming it', async () => {
    const text = JSON.stringify(hongshanSmallBuild()).replace('{', '{"name":"另一个名称",');
    const r = await http.raw('POST', '/v1/projects', { token: dept, raw: text });
    expect([r.status, r.body.error.code, r.body.error.details[0].path]).toEqual([400, 'INVALID_JSON', 'name']);
  });

  it('a body sent as text/plain → 415', async () => {
    const r = await http.raw('POST', '/v1/projects', { token: dept, raw: JSON.stringify(hongshanSmallBuild()), headers: { 'content-type': 'text/plain' } });
    expect([r.status, r.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('a name of zero-width characters, a date in year 0 → 400 at their paths', async () => {
    const r = await http.post('/v1/projects', hongshanSmallBuild({ name: '\u200b\u200b\u200b', dates: { plannedStart: '0000-01-01' } }), dept);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['dates.plannedStart', 'name']);
  });

  it.each(apiRoutes().filter((r) => r.method === 'get').map((r) => [r.path, r] as const))('GET %s with an unknown query parameter → 400', async (path, route) => {
    // A caller the route admits (the role check comes first): admin, or the department where admin has no inbox.
    const caller = route.roles === 'public' || route.roles.includes('admin') ? admin : dept;
    const r = await http.get(`${path.replace('{id}', 'p-x').replace('{jurisdiction}', 'hongshan')}?debugMode=1`, caller);
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([{ path: 'query.debugMode', message: expect.any(String) }]);
  });

  it('an unknown route or method answers 404 in the error shape, not a list of routes', async () => {
    for (const [method, path] of [['GET', '/v2/anything'], ['DELETE', '/v1/projects'], ['POST', '/'], ['GET', '/v1/projects/p-1/secret']]) {
      const r = await http.raw(method, path, { token: admin });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(shape(r.body), JSON.stringify(r.body).slice(0, 200)).toBe(true);
      expect(Object.keys(r.body)).toEqual(['error']);
    }
  });

  it('an Idempotency-Key retry with the same body in another key order is the same request', async () => {
    const key = `strict-${Date.now()}`;
    const body = hongshanSmallBuild();
    const first = await http.post('/v1/projects', body, dept, { 'idempotency-key': key });
    expect(first.status).toBe(202);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await http.post('/v1/projects', reordered, dept, { 'idempotency-key': key });
    expect([again.status, again.body.id, again.headers.get('idempotent-replayed')]).toEqual([202, first.body.id, 'true']);
  });
});
