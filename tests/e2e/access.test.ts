/**
 * Access over HTTP: every documented route × every role, and no token at all. A role the route does not allow
 * gets 403 (or 404 where revealing existence would leak); an allowed role is never turned away with 401/403.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { apiRoutes } from '@gov/schemas';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const ROLES = ['department', 'bureau', 'finance', 'auditor', 'admin'] as const;
const tokens: Record<string, string> = {};
let projectId = '';

beforeAll(async () => {
  for (const role of ROLES) {
    tokens[role] = await token({ sub: `access-${role}`, role, jur: 'hongshan', ...(role === 'department' ? { dept: 'D-ACCESS' } : {}) });
  }
  const created = await http.post('/v1/projects', hongshanSmallBuild(), tokens.department);
  projectId = created.body.id;
  await eventually(() => http.get(`/v1/projects/${projectId}`, tokens.department), (r) => r.body?.status !== 'submitted' && r.body?.status !== 'classified');
});

const concrete = (path: string) => path.replace('{id}', projectId).replace('{jurisdiction}', 'hongshan');

describe.each(apiRoutes().map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, route) => {
  const call = (t?: string) => http.raw(route.method.toUpperCase(), concrete(route.path), { token: t, ...(route.method === 'get' ? {} : { body: {} }) });

  if (route.roles === 'public') {
    it('answers without a token', async () => {
      expect((await call()).status).toBe(200);
    });
    return;
  }

  it('no token → 401 with the error shape', async () => {
    const r = await call();
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('UNAUTHORIZED');
  });

  it.each(ROLES)('role %s', async (role) => {
    const r = await call(tokens[role]);
    if ((route.roles as readonly string[]).includes(role)) {
      expect([401, 403]).not.toContain(r.status);
      expect(r.status).toBeLessThan(500);
    } else {
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('departments and jurisdictions', () => {
  it("another department's project is not found (404), its history too", async () => {
    const other = await token({ sub: 'access-other', role: 'department', dept: 'D-OTHER', jur: 'hongshan' });
    expect((await http.get(`/v1/projects/${projectId}`, other)).status).toBe(404);
    expect((await http.get(`/v1/projects/${projectId}/events`, other)).status).toBe(404);
    expect((await http.get('/v1/projects', other)).body.items.map((p: { id: string }) => p.id)).not.toContain(projectId);
  });

  it("a reviewer or auditor of another jurisdiction cannot see the project", async () => {
    for (const role of ['bureau', 'auditor'] as const) {
      const foreign = await token({ sub: `foreign-${role}`, role, jur: 'bijie' });
      expect((await http.get(`/v1/projects/${projectId}`, foreign)).status).toBe(404);
    }
  });

  it('a department cannot forge its department through the body: it is taken from the token', async () => {
    const r = await http.post('/v1/projects', { ...hongshanSmallBuild(), departmentId: 'D-VICTIM' }, tokens.department);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain('(body)');
  });

  it('an auditor reads but cannot change: no submission, no review', async () => {
    expect((await http.get(`/v1/projects/${projectId}`, tokens.auditor)).status).toBe(200);
    expect((await http.post('/v1/projects', hongshanSmallBuild(), tokens.auditor)).status).toBe(403);
    expect((await http.post(`/v1/projects/${projectId}/reviews`, { decisions: [] }, tokens.auditor)).status).toBe(403);
  });

  it('an auditor verifies the hash chains of their own jurisdiction only', async () => {
    const own = await http.get(`/v1/audit/chains?projectId=${projectId}`, tokens.auditor);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ projectId, ok: true, firstBreak: null });
    expect(own.body.events).toBeGreaterThanOrEqual(3);
    const page = await http.get('/v1/audit/chains?limit=5', tokens.auditor);
    expect(page.status).toBe(200);
    expect(page.body.projects).toBeGreaterThanOrEqual(1);
    const elsewhere = await http.get('/v1/audit/chains?jurisdiction=bijie', tokens.auditor);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('FORBIDDEN');
    const foreign = await token({ sub: 'foreign-auditor', role: 'auditor', jur: 'bijie' });
    expect((await http.get(`/v1/audit/chains?projectId=${projectId}`, foreign)).status).toBe(404);
  });
});
