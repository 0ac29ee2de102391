/**
 * The pack listing behind GET /v1/rule-packs: every catalogue rule of a pack with its article, key phrase, check
 * type and whether this code implements it. It is how a reviewer audits the system against the regulation.
 */
import { catalogue } from './catalogue/prose.js';
import { packValidity } from './engine.js';
import { rulePacks } from './packs/index.js';
import type { IsoDate, Jurisdiction, PackMeta } from './types.js';

export interface ListedRule {
  id: string;
  function: string;
  article: string;
  keyPhrase: string;
  check: string;
  primaryCheck: string;
  outcome: string;
  implemented: boolean;
}

export interface PackListing {
  meta: PackMeta;
  validity: ReturnType<typeof packValidity>;
  counts: { total: number; implemented: number };
  rules: ListedRule[];
}

export function packListing(jurisdiction: Jurisdiction, on: IsoDate): PackListing {
  const pack = rulePacks[jurisdiction];
  const implemented = new Set(pack.rules.map((r) => r.id));
  const rules = catalogue
    .filter((r) => r.pack === jurisdiction)
    .map((r) => ({
      id: r.id,
      function: r.function,
      article: r.article,
      keyPhrase: r.keyPhrase,
      check: r.check,
      primaryCheck: r.primaryCheck,
      outcome: r.outcome,
      implemented: implemented.has(r.id),
    }));
  return {
    meta: pack.meta,
    validity: packValidity(pack.meta, on),
    counts: { total: rules.length, implemented: rules.filter((r) => r.implemented).length },
    rules,
  };
}
