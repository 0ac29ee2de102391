/** The ports of intake: submissions, resubmissions and reads of projects; hand-off to the classification queue. */
import { projectsPort, queuePort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, queue: queuePort });
