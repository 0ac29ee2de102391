/**
 * Decisions rest on records (issue 15): an application that asserts its own lifecycle gains nothing at the gate; each
 * milestone and named record is accepted only from the role the regulation names (docs/milestone-roles.md).
 */
import { describe, expect, it } from 'vitest';
import {
  checkGate, classifyProject, inMemoryDeps, preReviewProject, projectFor, recordGateDecision, recordMilestone, recordReview, submitApplication,
  type Caller, type Deps,
} from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { shandongBuild } from '../../support/applications.js';
import { storedProject, uploadDeclaredDocuments } from './fixtures.js';

const dept: Caller = { sub: 'sd-dept', role: 'department', dept: 'SD-1', jur: 'shandong' };
const bureau: Caller = { sub: 'sd-bureau', role: 'bureau', jur: 'shandong' };
const finance: Caller = { sub: 'sd-finance', role: 'finance', jur: 'shandong' };
const admin: Caller = { sub: 'ops', role: 'admin', jur: 'shandong' };
const NOW = new Date('2026-06-01T02:00:00Z');
const ON = '2026-06-01';

/** Submitted, pre-reviewed, every reviewer task passed, approved, completed, sharing basis checked: not yet accepted. */
async function completedProject(deps: Deps, over: Record<string, unknown>) {
  const application = applicationSchema.parse(shandongBuild(over));
  await uploadDeclaredDocuments(deps, dept, application);
  const { project } = await submitApplication(deps, dept, application, undefined, NOW);
  await classifyProject(deps, project.id, NOW);
  await preReviewProject(deps, project.id, NOW);
  const p = await projectFor(deps, bureau, project.id);
  if (p.status !== 'in_library') {
    const r = await recordReview(deps, bureau, p.id, { decisions: p.preReview!.reviewerTasks.map((t) => ({ ruleId: t.ruleId, result: 'pass' as const })), reviews: {} }, NOW);
    expect(r.status).toBe('in_library');
  }
  await recordMilestone(deps, bureau, p.id, { type: 'approval', date: '2026-03-02', approvedEstimate: 860_000_000, reviews: { 省政务服务管理办公室审核意见: 'pass' } }, NOW, ON);
  await recordMilestone(deps, dept, p.id, { type: 'construction_completed', date: '2026-04-30' }, NOW, ON);
  await recordGateDecision(deps, bureau, { projectId: p.id, ruleId: 'SD-28-sharing-basis', result: 'pass' }, NOW, ON);
  return p.id;
}

const finalInstalment = (projectId: string) => ({ question: 'payment' as const, projectId, amount: 860_000_000, purpose: 'final_instalment' as const, fiscalYear: 2026 });

describe('the probe: an application claiming its own acceptance', () => {
  it('is denied the final instalment exactly like the same project without the claim (SD-23-unaccepted-no-funds)', async () => {
    const deps = inMemoryDeps();
    const honest = await completedProject(deps, {});
    const claiming = await completedProject(deps, { name: '山东省人社一体化公共服务平台(三期)', dates: { acceptancePassed: '2026-01-05', constructionCompleted: '2026-01-04' } });
    const a = await checkGate(deps, finance, finalInstalment(honest), NOW, ON);
    const b = await checkGate(deps, finance, finalInstalment(claiming), NOW, ON);
    expect(a.answer).toBe('deny');
    expect(b.answer).toBe('deny');
    expect(b.reasons.find((r) => r.ruleId === 'SD-23-unaccepted-no-funds')).toMatchObject({ outcome: 'DENY-PAY' });
    expect(b.facts.project.dates).not.toHaveProperty('acceptancePassed');
    expect(b.facts.project.dates?.constructionCompleted).toBe('2026-04-30');
  });

  it('shows the reviewer the claim as a claim', async () => {
    const deps = inMemoryDeps();
    const id = await completedProject(deps, { dates: { acceptancePassed: '2026-01-05' }, fields: { ...shandongBuild().fields, 验收结论: '已通过' } });
    const p = await projectFor(deps, bureau, id);
    expect(p.preReview?.claims).toMatchObject({ dates: { acceptancePassed: '2026-01-05' }, fields: { 验收结论: '已通过' } });
    expect(p.preReview?.claims?.notice).toMatch(/自述/);
  });

  it('the acceptance recorded by the 审批部门 lets the final instalment through', async () => {
    const deps = inMemoryDeps();
    const id = await completedProject(deps, {});
    await recordMilestone(deps, bureau, id, { type: 'acceptance_passed', date: '2026-05-20', organiser: '项目审批部门' }, NOW, ON);
    expect((await checkGate(deps, finance, finalInstalment(id), NOW, ON)).answer).toBe('allow');
  });
});

