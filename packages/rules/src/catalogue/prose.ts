/**
 * The whole catalogue, prose included (key phrase, condition, outcome as written, notes): only the rule-pack
 * listing reads it, so only the function serving GET /v1/rule-packs loads its ~140 KB (decision 034).
 */
import rows from './catalogue.json' with { type: 'json' };
import type { CheckType, Jurisdiction, Stage } from '../types.js';

export interface CatalogueRule {
  id: string;
  pack: Jurisdiction;
  function: Stage;
  article: string;
  keyPhrase: string;
  condition: string;
  outcome: string;
  /** As written in the catalogue, e.g. "M / H", "M (param)". */
  check: string;
  primaryCheck: CheckType;
  notes: string;
}

export const catalogue: readonly CatalogueRule[] = rows as CatalogueRule[];
