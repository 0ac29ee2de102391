/** Reading projects and their event history, filtered by what the caller may see. */
import { maySee, type Caller } from './access.js';
import { notFoundProject } from './errors.js';
import { projectListFor } from './lists/projects.js';
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
  const events = await deps.projects.events(id);
  return seesCandidates(caller) ? events : events.map((e) => ('duplicateCandidates' in e.payload ? { ...e, payload: withoutCandidates(e.payload) } : e));
}

/**
 * 查重 (HS 第六条 不支持重复建设 …): the candidates name other departments' projects, so they are for the reviewer,
 * the auditor and admin; the department learns only that its application is being checked for duplication.
 */
export const DUPLICATE_CHECK_NOTICE = '本申报正在接受重复建设查重,查重结果由审核部门掌握。';

const seesCandidates = (caller: Caller) => caller.role !== 'department';

function withoutCandidates<T extends { duplicateCandidates?: unknown }>(x: T): Omit<T, 'duplicateCandidates'> & { duplicateCheck: string } {
  const { duplicateCandidates: _c, ...rest } = x;
  return { ...rest, duplicateCheck: DUPLICATE_CHECK_NOTICE };
}

/** The project as the caller may see it. */
export function projectView(caller: Caller, p: ProjectState): ProjectState {
  if (seesCandidates(caller) || !p.preReview) return p;
  return { ...p, preReview: withoutCandidates(p.preReview) };
}

/** The caller's projects, newest first, unfiltered (lists/projects.ts narrows them). */
export const projectsFor = (deps: Deps, caller: Caller, limit: number, cursor?: string) => projectListFor(deps, caller, {}, limit, cursor);
