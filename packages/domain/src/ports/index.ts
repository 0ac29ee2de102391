export * from './records.js';
export * from './writes.js';
export * from './ports.js';
