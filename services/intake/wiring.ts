/** The ports of intake: submissions (tied to the open annual plan call), resubmissions and reads of projects; hand-off to the classification queue. */
import { plansPort, projectsPort, queuePort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, queue: queuePort, plans: plansPort });
