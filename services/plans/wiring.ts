/** The ports of the annual plans: the plan store, and the projects' event logs (payments in the plan's year, for the report). */
import { plansPort, projectsPort, wire } from '../wiring.js';

export const deps = wire({ plans: plansPort, projects: projectsPort });
