/** The audit view of the packs: every catalogue rule listed, and every M and D rule implemented. */
import { describe, expect, it } from 'vitest';
import { catalogue, JURISDICTIONS, packListing, rulePacks } from '@gov/rules';

describe('rule-pack listing', () => {
  it.each(JURISDICTIONS)('%s lists every catalogue rule of the pack with article, key phrase and check type', (j) => {
    const listing = packListing(j, '2026-11-23');
    const ids = catalogue.filter((r) => r.pack === j).map((r) => r.id);
    expect(listing.rules.map((r) => r.id)).toEqual(ids);
    for (const r of listing.rules) {
      expect(r.article).toMatch(/^第/);
      expect(r.keyPhrase.length).toBeGreaterThan(0);
      expect(['M', 'D', 'H']).toContain(r.primaryCheck);
    }
  });

  it.each(JURISDICTIONS)('%s implements every rule of check type M and D', (j) => {
    const missing = packListing(j, '2026-11-23').rules.filter((r) => r.primaryCheck !== 'H' && !r.implemented).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.each(JURISDICTIONS)('%s registers only rule ids of its own catalogue section', (j) => {
    const own = new Set(catalogue.filter((r) => r.pack === j).map((r) => r.id));
    expect(rulePacks[j].rules.filter((r) => !own.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('the catalogue holds the 336 rules of the five regulations', () => {
    expect(catalogue).toHaveLength(336);
    expect(new Set(catalogue.map((r) => r.id)).size).toBe(336);
  });
});
