/**
 * What the plan cycle needs from storage, in its own types. The DynamoDB adapter (packages/adapters/src/planStore.ts)
 * implements it structurally; the in-memory one (./memoryStore.ts) serves the unit tests.
 */
import type { PlanEvent, PlanState } from './model.js';

export type SavedPlan = { state: PlanState } | { conflict: true };

/** A library project as the plan reads it. */
export interface LibraryProject {
  id: string;
  jurisdiction: string;
  departmentId: string;
  name: string;
  status: string;
  category: string;
  submittedOn: string;
  /** fen */
  amountTotal: number;
  fundingSources: string[];
}

export interface PlanStore {
  get(id: string): Promise<PlanState | undefined>;
  /** State and event (seq = next.version = expectedVersion + 1; 0 creates) in one version-guarded, hash-chained write. */
  save(next: PlanState, event: PlanEvent, expectedVersion: number): Promise<SavedPlan>;
  events(id: string): Promise<PlanEvent[]>;
  project(id: string): Promise<LibraryProject | undefined>;
  /** The jurisdiction's projects in the library (入库), for the plan-vs-library report. */
  libraryProjects(jurisdiction: string): Promise<LibraryProject[]>;
}
