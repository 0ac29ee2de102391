export * from './projectStore.js';
export * from './queue.js';
export { dynamo, sqs, resetClients } from './clients.js';
export * from './eventHash.js';
export * from './systems.js';
export * from './obligations.js';
export * from './flags.js';
export * from './gateLog.js';
