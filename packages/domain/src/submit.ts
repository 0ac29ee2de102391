/**
 * 申报: store a department's application and hand it to classification. With an Idempotency-Key the project id is
 * derived from (jurisdiction, department, key), so a retried or concurrent POST finds the first project instead of
 * creating a second one, and a retry after a failed hand-off re-sends the message.
 */
import { createHash, randomUUID } from 'node:crypto';
import { log } from '@gov/observability';
import { canonicalJson, type Application } from '@gov/schemas';
import type { Jurisdiction } from '@gov/rules';
import type { Caller } from './access.js';
import { DomainError } from './errors.js';
import type { Deps } from './ports/ports.js';
import { planId } from './plans/model.js';
import { tieToCall } from './plans/callTie.js';
import { withPendingStep, type ProjectState } from './project.js';
import { shanghaiDate } from './time.js';

export interface SubmitResult {
  project: ProjectState;
  /** false when an earlier request with the same Idempotency-Key created it. */
  created: boolean;
}

export async function submitApplication(deps: Deps, caller: Caller, application: Application, idempotencyKey: string | undefined, now: Date): Promise<SubmitResult> {
  if (caller.role !== 'department' || !caller.dept) throw new DomainError(403, 'FORBIDDEN', '只有项目单位(部门)可以提交申报');
  const requestHash = sha256(canonicalJson(application));
  const id = idempotencyKey ? `p-${sha256(`${caller.jur}:${caller.dept}:${idempotencyKey}`).slice(0, 24)}` : `p-${randomUUID()}`;
  const at = now.toISOString();
  const submittedOn = shanghaiDate(now);
  // 年度计划征集: tied by the recorded submission date to the call for its target year (a flag, never a refusal).
  const jurisdiction = caller.jur as Jurisdiction;
  const planCall = tieToCall(jurisdiction, application.targetYear, submittedOn, await deps.plans.get(planId(jurisdiction, application.targetYear)));
  const project: ProjectState = withPendingStep({
    id,
    version: 1,
    jurisdiction,
    departmentId: caller.dept,
    createdAt: at,
    updatedAt: at,
    status: 'submitted',
    submittedBy: caller.sub,
    submittedOn,
    idempotencyKey,
    requestHash,
    application,
    planCall,
  }, at);
  const saved = await deps.projects.save(project, { projectId: id, seq: 1, type: 'submitted', actor: caller.sub, at, payload: { application, planCall } }, 0);
  if (!('state' in saved)) {
    // Only an id derived from an Idempotency-Key can exist already.
    if (!idempotencyKey) throw new Error(`project ${id} exists already`);
    const first = await deps.projects.get(id);
    if (!first) throw new Error(`project ${id} conflicted but cannot be read`);
    if (first.requestHash !== requestHash) {
      throw new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于内容不同的申报,请使用新的键', [
        { path: 'headers.idempotency-key', message: '键已被另一份申报使用' },
      ]);
    }
    if (first.status === 'submitted') await handOff(deps, id, first.version);
    return { project: first, created: false };
  }
  await handOff(deps, id, 1);
  return { project, created: true };
}

/**
 * The stored project is the commit point: if the queue is unreachable the application is still accepted, and the
 * recovery sweep (recovery.ts) sends the message once the queue is back.
 */
export async function handOff(deps: Deps, projectId: string, version: number): Promise<void> {
  try {
    await deps.queue.send('classification', { projectId, version });
  } catch (e) {
    log('warn', 'classification hand-off failed; the recovery sweep will resend it', { projectId, error: String(e) });
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
