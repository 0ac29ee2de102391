/** Reading projects and their event history, filtered by what the caller may see. */
import { maySee, type Caller } from './access.js';
import { DomainError, notFoundProject } from './errors.js';
import type { ProjectState } from './project.js';
import type { Deps } from './ports/ports.js';
import type { DomainEvent } from './ports/records.js';

export async function projectFor(deps: Deps, caller: Caller, id: string): Promise<ProjectState> {
  const p = await deps.projects.get(id);
  if (!p || !maySee(caller, p)) throw notFoundProject(id);
  return p;
}

export async function eventsFor(deps: Deps, caller: Caller, id: string): Promise<DomainEvent[]> {
  await projectFor(deps, caller, id);
  return deps.projects.events(id);
}

export async function projectsFor(deps: Deps, caller: Caller, limit: number, cursor?: string) {
  if (caller.role === 'department') {
    return deps.projects.list({ departmentOf: { jurisdiction: caller.jur, departmentId: caller.dept! } }, limit, cursor);
  }
  if (caller.role === 'bureau' || caller.role === 'auditor' || caller.role === 'admin') {
    return deps.projects.list({ jurisdiction: caller.jur }, limit, cursor);
  }
  throw new DomainError(403, 'FORBIDDEN', '该角色无权查看项目库');
}
