/** The ports of the documents function (beside its own S3 and project wiring in handler.ts): the document store, idempotent records. */
import { documentsPort, idempotencyPort, wire } from '../wiring.js';
import { idempotentWith } from '../idempotent.js';

export const deps = wire({ documents: documentsPort, idempotency: idempotencyPort });
export const idempotent = idempotentWith(deps);
