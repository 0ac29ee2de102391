/**
 * JWT attacks over HTTP, each with its exact answer: forged, unsigned, expired and tampered tokens are 401
 * UNAUTHORIZED; another jurisdiction's or department's token finds nothing (404 PROJECT_NOT_FOUND) and changes
 * nothing; a department cannot name its department in the body (400); finance is 403 FORBIDDEN outside its routes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import { apiRoutes } from '@gov/schemas';
import { LOCAL_DEV_SECRET } from '@gov/http';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const ISSUER = process.env.JWT_ISSUER || 'gov-it-lifecycle-local';
const key = () => new TextEncoder().encode(process.env.JWT_SECRET || LOCAL_DEV_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const b64 = (o: unknown) => base64url.encode(JSON.stringify(o));

let d1: string; // department D-JWT-1 of hongshan, owner of the project
let projectId = '';
let admin: string;

const sign = (claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, secret = key()) =>
  new SignJWT(claims).setProtectedHeader(header as never).sign(secret);
/** A hand-made HS256 token (jose refuses to sign some of the headers we want to send). */
const hmac = async (header: Record<string, unknown>, claims: Record<string, unknown>) => {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', key()).update(input).digest('base64url')}`;
};
const good = (over: Record<string, unknown> = {}) => ({ sub: 'jwt-attacker', role: 'department', dept: 'D-JWT-1', jur: 'hongshan', iss: ISSUER, iat: now(), exp: now() + 3600, ...over });

/** The project's version and event count, read by an admin. */
async function state() {
  const p = await http.get(`/v1/projects/${projectId}`, admin);
  const e = await http.get(`/v1/projects/${projectId}/events`, admin);
  return `${p.body.version}/${p.body.status}/${e.body.items.length}`;
}

beforeAll(async () => {
  d1 = await token({ sub: 'jwt-owner', role: 'department', dept: 'D-JWT-1', jur: 'hongshan' });
  admin = await token({ sub: 'jwt-admin', role: 'admin', jur: 'hongshan' });
  const r = await http.post('/v1/projects', hongshanSmallBuild({ name: '令牌攻击目标系统' }), d1);
  expect(r.status).toBe(202);
  projectId = r.body.id;
  await eventually(() => http.get(`/v1/projects/${projectId}`, d1), (x) => !['submitted', 'classified'].includes(x.body?.status), 60_000);
});

