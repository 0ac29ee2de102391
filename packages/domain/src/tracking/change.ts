/**
 * One change of a project after admission: read it, let the caller's mutation decide, recompute the obligations
 * from the rules on the evaluation day, and write state + event + index items (+ flag closures, system snapshots)
 * in one versioned transaction. Retried on a concurrent change.
 */
import { getProject, saveProject, systemSnapshotUpdate, VersionConflict, type StoredEvent, type TxItem } from '@gov/adapters';
import { DomainError, notFoundProject } from '../errors.js';
import { projectFacts, type ProjectState } from '../project.js';
import { recomputeProject, type ClosedFlag } from './obligations.js';

export interface ProjectChange {
  next: ProjectState;
  type: string;
  payload: Record<string, unknown>;
  ruleIds?: string[];
  /** Further items of the same transaction (e.g. a system registered or stopped). */
  extra?: TxItem[];
  /** Systems already written by `extra` (their snapshot goes with that write). */
  writtenSystems?: string[];
}

export interface ChangeResult {
  project: ProjectState;
  event: StoredEvent;
  closedFlags: ClosedFlag[];
}

export async function changeProject(
  projectId: string,
  actor: string,
  now: Date,
  on: string,
  mutate: (p: ProjectState) => ProjectChange,
  mayChange: (p: ProjectState) => boolean = () => true,
): Promise<ChangeResult> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = (await getProject(projectId)) as ProjectState | undefined;
    if (!p || !mayChange(p)) throw notFoundProject(projectId);
    const change = mutate(p);
    const at = now.toISOString();
    const draft: ProjectState = { ...change.next, version: p.version + 1, updatedAt: at };
    const diff = recomputeProject(draft, on);
    const next: ProjectState = { ...draft, tracking: diff.tracking };
    const snapshots: TxItem[] = [];
    for (const sid of next.tracking?.systemIds ?? []) {
      if (change.writtenSystems?.includes(sid)) continue;
      snapshots.push(systemSnapshotUpdate(sid, { project: projectFacts(next), projectVersion: next.version, classification: next.classification ?? {} }));
    }
    const event: StoredEvent = {
      projectId,
      seq: next.version,
      type: change.type,
      actor,
      at,
      payload: {
        ...change.payload,
        ...(diff.changed.length ? { obligations: diff.changed.map((k) => ({ ...(diff.obligations[k] ?? { removed: true }), id: k })) } : {}),
        ...(diff.closedFlags.length ? { flagsClosed: diff.closedFlags } : {}),
      },
      packVersion: diff.tracking.packVersion,
      ...(change.ruleIds ? { ruleIds: change.ruleIds } : {}),
    };
    try {
      const saved = (await saveProject(next, event, p.version, [...(change.extra ?? []), ...diff.items, ...snapshots])) as ProjectState;
      return { project: saved, event, closedFlags: diff.closedFlags };
    } catch (e) {
      if (e instanceof VersionConflict) {
        // A registration of an existing system fails the same way; tell it apart from a concurrent change.
        if (change.writtenSystems?.length && attempt >= 1) {
          throw new DomainError(409, 'SYSTEM_EXISTS', `系统 ${change.writtenSystems.join('、')} 已登记或已被并发修改`);
        }
        continue;
      }
      throw e;
    }
  }
  throw new DomainError(409, 'CONCURRENT_CHANGE', '项目正被并发修改,请稍后重试');
}

/** Copy of the lifecycle with defaults, for mutations. */
export function lifecycleOf(p: ProjectState) {
  const l = p.lifecycle;
  return {
    dates: { ...l?.dates },
    records: { ...l?.records },
    status: { ...l?.status },
    approvedEstimate: l?.approvedEstimate,
    paidToDate: l?.paidToDate,
    fields: { ...l?.fields },
  };
}
