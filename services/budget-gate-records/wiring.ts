/** The ports of the gate's records (overrides, judgement decisions) and of the checks' list: the project or system, idempotent records, the audit sink (read only). */
import { gateAuditPort, idempotencyPort, projectsPort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, idempotency: idempotencyPort, gateAudit: gateAuditPort });
export const idempotent = idempotentWith(deps);
