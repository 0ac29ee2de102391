/** One zod instance for the whole system, with Chinese default messages and OpenAPI metadata support. */
import { z } from 'zod';
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';

z.config(z.locales.zhCN());
extendZodWithOpenApi(z);

export { z };

/**
 * A free-form JSON number that DynamoDB can store: 0, or a magnitude between 1e-130 and 1e126 (beyond that the
 * write fails with "Number underflow/overflow" — a 500 instead of a 400).
 */
export const storableNumber = z.number().refine((v) => v === 0 || (Math.abs(v) >= 1e-130 && Math.abs(v) < 1e126), { message: '数值超出可存储范围' });
