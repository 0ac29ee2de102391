export { z } from './zod.js';
export * from './money.js';
export * from './application.js';
export * from './review.js';
export * from './openapi.js';
export * from './gate.js';
export * from './milestone.js';
export * from './filing.js';
export * from './usage.js';
