/** The ports of filing: projects, systems, obligations and flags (daily scan), plan lines and verified documents (re-evaluated decisions), idempotent filings, the scan queue (the daily scan's fan-out). No pipeline queue, no gate audit. */
import { documentsPort, flagsPort, idempotencyPort, obligationsPort, plansPort, projectsPort, scanQueuePort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, obligations: obligationsPort, flags: flagsPort, scanQueue: scanQueuePort, plans: plansPort, documents: documentsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
