/** The ports of the documents function (beside its own S3 and project wiring in handler.ts): the document store. */
import { documentsPort, wire } from '../wiring.js';

export const deps = wire({ documents: documentsPort });
