/**
 * 修改后重新提交: the department revises a returned application. The previous version stays in `revisions` (and in
 * the event log); the project goes back through classification and pre-review. Reviewer decisions already recorded
 * are kept unless the revision changes what they looked at (reopen.ts): then they are reopened, with the diff.
 */
import { handOff } from './submit.js';
import type { Application } from '@gov/schemas';
import type { Caller } from './access.js';
import { maySee } from './access.js';
import { DomainError, notFoundProject } from './errors.js';
import type { Deps } from './ports/ports.js';
import { nextVersion, type ProjectState } from './project.js';
import { materialChanges, reopenDecisions } from './reopen.js';
import { shanghaiDate } from './time.js';

const REVISABLE = new Set(['returned', 'pending_review']);

export async function resubmitApplication(deps: Deps, caller: Caller, projectId: string, application: Application, expectedVersion: number | undefined, now: Date): Promise<ProjectState> {
  const p = await deps.projects.get(projectId);
  if (!p || !maySee(caller, p) || caller.role !== 'department') throw notFoundProject(projectId);
  if (expectedVersion !== undefined && expectedVersion !== p.version) {
    throw new DomainError(409, 'VERSION_MISMATCH', `项目已更新为第 ${p.version} 版,请基于最新版本修改后再提交`, [{ path: 'headers.if-match', message: `当前版本为 ${p.version}` }]);
  }
  if (!REVISABLE.has(p.status)) {
    throw new DomainError(409, 'NOT_REVISABLE', `项目当前状态为 ${p.status},只有退回补正(returned)或待审核(pending_review)的申报可以修改后重新提交`);
  }
  const at = now.toISOString();
  const changes = materialChanges(p.application, application);
  const { lifecycle, reopened } = reopenDecisions(p.lifecycle, changes, shanghaiDate(now), p.version + 1);
  const next: ProjectState = nextVersion(p, {
    lifecycle,
    ...(reopened ? { reopened } : {}),
    status: 'submitted',
    submittedOn: shanghaiDate(now),
    application,
    revisions: [...(p.revisions ?? []), { version: p.version, submittedOn: p.submittedOn, application: p.application }],
    classification: undefined,
    preReview: undefined,
  }, at);
  const saved = await deps.projects.save(next, { projectId, seq: next.version, type: 'resubmitted', actor: caller.sub, at, payload: { application, previousVersion: p.version, ...(changes.length ? { changes } : {}), ...(reopened ? { reopened: { ruleIds: Object.keys(reopened.decisions), reviews: Object.keys(reopened.reviews) } } : {}) } }, p.version);
  if (!('state' in saved)) throw new DomainError(409, 'CONCURRENT_UPDATE', '项目正被同时修改,请刷新后重试');
  await handOff(deps, projectId, next.version);
  return next;
}