describe('who records what', () => {
  const admitted = async (jurisdiction: 'shandong' | 'hongshan' | 'bijie' | 'xichuan') => {
    const deps = inMemoryDeps();
    const p = storedProject(jurisdiction, { departmentId: 'SD-1', version: 1 });
    await deps.projects.save(p, { projectId: p.id, seq: p.version, type: 'seeded', actor: 't', at: NOW.toISOString(), payload: {} }, 0);
    return { deps, id: p.id };
  };
  const as = (c: Caller, jur: string): Caller => ({ ...c, jur });

  it('SD 第二十二条: acceptance by the 审批部门 only; HS 第二十八条: by the project unit', async () => {
    const sd = await admitted('shandong');
    await recordMilestone(sd.deps, dept, sd.id, { type: 'construction_completed', date: '2026-04-30' }, NOW, ON);
    await expect(recordMilestone(sd.deps, dept, sd.id, { type: 'acceptance_passed', date: '2026-05-20' }, NOW, ON)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN', message: expect.stringMatching(/审批部门/) });
    await expect(recordMilestone(sd.deps, bureau, sd.id, { type: 'acceptance_passed', date: '2026-05-20' }, NOW, ON)).resolves.toBeTruthy();
    const hs = await admitted('hongshan');
    await recordMilestone(hs.deps, as(dept, 'hongshan'), hs.id, { type: 'construction_completed', date: '2026-04-30' }, NOW, ON);
    await expect(recordMilestone(hs.deps, as(bureau, 'hongshan'), hs.id, { type: 'acceptance_passed', date: '2026-05-20' }, NOW, ON)).rejects.toMatchObject({ status: 403 });
    await expect(recordMilestone(hs.deps, as(dept, 'hongshan'), hs.id, { type: 'acceptance_passed', date: '2026-05-20' }, NOW, ON)).resolves.toBeTruthy();
  });

  it('BJ 第十六条: the 三方合同 is recorded by the user unit or the 大数据部门; elsewhere by the project unit only', async () => {
    const bj = await admitted('bijie');
    await expect(recordMilestone(bj.deps, as(bureau, 'bijie'), bj.id, { type: 'contract_signed', date: '2026-03-10' }, NOW, ON)).resolves.toBeTruthy();
    const hs = await admitted('hongshan');
    await expect(recordMilestone(hs.deps, as(bureau, 'hongshan'), hs.id, { type: 'contract_signed', date: '2026-03-10' }, NOW, ON)).rejects.toMatchObject({ status: 403 });
  });

  it('money paid is recorded by finance (国库集中支付), never by the unit that is paid; admin records nothing', async () => {
    const { deps, id } = await admitted('shandong');
    await expect(recordMilestone(deps, dept, id, { type: 'payment_made', date: '2026-05-01', amount: 100 }, NOW, ON)).rejects.toMatchObject({ status: 403 });
    await expect(recordMilestone(deps, admin, id, { type: 'payment_made', date: '2026-05-01', amount: 100 }, NOW, ON)).rejects.toMatchObject({ status: 404 });
    const r = await recordMilestone(deps, finance, id, { type: 'payment_made', date: '2026-05-01', amount: 100 }, NOW, ON);
    expect(r.state.lifecycle?.paidToDate).toBe(100);
    await expect(recordMilestone(deps, { ...finance, jur: 'hongshan' }, id, { type: 'payment_made', date: '2026-05-01', amount: 100 }, NOW, ON)).rejects.toMatchObject({ status: 404 });
  });

  it('a named record from its role feeds the gate; from another role 403; an unknown name 422', async () => {
    const { deps, id } = await admitted('shandong');
    const rec = { type: 'record' as const, date: '2026-05-01', name: '财政投资评审核定金额', amount: 50_000_000 };
    await expect(recordMilestone(deps, dept, id, rec, NOW, ON)).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/财政部门/) });
    await expect(recordMilestone(deps, finance, id, { ...rec, name: '随便什么' }, NOW, ON)).rejects.toMatchObject({ status: 422, code: 'UNKNOWN_RECORD' });
    const r = await recordMilestone(deps, finance, id, rec, NOW, ON);
    expect(r.state.lifecycle?.fields).toMatchObject({ 财政投资评审核定金额: 50_000_000 });
    const over = await checkGate(deps, finance, { question: 'payment', projectId: id, amount: 50_000_001, purpose: 'construction', fiscalYear: 2026 }, NOW, ON);
    const within = await checkGate(deps, finance, { question: 'payment', projectId: id, amount: 50_000_000, purpose: 'construction', fiscalYear: 2026 }, NOW, ON);
    expect(over.reasons.map((x) => x.ruleId)).not.toEqual(within.reasons.map((x) => x.ruleId));
  });
});
