/**
 * No dead ends (issue 10 §2): a shandong project admitted and approved without the 省政务服务管理办公室审核意见 is
 * denied at the gate (SD-09, absolute); the opinion recorded afterwards as an authority record lets it pay. The bureau
 * reopens a closed review with a reason and decides it again.
 */
import { describe, expect, it } from 'vitest';
import {
  checkGate, classifyProject, inMemoryDeps, preReviewProject, projectFor, recordAuthority, recordGateDecision, recordMilestone, recordReview, reopenReview, submitApplication,
  eventsFor, type Caller, type Deps,
} from '@gov/domain';
import { applicationSchema, authorityRecordSchema } from '@gov/schemas';
import { shandongBuild } from '../../support/applications.js';
import { uploadDeclaredDocuments } from './fixtures.js';

const dept: Caller = { sub: 'sd-dept', role: 'department', dept: 'SD-1', jur: 'shandong' };
const bureau: Caller = { sub: 'sd-bureau', role: 'bureau', jur: 'shandong' };
const finance: Caller = { sub: 'sd-finance', role: 'finance', jur: 'shandong' };
const NOW = new Date('2026-06-01T02:00:00Z');
const ON = '2026-06-01';
const OPINION = '省政务服务管理办公室审核意见';

/** Admitted and approved with no opinion on record: the dead end of issue 10 §2. */
async function approvedWithoutOpinion(deps: Deps) {
  const application = applicationSchema.parse(shandongBuild());
  await uploadDeclaredDocuments(deps, dept, application);
  const { project } = await submitApplication(deps, dept, application, undefined, NOW);
  await classifyProject(deps, project.id, NOW);
  await preReviewProject(deps, project.id, NOW);
  const p = await projectFor(deps, bureau, project.id);
  if (p.status !== 'in_library') {
    const r = await recordReview(deps, bureau, p.id, { decisions: p.preReview!.reviewerTasks.map((t) => ({ ruleId: t.ruleId, result: 'pass' as const })), reviews: {} }, NOW);
    expect(r.status).toBe('in_library');
  }
  await recordMilestone(deps, bureau, p.id, { type: 'approval', date: '2026-03-02', approvedEstimate: 860_000_000 }, NOW, ON);
  await recordGateDecision(deps, bureau, { projectId: p.id, ruleId: 'SD-28-sharing-basis', result: 'pass' }, NOW, ON);
  const sha256 = Object.keys((await projectFor(deps, bureau, p.id)).verifiedDocuments ?? {})[0];
  return { id: p.id, sha256 };
}

const instalment = (projectId: string) => ({ question: 'payment' as const, projectId, amount: 100_000_00, purpose: 'construction' as const, fiscalYear: 2026 });
const opinion = (sha256: string, over: Record<string, unknown> = {}) => authorityRecordSchema.parse({ name: OPINION, kind: 'opinion', date: '2026-05-20', document: { sha256 }, ...over });

describe('authority records', () => {
  it('turn the SD-09 denial of an admitted project into allow', async () => {
    const deps = inMemoryDeps();
    const { id, sha256 } = await approvedWithoutOpinion(deps);
    const denied = await checkGate(deps, finance, instalment(id), NOW, ON);
    expect(denied.answer).toBe('deny');
    expect(denied.reasons.map((r) => r.ruleId)).toContain('SD-09-opinion-prereq');

    const r = await recordAuthority(deps, bureau, id, opinion(sha256), NOW, ON);
    expect(r.record).toMatchObject({ id: 'ar-1', name: OPINION, kind: 'opinion', authority: '省政务服务管理办公室', article: '第九条', result: 'pass', date: '2026-05-20' });
    expect(r.state.lifecycle?.status.reviews?.[OPINION]).toBe('pass');
    const allowed = await checkGate(deps, finance, instalment(id), NOW, ON);
    expect(allowed.reasons.map((x) => x.ruleId)).not.toContain('SD-09-opinion-prereq');
    expect(allowed.answer).toBe('allow');
    const events = await eventsFor(deps, dept, id);
    expect(events.at(-1)).toMatchObject({ type: 'authority_recorded', payload: { record: { name: OPINION } } });
    expect((await projectFor(deps, dept, id)).authorityRecords).toHaveLength(1);
  });

  it('a failed opinion keeps the gate closed', async () => {
    const deps = inMemoryDeps();
    const { id, sha256 } = await approvedWithoutOpinion(deps);
    await recordAuthority(deps, bureau, id, opinion(sha256, { result: 'fail' }), NOW, ON);
    expect((await checkGate(deps, finance, instalment(id), NOW, ON)).answer).toBe('deny');
  });

  it('refuses the wrong role, unknown names, a wrong kind, a future date and an unverified document, writing nothing', async () => {
    const deps = inMemoryDeps();
    const { id, sha256 } = await approvedWithoutOpinion(deps);
    const before = (await eventsFor(deps, bureau, id)).length;
    await expect(recordAuthority(deps, dept, id, opinion(sha256), NOW, ON)).rejects.toMatchObject({ status: 403 });
    await expect(recordAuthority(deps, finance, id, opinion(sha256), NOW, ON)).rejects.toMatchObject({ status: 404 });
    await expect(recordAuthority(deps, bureau, id, opinion(sha256, { name: '某某意见' }), NOW, ON)).rejects.toMatchObject({ status: 422, code: 'UNKNOWN_AUTHORITY_RECORD' });
    await expect(recordAuthority(deps, bureau, id, opinion(sha256, { kind: 'approval' }), NOW, ON)).rejects.toMatchObject({ status: 422, code: 'AUTHORITY_RECORD_KIND' });
    await expect(recordAuthority(deps, bureau, id, opinion(sha256, { date: '2026-06-02' }), NOW, ON)).rejects.toMatchObject({ status: 400 });
    await expect(recordAuthority(deps, bureau, id, opinion('f'.repeat(64)), NOW, ON)).rejects.toMatchObject({ status: 422, code: 'DOCUMENT_NOT_VERIFIED' });
    // Today itself is not in the future.
    await expect(recordAuthority(deps, bureau, id, opinion(sha256, { date: ON }), NOW, ON)).resolves.toBeDefined();
    expect((await eventsFor(deps, bureau, id)).length).toBe(before + 1);
  });
});

