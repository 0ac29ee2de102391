/** The ports of the acceptance tracker: projects, systems, obligations and flags (daily scan), plan lines and verified documents (re-evaluated decisions), idempotent records. No queue, no gate audit. */
import { documentsPort, flagsPort, idempotencyPort, obligationsPort, plansPort, projectsPort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, obligations: obligationsPort, flags: flagsPort, plans: plansPort, documents: documentsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
