/**
 * The system an O&M application (运维类) is for, as the system store records it. The application names it in
 * `existingSystems`; its facts (free O&M end, acceptance, status) come from the record, not from the application, so
 * HS 第八条's window is checked against the recorded 免费运维期 end rather than asking the department for it again.
 */
import type { SystemFacts } from '@gov/rules';
import type { AggregateStore } from '../ports/ports.js';
import type { ProjectState } from '../project.js';
import type { SystemState } from './system.js';

const OM_CATEGORIES: ReadonlySet<string> = new Set(['om', 'maintenance', 'om_service']);

/** The first listed system on record in the project's jurisdiction, for an O&M application; otherwise none. */
export async function listedSystemFacts(systems: AggregateStore<SystemState>, p: ProjectState): Promise<SystemFacts | undefined> {
  const category = p.classification?.category ?? p.application.category;
  if (!OM_CATEGORIES.has(category)) return undefined;
  for (const id of p.application.existingSystems ?? []) {
    const s = await systems.get(id);
    if (s && s.jurisdiction === p.jurisdiction) return s.facts;
  }
  return undefined;
}
