export * from './projectStore.js';
export * from './queue.js';
export { dynamo, sqs } from './clients.js';
export * from './eventHash.js';
