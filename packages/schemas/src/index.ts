export { z } from './zod.js';
export * from './money.js';
export * from './application.js';
export * from './review.js';
export * from './openapi.js';
