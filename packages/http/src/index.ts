export * from './errors.js';
export * from './auth.js';
export * from './router.js';
export { log } from './log.js';
export * from './sqs.js';
