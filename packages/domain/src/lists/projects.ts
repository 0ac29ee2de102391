/**
 * 项目列表与审核队列 (issue 10 §3): the project library narrowed by filters, and the reviewer's queue, each scoped
 * like every read (a department its own projects, bureau and auditor their jurisdiction, admin theirs by token).
 */
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { ProjectState, StoredFinding } from '../project.js';
import type { Deps, ListingFilter, ProjectListing } from '../ports/ports.js';
import type { Page } from '../ports/records.js';
import { stageOf, type Stage } from './stage.js';

export interface ProjectListQuery {
  status?: ProjectState['status'];
  stage?: Stage;
  category?: string;
  department?: string;
  year?: number;
  /** Text in the project's name. */
  q?: string;
}

const EMPTY: Page<ProjectState> = { items: [] };

/** The index partition the caller may read, narrowed to one department when asked; undefined: nothing to see. */
function listingOf(caller: Caller, department?: string): ProjectListing | undefined {
  if (caller.role === 'department') {
    if (department !== undefined && department !== caller.dept) return undefined;
    return { departmentOf: { jurisdiction: caller.jur, departmentId: caller.dept! } };
  }
  if (caller.role === 'bureau' || caller.role === 'auditor' || caller.role === 'admin') {
    return department === undefined ? { jurisdiction: caller.jur } : { departmentOf: { jurisdiction: caller.jur, departmentId: department } };
  }
  throw new DomainError(403, 'FORBIDDEN', '该角色无权查看项目库');
}

/** Predicates on the stored state for what the index cannot match (stage, category, year). */
function keepOf(q: ProjectListQuery): ListingFilter<ProjectState>['keep'] {
  if (q.stage === undefined && q.category === undefined && q.year === undefined) return undefined;
  return (p) =>
    (q.stage === undefined || stageOf(p) === q.stage) &&
    (q.category === undefined || p.application.category === q.category) &&
    (q.year === undefined || p.application.targetYear === q.year);
}

export async function projectListFor(deps: Deps, caller: Caller, q: ProjectListQuery, limit: number, cursor?: string): Promise<Page<ProjectState>> {
  const by = listingOf(caller, q.department);
  if (!by) return EMPTY;
  const keep = keepOf(q);
  return deps.projects.list(by, limit, cursor, {
    ...(q.status ? { statuses: [q.status] } : {}),
    ...(q.q ? { nameContains: q.q } : {}),
    ...(keep ? { keep } : {}),
  });
}

/** A project in the reviewer's queue with the judgement items (审核事项) it waits on. */
export interface QueuedProject {
  project: ProjectState;
  items: StoredFinding[];
}

/**
 * 审核队列: projects of the caller's jurisdiction waiting for a reviewer's judgement (pending_review), oldest
 * first, each with its reviewer tasks. For the bureau (who decides), the auditor and admin (who read).
 */
export async function reviewQueueFor(deps: Deps, caller: Caller, limit: number, cursor?: string, department?: string): Promise<Page<QueuedProject>> {
  if (caller.role !== 'bureau' && caller.role !== 'auditor' && caller.role !== 'admin') {
    throw new DomainError(403, 'FORBIDDEN', '只有审核、审计人员可以查看审核队列');
  }
  const by = listingOf(caller, department)!;
  const page = await deps.projects.list(by, limit, cursor, { statuses: ['pending_review'], oldestFirst: true });
  return { items: page.items.map((p) => ({ project: p, items: p.preReview?.reviewerTasks ?? [] })), nextCursor: page.nextCursor };
}
