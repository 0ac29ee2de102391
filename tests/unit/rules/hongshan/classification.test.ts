import { describe, expect, it } from 'vitest';
import { classify, rulePack } from '@gov/rules';
import { projectFacts, testCalendar } from '../fixtures.js';

const hs = rulePack('hongshan');
const on = '2026-03-02';

describe('HS-02-upgrade-as-om (第二条(二)): upgrade ≤15% of the original investment and ≤60万元 is O&M', () => {
  const upgrade = (amountTotal: number, originalInvestment: number) =>
    classify(hs, { project: projectFacts({ subtype: 'upgrade', category: 'build', amountTotal, originalInvestment }) }, on, testCalendar);

  it('exactly 60万元 and exactly 15% is O&M (both bounds inclusive)', () => {
    expect(upgrade(60_000_000, 400_000_000).category).toBe('om');
  });
  it('one fen over 60万元 stays 建设类', () => {
    expect(upgrade(60_000_001, 1_000_000_000).category).toBe('build');
  });
  it('one fen over 15% stays 建设类', () => {
    expect(upgrade(15_000_001, 100_000_000).category).toBe('build');
  });
  it('599,999.99 against 4,000,000 is O&M and cites the rule', () => {
    const d = upgrade(59_999_999, 400_000_000);
    expect(d.category).toBe('om');
    expect(d.findings.map((f) => f.ruleId)).toContain('HS-02-upgrade-as-om');
    expect(d.findings[0].article).toBe('第二条(二)');
  });
});