describe('authority records before admission', () => {
  it('run the pre-review again on the record (as a review does), and are refused before the pipeline has run', async () => {
    const deps = inMemoryDeps();
    const application = applicationSchema.parse(shandongBuild({ name: '山东省政务服务事项协同系统(预审中)' }));
    await uploadDeclaredDocuments(deps, dept, application);
    const { project } = await submitApplication(deps, dept, application, undefined, NOW);
    const sha256 = application.documents[0].sha256;
    await expect(recordAuthority(deps, bureau, project.id, opinion(sha256), NOW, ON)).rejects.toMatchObject({ status: 409, code: 'NOT_RECORDABLE' });
    await classifyProject(deps, project.id, NOW);
    await preReviewProject(deps, project.id, NOW);
    const before = await projectFor(deps, bureau, project.id);
    expect(['pending_review', 'returned']).toContain(before.status);
    const r = await recordAuthority(deps, bureau, project.id, opinion(sha256), NOW, ON);
    expect(r.state.version).toBe(before.version + 1);
    expect(r.state.lifecycle?.status.reviews?.[OPINION]).toBe('pass');
    const last = (await eventsFor(deps, bureau, project.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'authority_recorded', payload: { record: { name: OPINION }, status: r.state.status } });
    expect(last.packVersion).toBeDefined();
  });
});

describe('reopening a closed review', () => {
  it('is refused before admission and for an undecided item; after it the item can be decided again, once', async () => {
    const deps = inMemoryDeps();
    const { id } = await approvedWithoutOpinion(deps);
    const p = await projectFor(deps, bureau, id);
    const item = Object.keys(p.lifecycle?.status.decisions ?? {})[0];
    expect(item).toBeDefined();
    await expect(recordReview(deps, bureau, id, { decisions: [{ ruleId: item, result: 'fail' }], reviews: {} }, NOW)).rejects.toMatchObject({ status: 409, code: 'NOT_REVIEWABLE' });
    await expect(reopenReview(deps, dept, id, item, '复核', NOW, ON)).rejects.toMatchObject({ status: 403 });
    await expect(reopenReview(deps, bureau, id, 'SD-99-none', '复核', NOW, ON)).rejects.toMatchObject({ status: 404, code: 'REVIEW_ITEM_NOT_FOUND' });

    const r = await reopenReview(deps, bureau, id, item, '审计发现评审材料不全,重新审核', NOW, ON);
    expect(r).toMatchObject({ item, reason: '审计发现评审材料不全,重新审核', reopened: [item] });
    await expect(reopenReview(deps, bureau, id, item, '再次', NOW, ON)).rejects.toMatchObject({ status: 409, code: 'REVIEW_ALREADY_REOPENED' });
    const seen = await projectFor(deps, dept, id);
    expect(seen.reopenedReviews?.[item]?.reason).toBe('审计发现评审材料不全,重新审核');
    expect((await eventsFor(deps, dept, id)).at(-1)).toMatchObject({ type: 'review_reopened', payload: { reopened: { item, reason: '审计发现评审材料不全,重新审核' } } });

    // Only the reopened item may be decided; the project stays in the library.
    const other = Object.keys(p.lifecycle?.status.decisions ?? {}).find((k) => k !== item) ?? 'SD-28-sharing-basis';
    await expect(recordReview(deps, bureau, id, { decisions: [{ ruleId: item, result: 'fail' }, { ruleId: other, result: 'fail' }], reviews: {} }, NOW)).rejects.toMatchObject({ status: 409 });
    const decided = await recordReview(deps, bureau, id, { decisions: [{ ruleId: item, result: 'fail', comment: '材料不全' }], reviews: {} }, NOW);
    expect(decided.status).toBe('in_library');
    expect(decided.lifecycle?.status.decisions?.[item]?.result).toBe('fail');
    expect(decided.reopenedReviews?.[item]).toBeUndefined();
    await expect(recordReview(deps, bureau, id, { decisions: [{ ruleId: item, result: 'pass' }], reviews: {} }, NOW)).rejects.toMatchObject({ status: 409 });
  });
});
