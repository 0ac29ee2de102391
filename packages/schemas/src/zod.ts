/** One zod instance for the whole system, with Chinese default messages and OpenAPI metadata support. */
import { z } from 'zod';
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';

z.config(z.locales.zhCN());
extendZodWithOpenApi(z);

export { z };
