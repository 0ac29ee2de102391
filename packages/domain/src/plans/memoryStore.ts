/** An in-memory PlanStore for unit tests: same version guard as the DynamoDB one, no hash chain. */
import type { PlanEvent, PlanState } from './model.js';
import type { LibraryProject, PlanStore, SavedPlan } from './port.js';

export class MemoryPlanStore implements PlanStore {
  readonly plans = new Map<string, PlanState>();
  readonly log = new Map<string, PlanEvent[]>();
  readonly projects = new Map<string, LibraryProject>();

  async get(id: string) {
    const p = this.plans.get(id);
    return p && structuredClone(p);
  }

  async save(next: PlanState, event: PlanEvent, expectedVersion: number): Promise<SavedPlan> {
    const current = this.plans.get(next.id);
    if ((current?.version ?? 0) !== expectedVersion) return { conflict: true };
    if (next.version !== expectedVersion + 1 || event.seq !== next.version) throw new Error('version and event seq must advance by one');
    this.plans.set(next.id, structuredClone(next));
    this.log.set(next.id, [...(this.log.get(next.id) ?? []), structuredClone(event)]);
    return { state: structuredClone(next) };
  }

  async events(id: string) {
    return this.log.get(id) ?? [];
  }

  async project(id: string) {
    return this.projects.get(id);
  }

  async libraryProjects(jurisdiction: string) {
    return [...this.projects.values()].filter((p) => p.jurisdiction === jurisdiction && p.status === 'in_library');
  }
}
