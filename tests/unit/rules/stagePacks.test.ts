/**
 * Stage packs (decision 034) hold, for each decision, exactly the full pack's rules of the stages it evaluates:
 * the same rule objects in the same order, and the same meta, so every decision answers as on the full pack.
 */
import { describe, expect, it } from 'vitest';
import { classificationPack, deadlinesPack, filingPack, gatePack, JURISDICTIONS, preReviewPack, rulePack } from '@gov/rules';
import { stageRules } from '../../../packages/rules/src/engine.js';

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
