export * from './stage.js';
export * from './projects.js';
