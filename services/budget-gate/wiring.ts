/** The ports of the budget gate: the subject (project or system) and its plan line, the gate audit, idempotent decisions. */
import { gateAuditPort, idempotencyPort, plansPort, projectsPort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, plans: plansPort, gateAudit: gateAuditPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
