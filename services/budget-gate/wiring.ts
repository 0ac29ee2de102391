/** The ports of the budget-gate check: the subject (project or system) and its plan line, the gate audit. */
import { gateAuditPort, plansPort, projectsPort, systemsPort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, plans: plansPort, gateAudit: gateAuditPort });
