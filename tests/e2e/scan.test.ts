/**
 * Looking ahead over HTTP against the whole local stack: the deadline preview on a chosen day, and `pnpm scan` running
 * the scheduled functions for a given day through serverless-offline's Lambda port (the schedule's own code path).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { E2E_PORTS } from '../setup/ports.js';
import { api, eventually, token } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const AHEAD = '2027-01-05';
const ROOT = resolve(import.meta.dirname, '../..');

async function pnpmScan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)('pnpm', ['--silent', 'scan', ...args], { cwd: ROOT, env: { ...process.env, LAMBDA_PORT: String(E2E_PORTS.lambda) }, timeout: 150_000 });
    return { code: 0, ...r };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

// Each `pnpm scan` starts tsx in a fresh process: tens of seconds when the machine is loaded (CI runs stacks beside it).
describe('deadlines ahead: preview on a chosen day, and pnpm scan for that day', () => {
  it('a contract signed today is previewed overdue on 2027-01-05, and the filing scan of that day flags it', async () => {
    const dept = await token({ sub: 'scan-dept', role: 'department', dept: 'SD-SCAN', jur: 'shandong' });
    const bureau = await token({ sub: 'scan-bureau', role: 'bureau', jur: 'shandong' });
    const other = await token({ sub: 'scan-other', role: 'department', dept: 'SD-OTHER', jur: 'shandong' });

    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild({ name: '山东省政务服务期限预览测试系统' })), dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
    }
    const approval = await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '5800000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau);
    expect(approval.status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: today }, dept)).status).toBe(201);

    // Today the 5-working-day contract filing (SD 第十三条) is open; on 2027-01-05 it is overdue. Nothing is written.
    const now = await http.get(`/v1/projects/${id}/deadlines`, dept);
    expect(now.status).toBe(200);
    const contractNow = now.body.obligations.find((o: { ruleId: string }) => o.ruleId === 'SD-13-contract-5wd');
    expect(contractNow).toMatchObject({ state: 'open', article: '第十三条', provisional: expect.any(Boolean) });
    expect(contractNow.due > today).toBe(true);
    const eventsBefore = (await http.get(`/v1/projects/${id}/events`, dept)).body.items.length;
    const ahead = await http.get(`/v1/projects/${id}/deadlines?on=${AHEAD}`, dept);
    expect(ahead.status).toBe(200);
    expect(ahead.body).toMatchObject({ projectId: id, on: AHEAD });
    expect(ahead.body.obligations.find((o: { ruleId: string }) => o.ruleId === 'SD-13-contract-5wd')).toMatchObject({ due: contractNow.due, state: 'overdue' });
    // The 2027 annual progress report (SD 第十六条, due 2027-12-31) only exists from 2027 on.
    const annual = (b: { obligations: { ruleId: string; due: string }[] }) => b.obligations.filter((o) => o.ruleId === 'SD-16-annual-report').map((o) => o.due);
    expect(annual(ahead.body)).toContain('2027-12-31');
    expect(annual(now.body)).not.toContain('2027-12-31');
    expect((await http.get(`/v1/projects/${id}/events`, dept)).body.items.length).toBe(eventsBefore);

    // Bad days and unknown parameters are 400; another department does not see the project.
    for (const q of ['on=2027-02-29', 'on=tomorrow', 'on=2101-01-01', 'asOf=2027-01-05']) {
      const r = await http.get(`/v1/projects/${id}/deadlines?${q}`, dept);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await http.get(`/v1/projects/${id}/deadlines?on=${AHEAD}`, other)).status).toBe(404);

    // pnpm scan filing --date 2027-01-05: the scheduled filing function flags the overdue contract filing.
    const filing = await pnpmScan('filing', '--date', AHEAD);
    expect(filing.code).toBe(0);
    expect(JSON.parse(filing.stdout)).toMatchObject({ job: 'filing', on: AHEAD });
    expect(JSON.parse(filing.stdout).flagsRaised).toBeGreaterThanOrEqual(1);
    const flags = await http.get('/v1/flags?type=overdue_filing&status=open&department=SD-SCAN', bureau);
    expect(flags.body.items.find((f: { projectId: string }) => f.projectId === id)).toMatchObject({ ruleId: 'SD-13-contract-5wd', due: contractNow.due, raisedOn: AHEAD });

    // pnpm scan deadlines --date 2027-01-05: the tracker's scan for that day.
    const deadlines = await pnpmScan('deadlines', '--date', AHEAD);
    expect(deadlines.code).toBe(0);
    expect(JSON.parse(deadlines.stdout)).toMatchObject({ job: 'tracker', on: AHEAD });
  }, 360_000);

  it('pnpm scan refuses an impossible date (exit 2) and says when the stack is not reachable (exit 1)', async () => {
    const bad = await pnpmScan('deadlines', '--date', '2027-02-29');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date/);
    const closed = await promisify(execFile)('pnpm', ['--silent', 'scan', 'deadlines'], { cwd: ROOT, env: { ...process.env, LAMBDA_PORT: '1' } }).then(() => 0, (e: { code: number; stderr: string }) => { expect(e.stderr).toMatch(/pnpm start/); return e.code; });
    expect(closed).toBe(1);
  }, 360_000);
});
