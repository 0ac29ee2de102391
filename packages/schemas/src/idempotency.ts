/** The Idempotency-Key header every recording write accepts (docs/decisions/002, 120): one schema, one declaration. */
import { z } from './zod.js';

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'Idempotency-Key 至少8个字符')
  .max(128, 'Idempotency-Key 不超过128个字符')
  .regex(/^[\x21-\x7e]+$/, 'Idempotency-Key 只能包含可见 ASCII 字符');

/** The headers of a route that takes an Idempotency-Key. */
export const idempotencyHeaders = z.object({ 'idempotency-key': idempotencyKeySchema.optional() });
