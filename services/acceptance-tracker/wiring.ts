/** The ports of the acceptance tracker: projects, systems, obligations and flags (daily scan), the scan queue (its fan-out), plan lines and verified documents (re-evaluated decisions), idempotent records. No pipeline queue, no gate audit. */
import { documentsPort, flagsPort, idempotencyPort, obligationsPort, plansPort, projectsPort, scanQueuePort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, obligations: obligationsPort, flags: flagsPort, scanQueue: scanQueuePort, plans: plansPort, documents: documentsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
