/** The port of the workbook export: the plan store only (it reads one plan). */
import { plansPort, wire } from '../wiring.js';

export const deps = wire({ plans: plansPort });
