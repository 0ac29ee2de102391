/**
 * What the services may know of the rules without deciding anything: the jurisdictions, and the rule-pack listing
 * served for audit. Handlers import these from the domain, never from @gov/rules (they hold no rule logic).
 */
import { JURISDICTIONS, packListing, requirementsOf, rulePacks, type Jurisdiction, type RequirementsFilter } from '@gov/rules';
import { DomainError } from './errors.js';

export { JURISDICTIONS, type Jurisdiction };

/** Every pack's metadata, validity and counts on `on`. */
export function packSummaries(on: string) {
  return JURISDICTIONS.map((j) => {
    const l = packListing(j, on);
    return { ...l.meta, validity: l.validity, counts: l.counts };
  });
}

/** One pack's rules as listed on `on`, with its requirements schema (narrowed by `filter`); an unknown jurisdiction is 404. */
export function packDetail(jurisdiction: string, on: string, filter: RequirementsFilter = {}) {
  if (!Object.hasOwn(rulePacks, jurisdiction)) {
    throw new DomainError(404, 'RULE_PACK_NOT_FOUND', `没有辖区 ${jurisdiction} 的规则包`, [{ path: 'jurisdiction', message: `应为 ${JURISDICTIONS.join('、')} 之一` }]);
  }
  return { ...packListing(jurisdiction as Jurisdiction, on), requirements: requirementsOf(jurisdiction as Jurisdiction, filter) };
}
