/** Reading projects and their event history, filtered by what the caller may see. */
import { getProject, listEvents, listProjects, type StoredEvent } from '@gov/adapters';
import { maySee, type Caller } from './access.js';
import { DomainError, notFoundProject } from './errors.js';
import type { ProjectState } from './project.js';

export async function getProjectState(id: string): Promise<ProjectState | undefined> {
  return (await getProject(id)) as ProjectState | undefined;
}

export async function projectFor(caller: Caller, id: string): Promise<ProjectState> {
  const p = await getProjectState(id);
  if (!p || !maySee(caller, p)) throw notFoundProject(id);
  return p;
}

export async function eventsFor(caller: Caller, id: string): Promise<StoredEvent[]> {
  await projectFor(caller, id);
  return listEvents(id);
}

export async function projectsFor(caller: Caller, limit: number, cursor?: string) {
  if (caller.role === 'department') {
    return listProjects({ departmentOf: { jurisdiction: caller.jur, departmentId: caller.dept! } }, limit, cursor);
  }
  if (caller.role === 'bureau' || caller.role === 'auditor' || caller.role === 'admin') {
    return listProjects({ jurisdiction: caller.jur }, limit, cursor);
  }
  throw new DomainError(403, 'FORBIDDEN', '该角色无权查看项目库');
}
