/**
 * Issue 15 probe over HTTP (shandong): an application that claims its own acceptance is admitted and approved like
 * any other, and the gate still denies its final instalment (SD-23-unaccepted-no-funds); the claim is shown to the
 * reviewer as a claim; the department cannot record the acceptance the 审批部门 organises (SD 第二十二条).
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);

describe('decisions rest on records', () => {
  it('a claimed acceptance does not open the gate; the claim is shown as one', async () => {
    const dept = await token({ sub: 'sd-rec-dept', role: 'department', dept: 'SD-REC', jur: 'shandong' });
    const bureau = await token({ sub: 'sd-rec-bureau', role: 'bureau', jur: 'shandong' });
    const finance = await token({ sub: 'sd-rec-finance', role: 'finance', jur: 'shandong' });

    const application = shandongBuild({ name: '山东省人社一体化公共服务平台(记录探测)', dates: { acceptancePassed: '2026-01-05', constructionCompleted: '2026-01-04' } });
    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, application), dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, bureau), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    expect(reviewed.body.preReview.claims).toMatchObject({ dates: { acceptancePassed: '2026-01-05' } });
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
    }
    const own = await http.get(`/v1/projects/${id}`, dept);
    expect(own.body.preReview).not.toHaveProperty('duplicateCandidates');
    expect(own.body.preReview.duplicateCheck).toMatch(/查重/);

    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '8600000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'construction_completed', date: '2026-04-30' }, dept)).status).toBe(201);
    await http.post('/v1/budget-gate/decisions', { projectId: id, ruleId: 'SD-28-sharing-basis', result: 'pass' }, bureau);

    const payment = { question: 'payment', projectId: id, amount: '8600000.00', purpose: 'final_instalment', fiscalYear: 2026 };
    const denied = await http.post('/v1/budget-gate/checks', payment, finance);
    expect(denied.body.answer).toBe('deny');
    expect(denied.body.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('SD-23-unaccepted-no-funds');
    expect(denied.body.facts.project.dates).not.toHaveProperty('acceptancePassed');

    const byDept = await http.post(`/v1/projects/${id}/milestones`, { type: 'acceptance_passed', date: '2026-05-20' }, dept);
    expect(byDept.status).toBe(403);
    expect(byDept.body.error.message).toMatch(/审批部门/);
    const paidByDept = await http.post(`/v1/projects/${id}/milestones`, { type: 'payment_made', date: '2026-05-01', amount: '1.00' }, dept);
    expect(paidByDept.status).toBe(403);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'payment_made', date: '2026-05-01', amount: '1.00' }, finance)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'acceptance_passed', date: '2026-05-20', organiser: '项目审批部门' }, bureau)).status).toBe(201);
    const allowed = await http.post('/v1/budget-gate/checks', { ...payment, amount: '8599999.00' }, finance);
    expect(allowed.body.reasons.filter((r: { outcome: string }) => r.outcome.startsWith('DENY'))).toEqual([]);
    expect(allowed.body.answer).toBe('allow');
  });
});
