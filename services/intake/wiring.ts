/**
 * The ports of intake: submissions, resubmissions and reads of projects; hand-off to the classification queue; the
 * plan of the application's target year, read to tie the submission to its call (submit.ts).
 */
import { plansPort, projectsPort, queuePort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, queue: queuePort, plans: plansPort });
