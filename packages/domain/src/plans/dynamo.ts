/**
 * The DynamoDB PlanStore, checked against the port here (the adapter keeps its own shapes). Existing use cases that
 * reach storage directly (pipeline, reviews, gate) take the plan from here until they receive their ports.
 */
import { dynamoPlanStore } from '@gov/adapters';
import type { PlanState } from './model.js';
import type { PlanStore } from './port.js';

let store: PlanStore | undefined;

export function planStore(): PlanStore {
  return (store ??= dynamoPlanStore<PlanState>());
}
