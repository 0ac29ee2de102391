/**
 * One zod instance for the whole system, with Chinese default messages. OpenAPI metadata goes through zod's own
 * `.meta()` (`id` names a component), so zod-to-openapi is needed only where the document is generated (decision 035).
 */
import { z } from 'zod';
import { zhLocale } from './zhMessages.js';

// Our own Chinese messages rather than zod's zh-CN locale, which leaves type names in English (zhMessages.ts); not
// importing `z.locales` also keeps every other locale out of the function bundles.
z.config(zhLocale);

export { z };

/**
 * A free-form JSON number that can be stored exactly: 0, or a magnitude between 1e-130 (DynamoDB's "Number
 * underflow") and Number.MAX_SAFE_INTEGER (the document client refuses imprecise numbers) — past either the write
 * failed with a 500 instead of a 400.
 */
export const storableNumber = z.number().refine((v) => v === 0 || (Math.abs(v) >= 1e-130 && Math.abs(v) <= Number.MAX_SAFE_INTEGER), { message: '数值超出可存储范围' });
