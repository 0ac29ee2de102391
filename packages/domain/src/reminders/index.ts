export * from './points.js';
export * from './ports.js';
export * from './reminders.js';
export * from './inMemory.js';
