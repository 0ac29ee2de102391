/** BJ-27 (第二十七条) only encourages domestic products: a reviewer's "fail" is recorded but does not refuse. */
import { describe, expect, it } from 'vitest';
import { preReview, rulePack, chinaCalendar, type ProjectFacts } from '@gov/rules';
import { projectFacts } from '../fixtures.js';

describe('BJ-27-domestic-products is advisory', () => {
  it('a failed BJ-27 decision neither rejects nor blocks, while a failed BJ-29 decision does', () => {
    const base = projectFacts({ jurisdiction: 'bijie', applicationKind: '服务方案', flags: { handlesSensitiveData: true } }) as ProjectFacts;
    const decide = (ruleId: string) =>
      preReview(rulePack('bijie'), { project: { ...base, status: { decisions: { [ruleId]: { result: 'fail', reviewer: 'r', on: '2026-11-23' } } } } }, '2026-11-23', chinaCalendar, {});
    const bj27 = decide('BJ-27-domestic-products');
    expect(bj27.findings.map((f) => f.ruleId)).toContain('BJ-27-domestic-products');
    expect(bj27.blocking.map((f) => f.ruleId)).not.toContain('BJ-27-domestic-products');
    const bj29 = decide('BJ-29-data-security');
    expect(bj29.blocking.map((f) => f.ruleId)).toContain('BJ-29-data-security');
    expect(bj29.outcome).toBe('rejected');
  });
});
