/** The ports of the gate's records (overrides, judgement decisions): the project or system changed, idempotent records. */
import { idempotencyPort, projectsPort, systemsPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
