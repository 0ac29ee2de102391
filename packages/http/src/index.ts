export * from './errors.js';
export * from './auth.js';
export * from './router.js';
export * from './jsonBody.js';
export { log } from '@gov/observability';
export * from './sqs.js';
