/** The ports of pre-review: the project with its plan line, system and verified documents; idempotent review records. No queue: admission is the pipeline's last step. */
import { documentsPort, idempotencyPort, plansPort, projectsPort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, plans: plansPort, documents: documentsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
