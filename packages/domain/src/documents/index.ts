export * from './policy.js';
export * from './ports.js';
export * from './documents.js';
export * from './inMemory.js';
