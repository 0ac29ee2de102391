/** The ports of the annual plans: the plan store only. */
import { plansPort, wire } from '../wiring.js';

export const deps = wire({ plans: plansPort });
