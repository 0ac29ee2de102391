/**
 * The system an O&M application (运维类) is for, as the system store records it. The application names it in
 * `existingSystems`; its facts (free O&M end, acceptance, status) come from the record, not from the application, so
 * HS 第八条's window is checked against the recorded 免费运维期 end rather than asking the department for it again.
 */
import type { SystemFacts } from '@gov/rules';
import type { AggregateStore } from '../ports/ports.js';
import type { ProjectState } from '../project.js';
import { systemKeyIn } from './key.js';
import type { SystemState } from './system.js';

const OM_CATEGORIES: ReadonlySet<string> = new Set(['om', 'maintenance', 'om_service']);

/**
 * The first listed system on record of the applying department, for an O&M application; otherwise none. The
 * application names it by the department's own code (or its stored id, key.ts); another department's system is
 * never read, so an application cannot learn its facts through the findings.
 */
export async function listedSystemFacts(systems: AggregateStore<SystemState>, p: ProjectState): Promise<SystemFacts | undefined> {
  const category = p.classification?.category ?? p.application.category;
  if (!OM_CATEGORIES.has(category)) return undefined;
  for (const ref of p.application.existingSystems ?? []) {
    const s = await systems.get(systemKeyIn(p, ref));
    if (s && s.jurisdiction === p.jurisdiction && s.departmentId === p.departmentId) return s.facts;
  }
  return undefined;
}
