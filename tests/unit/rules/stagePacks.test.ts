/**
 * Stage packs (decision 034) hold, for each decision, exactly the full pack's rules of the stages it evaluates:
 * the same rule objects in the same order, and the same meta, so every decision answers as on the full pack.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classificationPack, classify, deadlinesPack, filingPack, gatePack, JURISDICTIONS, preReview, preReviewDeadlinesPack, preReviewPack, rulePack } from '@gov/rules';
import { stageRules } from '../../../packages/rules/src/engine.js';
import { testCalendar } from './fixtures.js';
import { approvalApp, libraryApp } from './hongshan/fixtures-front.js';

const STAGES = {
  classification: [classificationPack, ['classification']],
  preReview: [preReviewPack, ['intake', 'pre-review']],
  gate: [gatePack, ['budget-gate']],
  deadlines: [deadlinesPack, ['acceptance-tracker', 'filing']],
  filing: [filingPack, ['filing']],
} as const;

describe('stage packs', () => {
  for (const j of JURISDICTIONS) {
    for (const [name, [pack, stages]] of Object.entries(STAGES)) {
      it(`${j} ${name}: the full pack's rules of ${stages.join(' + ')}, nothing else`, () => {
        const full = rulePack(j);
        const cut = pack(j);
        expect(cut.meta).toBe(full.meta);
        expect(cut.rules).toEqual(full.rules.filter((r) => (stages as readonly string[]).includes(r.stage)));
        expect(cut.rules.length).toBeGreaterThan(0);
        for (const s of stages) {
          if (s === 'budget-gate') {
            for (const q of ['payment', 'om'] as const) expect(stageRules(cut, s, q)).toEqual(stageRules(full, s, q));
          } else expect(stageRules(cut, s)).toEqual(stageRules(full, s));
        }
        expect(pack(j)).toBe(cut);
      });
    }
  }
});

/**
 * Obligations (domain lifecycle/obligations.ts) take the pre-review DEADLINE findings from `preReviewDeadlinesPack`:
 * the pre-review pack's rules, in its order, that can yield a DEADLINE — whatever answers for them must be the same.
 */
describe('pre-review deadlines pack', () => {
  const PACKS = resolve(import.meta.dirname, '../../../packages/rules/src/packs');
  const source = (j: string, file: string) => readFileSync(resolve(PACKS, j, file), 'utf8');

  for (const j of JURISDICTIONS) {
    it(`${j}: a subset of the pre-review pack, in its order, with its meta`, () => {
      const cut = preReviewDeadlinesPack(j);
      const full = preReviewPack(j);
      expect(cut.meta).toBe(full.meta);
      expect(cut.rules).toEqual(full.rules.filter((r) => cut.rules.includes(r)));
      expect(preReviewDeadlinesPack(j)).toBe(cut);
    });
    // Every rule yielding a DEADLINE builds it in its own file; the intake and pre-review stage files build none, so
    // the pre-review rules left out of the deadlines pack cannot yield one.
    it(`${j}: no DEADLINE in the intake and pre-review rule files`, () => {
      for (const file of ['intake.ts', 'preReview.ts']) expect([file, /'DEADLINE'|deadlineFinding/.test(source(j, file))]).toEqual([file, false]);
    });
  }

  it('hongshan: only 第十一条\'s approval SLA, whose file builds the DEADLINE', () => {
    expect(preReviewDeadlinesPack('hongshan').rules.map((r) => r.id)).toEqual(['HS-11-prereq-complete']);
    expect(source('hongshan', 'approvalSla.ts')).toContain("'DEADLINE'");
  });

  // Both sides of the 7-working-day SLA (2026-04-28 → 2026-05-11) and a project without the record.
  const hs = rulePack('hongshan');
  const deadlinesOf = (pack: typeof hs, project: ReturnType<typeof approvalApp>, on: string) => {
    const c = classify(hs, { project }, on, testCalendar);
    return preReview(pack, { project }, on, testCalendar, c).findings.filter((f) => f.outcome === 'DEADLINE');
  };
  for (const [name, project, on, state] of [
    ['approval ready, on the last day', approvalApp({ records: { approval_ready: '2026-04-28' } }), '2026-05-11', 'open'],
    ['approval ready, the day after', approvalApp({ records: { approval_ready: '2026-04-28' } }), '2026-05-12', 'overdue'],
    ['approved in time', approvalApp({ records: { approval_ready: '2026-04-28' }, dates: { approvalDate: '2026-05-11' } }), '2026-06-01', 'met'],
    ['approval not ready', approvalApp(), '2026-05-12', undefined],
    ['library application', libraryApp({ records: { approval_ready: '2026-04-28' } }), '2026-05-12', undefined],
  ] as const) {
    it(`hongshan ${name}: the same DEADLINE findings as the whole pre-review pack`, () => {
      const whole = deadlinesOf(preReviewPack('hongshan'), project, on);
      expect(deadlinesOf(preReviewDeadlinesPack('hongshan'), project, on)).toEqual(whole);
      expect(whole.map((f) => (f.detail as { state?: string }).state)).toEqual(state ? [state] : []);
    });
  }
});
