export * from './model.js';
export * from './port.js';
export * from './regulation.js';
export * from './totals.js';
export * from './cycle.js';
export * from './read.js';
export { MemoryPlanStore } from './memoryStore.js';
export * from './callTie.js';
