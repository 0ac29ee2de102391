import { describe, expect, it } from 'vitest';
import { packListing, packValidity } from '@gov/rules';
import { classifyP, file, gate, payment, preReviewP, track, withReviews, xc, xcProject, contractFiling } from './fixtures.js';

/** 试行期两年 from 2025-08-29: binding through 2027-08-28, expired (advisory) from 2027-08-29 (§1, §6.5 #9). */
describe('pack validity: two-year trial', () => {
  const unreviewed = () => ({ project: withReviews({ 技术性审查: 'pending' }), payment: payment() });

  it('2027-08-28 still binds: an unreviewed project is denied', () => {
    const d = gate(unreviewed(), '2027-08-28');
    expect(d.binding).toBe(true);
    expect(d.packStatus).toBe('in_force');
    expect(d.notice).toBeNull();
    expect(d.answer).toBe('deny');
  });

  it('2027-08-29: expired, advisory with a notice; the denial no longer binds', () => {
    const d = gate(unreviewed(), '2027-08-29');
    expect(d.binding).toBe(false);
    expect(d.packStatus).toBe('expired');
    expect(d.notice).toContain('2027-08-28');
    expect(d.answer).toBe('review');
    expect(d.reasons.every((f) => f.advisory)).toBe(true);
  });

  it('every decision carries the header', () => {
    const p = xcProject({ deploymentTarget: '第三方商业云' });
    const pr = preReviewP(p, '2027-08-29');
    expect(pr.packStatus).toBe('expired');
    expect(pr.binding).toBe(false);
    expect(pr.outcome).not.toBe('rejected'); // the REJECT is advice only
    expect(preReviewP(p, '2027-08-28').outcome).toBe('rejected');
    expect(classifyP(xcProject(), '2027-08-29').binding).toBe(false);
    expect(track({ project: xcProject() }, '2027-08-29').packStatus).toBe('expired');
    const f = contractFiling();
    expect(file({ project: xcProject(), filing: { ...f, fields: { ...f.fields, 超出批复范围: true } } }, '2027-08-29').outcome).not.toBe('rejected');
  });

  it('before 2025-08-29 it was not yet in force', () => {
    expect(packValidity(xc.meta, '2025-08-28').binding).toBe(false);
    expect(packValidity(xc.meta, '2025-08-29').binding).toBe(true);
  });

  it('the listing shows every catalogue rule implemented', () => {
    const l = packListing('xichuan', '2026-03-02');
    expect(l.counts.total).toBe(70);
    expect(l.rules.filter((r) => !r.implemented).map((r) => r.id)).toEqual([]);
  });
});
