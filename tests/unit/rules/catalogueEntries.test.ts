/** The catalogue's entries (what rules read) are the full catalogue without its prose, row for row (decision 034). */
import { describe, expect, it } from 'vitest';
import { catalogue, catalogueRule, isOverridable } from '@gov/rules';
import entries from '../../../packages/rules/src/catalogue/entries.json' with { type: 'json' };

describe('catalogue entries', () => {
  it('project every catalogue row, in order, with the OVERRIDABLE mark of its outcome', () => {
    expect(entries).toEqual(catalogue.map((r) => ({
      id: r.id, pack: r.pack, function: r.function, article: r.article, primaryCheck: r.primaryCheck, markedOverridable: /OVERRIDABLE/.test(r.outcome),
    })));
    expect(entries).toHaveLength(336);
  });

  it('answer rule handles: article and stage; overridable from the catalogue or from the text', () => {
    expect(catalogueRule('HS-07-annual-0630')).toMatchObject({ article: '第七条', function: 'intake', primaryCheck: 'M', markedOverridable: true });
    expect(isOverridable('HS-07-annual-0630')).toBe(true);
    expect(catalogueRule('HS-24-free-om-end').markedOverridable).toBe(false);
    expect(isOverridable('HS-24-free-om-end')).toBe(true); // 原则上 in the text
    expect(isOverridable('HS-07-dept-consolidated')).toBe(false);
    expect(() => catalogueRule('HS-99-none')).toThrow('rule id not in the catalogue');
  });
});
