/**
 * Issue 15 probe over HTTP: system ids are scoped per jurisdiction and department. D001 and D002 each register
 * SYS-PROBE-A and address it by their own code; a 409 SYSTEM_EXISTS comes only from the department's own system;
 * nothing D002 is answered — by code or by D001's (computable) stored id — tells it that D001's system exists; the
 * bureau of the jurisdiction sees both by their stored ids.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token, type ApiResponse } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const CODE = 'SYS-PROBE-A';

/** An admitted, approved shandong project of the department `token`. */
async function approvedProject(dept: string, bureau: string, name: string): Promise<string> {
  const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild({ name })), dept);
  expect(created.status).toBe(202);
  const id = created.body.id;
  const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, bureau), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
  if (reviewed.body.status !== 'in_library') {
    const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
    expect((await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
  }
  const approval = await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '8600000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau);
  expect(approval.status).toBe(201);
  return id;
}

const register = (projectId: string, name: string, dept: string) =>
  http.post(`/v1/projects/${projectId}/milestones`, { type: 'operation_started', date: '2026-06-01', system: { id: CODE, name, kind: '政务服务' } }, dept);

/** An error answer with the reference it echoes masked, to compare "exists elsewhere" with "exists nowhere". */
const masked = (r: ApiResponse, ref: string) => ({ status: r.status, body: JSON.parse(JSON.stringify(r.body).split(ref).join('<ref>')) });

describe('system ids scoped per jurisdiction and department', () => {
  it('two departments each register SYS-PROBE-A; D002 learns nothing of D001’s; the bureau sees both', async () => {
    const d1 = await token({ sub: 'sd-sys-d1', role: 'department', dept: 'SD-SYS1', jur: 'shandong' });
    const d2 = await token({ sub: 'sd-sys-d2', role: 'department', dept: 'SD-SYS2', jur: 'shandong' });
    const bureau = await token({ sub: 'sd-sys-bureau', role: 'bureau', jur: 'shandong' });
    const p1 = await approvedProject(d1, bureau, '山东省人社一体化公共服务平台(系统编号探测一)');
    const p2 = await approvedProject(d2, bureau, '山东省社会保险经办协同平台(系统编号探测二)');

    const r1 = await register(p1, '甲部门系统', d1);
    expect(r1.status).toBe(201);
    const [k1] = r1.body.systemIds;
    expect(k1).toMatch(/^sys-[0-9a-f]{24}$/);

    // D002, before it has any system: its code and D001's stored id answer exactly like names of nothing.
    const unknownKey = `sys-${'0'.repeat(24)}`;
    expect(masked(await http.get(`/v1/systems/${CODE}`, d2), CODE)).toEqual(masked(await http.get('/v1/systems/SYS-NOTHING', d2), 'SYS-NOTHING'));
    const byKey = await http.get(`/v1/systems/${k1}`, d2);
    expect(byKey.status).toBe(404);
    expect(masked(byKey, k1)).toEqual(masked(await http.get(`/v1/systems/${unknownKey}`, d2), unknownKey));
    const usage = { periodStart: '2026-06-01', periodEnd: '2026-06-30', activeUsers: 9, transactions: 90 };
    expect(masked(await http.post(`/v1/systems/${k1}/usage`, usage, d2), k1)).toEqual(masked(await http.post(`/v1/systems/${unknownKey}/usage`, usage, d2), unknownKey));

    // D002 registers the same code: its own system, not a 409 about D001's.
    const r2 = await register(p2, '乙部门系统', d2);
    expect(r2.status).toBe(201);
    const [k2] = r2.body.systemIds;
    expect(k2).not.toBe(k1);
    const again = await register(p2, '乙部门系统', d2);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SYSTEM_EXISTS');
    expect(JSON.stringify(again.body)).not.toMatch(/SD-SYS1|甲部门/);

    const own = await http.get(`/v1/systems/${CODE}`, d2);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: k2, code: CODE, name: '乙部门系统', departmentId: 'SD-SYS2' });
    expect((await http.get(`/v1/systems/${CODE}`, d1)).body).toMatchObject({ id: k1, name: '甲部门系统' });
    const used = await http.post(`/v1/systems/${CODE}/usage`, usage, d2);
    expect(used.status).toBe(201);
    expect(used.body).toMatchObject({ systemId: k2, code: CODE });
    expect((await http.get(`/v1/systems/${k1}`, bureau)).body).toMatchObject({ version: 1, name: '甲部门系统', usage: { periods: [] } });

    // The bureau addresses systems by stored id (codes are not unique in its jurisdiction).
    expect((await http.get(`/v1/systems/${k2}`, bureau)).body).toMatchObject({ code: CODE, departmentId: 'SD-SYS2', version: 2 });
    expect((await http.get(`/v1/systems/${CODE}`, bureau)).status).toBe(404);
  });
});
