export * from './stage.js';
export * from './projects.js';
export * from './deadlines.js';
export * from './systems.js';
export * from './records.js';
