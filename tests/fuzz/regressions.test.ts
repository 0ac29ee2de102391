/**
 * What the fuzzer found, pinned: each of these answered 500 before its fix (issue 6).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
let dept: string;
let bureau: string;
let admin: string;
let projectId = '';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

beforeAll(async () => {
  dept = await token({ sub: 'reg', role: 'department', dept: 'D-FZ-REG', jur: 'hongshan' });
  bureau = await token({ sub: 'reg-b', role: 'bureau', jur: 'hongshan' });
  admin = await token({ sub: 'reg-a', role: 'admin', jur: 'hongshan' });
  const r = await http.post('/v1/projects', hongshanSmallBuild(), dept);
  projectId = r.body.id;
  await eventually(() => http.get(`/v1/projects/${projectId}`, dept), (x) => !['submitted', 'classified'].includes(x.body?.status), 60_000);
});

describe('a record key named constructor / __proto__ / prototype (the DynamoDB marshaller took the object for a class instance)', () => {
  it.each([
    ['fields.constructor', hongshanSmallBuild({ fields: { constructor: '说明' } })],
    ['flags.constructor', hongshanSmallBuild({ flags: { constructor: true } })],
    ['dates.constructor', hongshanSmallBuild({ dates: { constructor: '2027-01-01' } })],
    ['dataResources.0.attributes.prototype', hongshanSmallBuild({ dataResources: [{ name: '目录', attributes: { prototype: 'x' } }] })],
  ])('%s → 400 VALIDATION_FAILED naming the key, nothing stored', async (path, body) => {
    const before = (await http.get('/v1/projects', dept)).body.items.length;
    const r = await http.post('/v1/projects', body, dept);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details[0].path).toBe(path);
    expect((await http.get('/v1/projects', dept)).body.items.length).toBe(before);
  });

  it('an own __proto__ key in the JSON text → 400, and no pollution', async () => {
    const text = JSON.stringify(hongshanSmallBuild()).replace('"fields"', '"x"').replace('{', '{"__proto__":{"polluted":"yes"},');
    const r = await http.raw('POST', '/v1/projects', { token: dept, raw: text });
    expect(r.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('in a reviewer decision too', async () => {
    const r = await http.raw('POST', `/v1/projects/${projectId}/reviews`, { token: bureau, raw: '{"reviews":{"constructor":"pass"}}' });
    expect([r.status, r.body.error.code, r.body.error.details[0].path]).toEqual([400, 'VALIDATION_FAILED', 'reviews.constructor']);
  });
});

describe('numbers DynamoDB cannot store ("Number underflow/overflow")', () => {
  it.each([5e-324, 1e-200, 2 ** 53, 9007199254740993, 1e20, 1e200, -1e300])('fields value %s → 400', async (n) => {
    const r = await http.post('/v1/projects', hongshanSmallBuild({ fields: { 数值: n } }), dept);
    expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('ordinary numbers still pass', async () => {
    const r = await http.post('/v1/projects', hongshanSmallBuild({ fields: { 质保期月数: 36, 比例: 0.05, 零: 0 } }), dept);
    expect(r.status).toBe(202);
  });
});

describe('a tampered page cursor (DynamoDB refused the start key)', () => {
  const foreign = b64({ pk: 'PROJECT#p-x', sk: 'STATE', deptKey: 'bijie#D-VICTIM', createdKey: '2026-01-01T00:00:00.000Z#p-x' });
  it.each([
    ['{}', b64({})],
    ['null', b64(null)],
    ['a number', b64(1)],
    ['an array', b64([])],
    ['a partial key', b64({ pk: 'x' })],
    ['a typed attribute', b64({ pk: { S: 1 } })],
    ["another department's key", foreign],
    ['not JSON', 'bm90LWpzb24'],
  ])('%s → 400 VALIDATION_FAILED on query.cursor', async (_name, cursor) => {
    const r = await http.get(`/v1/projects?cursor=${cursor}`, dept);
    expect([r.status, r.body.error.code, r.body.error.details[0]?.path]).toEqual([400, 'VALIDATION_FAILED', 'query.cursor']);
  });

  it('a real cursor still pages', async () => {
    await http.post('/v1/projects', hongshanSmallBuild({ name: '分页第二个项目' }), dept);
    const first = await http.get('/v1/projects?limit=1', dept);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await http.get(`/v1/projects?limit=1&cursor=${first.body.nextCursor}`, dept);
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});

describe('an over-long path parameter (DynamoDB: key over 2048 bytes)', () => {
  const long = 'x'.repeat(3000);
  it.each([
    ['GET', `/v1/projects/${long}`],
    ['GET', `/v1/projects/${long}/events`],
    ['PUT', `/v1/projects/${long}`],
    ['POST', `/v1/projects/${long}/reviews`],
  ])('%s %s… → 404', async (method, path) => {
    const t = method === 'POST' ? bureau : dept;
    const r = await http.raw(method, path, { token: t, ...(method === 'GET' ? {} : { body: method === 'PUT' ? hongshanSmallBuild() : { reviews: { 前置审核: 'pass' } } }) });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
  });

  it('an admin audit of such an id is a 400, not a 500', async () => {
    const r = await http.get(`/v1/audit/chains?projectId=${long}`, admin);
    expect(r.status).toBe(400);
  });
});

describe('a rule-pack name that is an Object.prototype member (`in` found it)', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('/v1/rule-packs/%s → 404 RULE_PACK_NOT_FOUND', async (name) => {
    const r = await http.get(`/v1/rule-packs/${name}`, dept);
    expect([r.status, r.body.error.code]).toEqual([404, 'RULE_PACK_NOT_FOUND']);
  });
});

describe('the library audit is paged (one request audited the whole library and timed out: 504)', () => {
  it('a page is bounded, resumable, and ends with nextCursor null', async () => {
    let cursor: string | null = null;
    let pages = 0;
    let projects = 0;
    do {
      const r: { status: number; body: any } = await http.get(`/v1/audit/chains?jurisdiction=hongshan&limit=1${cursor ? `&cursor=${cursor}` : ''}`, admin);
      expect(r.status).toBe(200);
      expect(r.body.projects).toBeLessThanOrEqual(1);
      expect(r.body.broken).toEqual([]);
      projects += r.body.projects;
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor && pages < 1000);
    expect(cursor).toBeNull();
    expect(projects).toBeGreaterThanOrEqual(1);
  });

  it.each([b64({}), b64({ j: 'atlantis' }), b64({ j: 'hongshan', c: b64({ pk: 'x' }) }), b64({ j: 'hongshan', c: 5 }), 'bm90LWpzb24'])('a cursor that is not ours (%s) → 400', async (cursor) => {
    const r = await http.get(`/v1/audit/chains?cursor=${cursor}`, admin);
    expect([r.status, r.body.error.code, r.body.error.details[0]?.path]).toEqual([400, 'VALIDATION_FAILED', 'query.cursor']);
  });
});
