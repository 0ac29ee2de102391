/** The ports of classification: the project with its plan line, system and verified documents; the pipeline queues (next step, recovery sweep). */
import { documentsPort, plansPort, projectsPort, queuePort, systemsPort, wire } from '../wiring.js';

export const deps = wire({ projects: projectsPort, systems: systemsPort, plans: plansPort, documents: documentsPort, queue: queuePort });