describe('forged and broken tokens: 401 UNAUTHORIZED on every protected route, nothing changes', () => {
  const attacks: [string, () => Promise<string>][] = [
    ['alg none, no signature', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good({ role: 'admin' }))}.`],
    ['alg none, with the original signature', async () => { const t = await sign(good()); return `${b64({ alg: 'none' })}.${b64(good({ role: 'admin' }))}.${t.split('.')[2]}`; }],
    ['alg "None" (case games)', async () => `${b64({ alg: 'None' })}.${b64(good())}.`],
    ['wrong signing key', async () => sign(good(), undefined, new TextEncoder().encode('an-attackers-secret-of-enough-length!!'))],
    ['signature stripped', async () => (await sign(good())).split('.').slice(0, 2).join('.') + '.'],
    ['signature of another token', async () => { const a = await sign(good()); const b = await sign(good({ role: 'admin' })); return `${b.split('.').slice(0, 2).join('.')}.${a.split('.')[2]}`; }],
    ['expired', async () => sign(good({ iat: now() - 7200, exp: now() - 60 }))],
    ['not yet valid (nbf in the future)', async () => sign(good({ nbf: now() + 3600 }))],
    ['no exp', async () => { const { exp: _e, ...c } = good(); return sign(c); }],
    ['a lifetime over 12 hours (issue 15)', async () => sign(good({ exp: now() + 12 * 3600 + 60 }))],
    ['a year-long token (issue 15)', async () => sign(good({ exp: now() + 365 * 86400 }))],
    ['issued in the future (issue 15)', async () => sign(good({ iat: now() + 3600, exp: now() + 7200 }))],
    ['no iat (issue 15)', async () => { const { iat: _i, ...c } = good(); return sign(c); }],
    ['a 3,000-character dept claim (issue 15)', async () => sign(good({ dept: 'D'.repeat(3000) }))],
    ['no sub', async () => { const { sub: _s, ...c } = good(); return sign(c); }],
    ['another issuer', async () => sign(good({ iss: 'https://evil.example' }))],
    ['HS512 with the right secret (only HS256 is allowed)', async () => sign(good(), { alg: 'HS512', typ: 'JWT' })],
    ['critical header the server does not understand (correctly signed)', async () => hmac({ alg: 'HS256', typ: 'JWT', crit: ['x-evil'], 'x-evil': true }, good())],
    ['typ and alg correct but signed over a different header', async () => { const t = await hmac({ alg: 'HS256', typ: 'JWT', extra: 1 }, good()); const [, p, s] = t.split('.'); return `${b64({ alg: 'HS256', typ: 'JWT' })}.${p}.${s}`; }],
    ['payload tampered: role raised to admin, signature kept', async () => { const [h, , s] = (await sign(good())).split('.'); return `${h}.${b64(good({ role: 'admin' }))}.${s}`; }],
    ['payload tampered: dept changed, signature kept', async () => { const [h, , s] = (await sign(good())).split('.'); return `${h}.${b64(good({ dept: 'D-JWT-VICTIM' }))}.${s}`; }],
    ['header tampered: kid and jku added, signature kept', async () => { const [, p, s] = (await sign(good())).split('.'); return `${b64({ alg: 'HS256', typ: 'JWT', kid: '../../dev/null', jku: 'https://evil.example/jwks' })}.${p}.${s}`; }],
    ['unknown role', async () => sign(good({ role: 'superuser' }))],
    ['unknown jurisdiction', async () => sign(good({ jur: 'atlantis' }))],
    ['department token without dept', async () => { const { dept: _d, ...c } = good(); return sign(c); }],
    ['department token with an empty dept', async () => sign(good({ dept: '' }))],
    ['not a JWT at all', async () => 'not-a-token'],
    ['two segments', async () => `${b64({ alg: 'HS256' })}.${b64(good())}`],
  ];

  it.each(attacks)('%s', async (_name, make) => {
    const t = await make();
    const before = await state();
    const calls = [
      http.get('/v1/projects', t),
      http.get(`/v1/projects/${projectId}`, t),
      http.get(`/v1/projects/${projectId}/events`, t),
      http.raw('PUT', `/v1/projects/${projectId}`, { token: t, body: hongshanSmallBuild({ name: '被篡改的申报' }) }),
      http.post(`/v1/projects/${projectId}/reviews`, { reviews: { 前置审核: 'pass' } }, t),
      http.post('/v1/projects', hongshanSmallBuild(), t),
      http.get('/v1/audit/chains', t),
    ];
    for (const r of await Promise.all(calls)) {
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHORIZED');
    }
    expect(await state()).toBe(before);
  });

  it('the Authorization header in odd forms: 401', async () => {
    const t = await sign(good());
    for (const h of [`Basic ${t}`, `Bearer ${t} ${t}`, `Bearer ${t}.x`, `Token ${t}`, 'Bearer', `Bearer ${'A'.repeat(6000)}`]) {
      const r = await http.raw('GET', '/v1/projects', { headers: { authorization: h } });
      expect(r.status, h.slice(0, 40)).toBe(401);
      expect(r.body.error.code).toBe('UNAUTHORIZED');
    }
  });
});

describe('another jurisdiction: the project does not exist for it (404), and it cannot change it', () => {
  it.each(['department', 'bureau', 'auditor'] as const)('a bijie %s token', async (role) => {
    const t = await token({ sub: `jwt-bijie-${role}`, role, jur: 'bijie', ...(role === 'department' ? { dept: 'D-JWT-1' } : {}) });
    const before = await state();
    for (const r of [await http.get(`/v1/projects/${projectId}`, t), await http.get(`/v1/projects/${projectId}/events`, t)]) {
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('PROJECT_NOT_FOUND');
    }
    expect((await http.get('/v1/projects', t)).body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
    if (role === 'department') {
      const put = await http.raw('PUT', `/v1/projects/${projectId}`, { token: t, body: hongshanSmallBuild({ name: '跨辖区修改' }) });
      expect([put.status, put.body.error.code]).toEqual([404, 'PROJECT_NOT_FOUND']);
    }
    if (role === 'bureau') {
      const rev = await http.post(`/v1/projects/${projectId}/reviews`, { reviews: { 前置审核: 'pass' } }, t);
      expect([rev.status, rev.body.error.code]).toEqual([404, 'PROJECT_NOT_FOUND']);
    }
    expect(await state()).toBe(before);
  });
});

describe('a department forging its department', () => {
  it('a token for D2 cannot read or modify D1’s project (404) and does not list it', async () => {
    const d2 = await token({ sub: 'jwt-d2', role: 'department', dept: 'D-JWT-2', jur: 'hongshan' });
    const before = await state();
    for (const r of [
      await http.get(`/v1/projects/${projectId}`, d2),
      await http.get(`/v1/projects/${projectId}/events`, d2),
      await http.raw('PUT', `/v1/projects/${projectId}`, { token: d2, body: hongshanSmallBuild({ name: '冒名修改' }) }),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('PROJECT_NOT_FOUND');
    }
    expect((await http.get('/v1/projects', d2)).body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
    expect(await state()).toBe(before);
  });

  it.each([
    ['departmentId', { departmentId: 'D-JWT-1' }],
    ['dept', { dept: 'D-JWT-1' }],
    ['jurisdiction', { jurisdiction: 'bijie' }],
  ])('a body field %s is refused (400 VALIDATION_FAILED), on submission and on resubmission', async (field, extra) => {
    const d2 = await token({ sub: 'jwt-d2', role: 'department', dept: 'D-JWT-2', jur: 'hongshan' });
    const listBefore = (await http.get('/v1/projects', d2)).body.items.length;
    const before = await state();
    const post = await http.post('/v1/projects', { ...hongshanSmallBuild(), ...extra }, d2);
    expect(post.status).toBe(400);
    expect(post.body.error.code).toBe('VALIDATION_FAILED');
    expect(post.body.error.details.map((d: { message: string }) => d.message).join(' ')).toContain(field);
    const put = await http.raw('PUT', `/v1/projects/${projectId}`, { token: d1, body: { ...hongshanSmallBuild(), ...extra } });
    expect([put.status, put.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await http.get('/v1/projects', d2)).body.items.length).toBe(listBefore);
    expect(await state()).toBe(before);
  });

  it('a non-department role carrying a dept claim gains nothing from it', async () => {
    const bureauOther = await sign({ sub: 'jwt-b', role: 'bureau', dept: 'D-JWT-1', jur: 'bijie', iss: ISSUER, iat: now(), exp: now() + 3600 });
    const r = await http.get(`/v1/projects/${projectId}`, bureauOther);
    expect([r.status, r.body.error.code]).toEqual([404, 'PROJECT_NOT_FOUND']);
  });
});

describe('a finance token outside the budget gate: 403 FORBIDDEN', () => {
  const notForFinance = apiRoutes().filter((r) => r.roles !== 'public' && !r.roles.includes('finance'));
  it.each(notForFinance.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', async (_name, route) => {
    const t = await token({ sub: 'jwt-finance', role: 'finance', jur: 'hongshan' });
    const path = route.path.replace('{id}', projectId).replace(/\{\w+\}/g, 'x1');
    const before = await state();
    const r = await http.raw(route.method.toUpperCase(), path, { token: t, ...(route.method === 'get' ? {} : { body: route.path === '/v1/projects' || route.method === 'put' ? hongshanSmallBuild() : {} }) });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
    expect(await state()).toBe(before);
  });

  it('finance is not shut out of what it may read (rule packs)', async () => {
    const t = await token({ sub: 'jwt-finance', role: 'finance', jur: 'hongshan' });
    expect((await http.get('/v1/rule-packs', t)).status).toBe(200);
  });
});
