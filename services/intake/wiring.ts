/**
 * The ports of intake: submissions, resubmissions and reads of projects; hand-off to the classification queue; the
 * year's plan, which a submission is tied to (submit.ts reads the plan call).
 */
import { plansPort, projectsPort, queuePort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, queue: queuePort, plans: plansPort });
