export * from './access.js';
export * from './errors.js';
export * from './project.js';
export * from './submit.js';
export * from './read.js';
export * from './pipeline.js';
export { shanghaiDate } from './time.js';
export * from './reviews.js';
export * from './revise.js';
