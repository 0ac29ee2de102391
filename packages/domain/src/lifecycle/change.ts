/**
 * One change of a project (after admission) or of a system: read it, let the caller's mutation decide, recompute the
 * obligations on the evaluation day, and write state + event + the derived writes (index items, flag closures,
 * system snapshots) in one versioned transaction. Retried on a concurrent change.
 */
import { DomainError, notFoundProject, notFoundSystem } from '../errors.js';
import { projectFacts, type ProjectState } from '../project.js';
import type { AggregateStore, Deps } from '../ports/ports.js';
import type { DomainEvent, SubjectKind } from '../ports/records.js';
import type { StoreWrite } from '../ports/writes.js';
import type { SystemState } from '../systems/system.js';
import { usageWatch } from '../systems/watch.js';
import { recomputeProject, type ClosedFlag } from './obligations.js';

export type StateOf<K extends SubjectKind> = K extends 'project' ? ProjectState : SystemState;

export interface Change<S> {
  next: S;
  type: string;
  payload: Record<string, unknown>;
  ruleIds?: string[];
  /** Further writes of the same transaction (e.g. a system registered or stopped). */
  writes?: StoreWrite[];
  /** Systems saved by `writes` (their snapshot goes with that write). */
  writtenSystems?: string[];
}

export interface ChangeResult<S> {
  state: S;
  event: DomainEvent;
  closedFlags: ClosedFlag[];
}

/** What the new state derives on `on`: its tracking, the writes that follow, and what the event reports of them. */
interface Tracked<S> {
  next: S;
  writes: StoreWrite[];
  closedFlags: ClosedFlag[];
  payload: Record<string, unknown>;
  packVersion?: string;
}

function trackProject(draft: ProjectState, on: string, writtenSystems: readonly string[]): Tracked<ProjectState> {
  const diff = recomputeProject(draft, on);
  const next: ProjectState = { ...draft, tracking: diff.tracking };
  const snapshots: StoreWrite[] = (next.tracking?.systemIds ?? [])
    .filter((sid) => !writtenSystems.includes(sid))
    .map((systemId) => ({ kind: 'system.snapshot', systemId, attributes: { project: projectFacts(next), projectVersion: next.version, classification: next.classification ?? {} } }));
  return {
    next,
    writes: [...diff.writes, ...snapshots],
    closedFlags: diff.closedFlags,
    payload: {
      ...(diff.changed.length ? { obligations: diff.changed.map((k) => ({ ...(diff.obligations[k] ?? { removed: true }), id: k })) } : {}),
      ...(diff.closedFlags.length ? { flagsClosed: diff.closedFlags } : {}),
    },
    packVersion: diff.tracking.packVersion,
  };
}

function trackSystem(deps: Deps, draft: SystemState, on: string): Tracked<SystemState> {
  const watch = usageWatch(draft, on, deps.config.usage);
  return {
    next: { ...draft, tracking: watch.tracking },
    writes: watch.writes,
    closedFlags: watch.closedFlags,
    payload: watch.closedFlags.length ? { flagsClosed: watch.closedFlags } : {},
  };
}

/** Changes a project or a system (`kind`); `may` false reads as not found, so existence does not leak. */
export async function change<K extends SubjectKind>(
  deps: Deps,
  kind: K,
  id: string,
  actor: string,
  now: Date,
  on: string,
  mutate: (s: StateOf<K>) => Change<StateOf<K>>,
  may: (s: StateOf<K>) => boolean = () => true,
): Promise<ChangeResult<StateOf<K>>> {
  const store = (kind === 'project' ? deps.projects : deps.systems) as unknown as AggregateStore<StateOf<K>>;
  for (let attempt = 0; attempt < 4; attempt++) {
    const s = await store.get(id);
    if (!s || !may(s)) throw kind === 'project' ? notFoundProject(id) : notFoundSystem(id);
    const c = mutate(s);
    const at = now.toISOString();
    const draft = { ...c.next, version: s.version + 1, updatedAt: at };
    const t = (kind === 'project'
      ? trackProject(draft as ProjectState, on, c.writtenSystems ?? [])
      : trackSystem(deps, draft as SystemState, on)) as Tracked<StateOf<K>>;
    const event: DomainEvent = {
      ...(kind === 'project' ? { projectId: id } : { projectId: (s as SystemState).projectId, systemId: id }),
      seq: t.next.version,
      type: c.type,
      actor,
      at,
      payload: { ...c.payload, ...t.payload },
      ...(t.packVersion ? { packVersion: t.packVersion } : {}),
      ...(c.ruleIds ? { ruleIds: c.ruleIds } : {}),
    };
    const saved = await store.save(t.next, event, s.version, [...(c.writes ?? []), ...t.writes]);
    if ('state' in saved) return { state: saved.state, event, closedFlags: t.closedFlags };
    // A registration of an existing system fails the same way; tell it apart from a concurrent change.
    if (c.writtenSystems?.length && attempt >= 1) {
      throw new DomainError(409, 'SYSTEM_EXISTS', `系统 ${c.writtenSystems.join('、')} 已登记或已被并发修改`);
    }
  }
  throw new DomainError(409, 'CONCURRENT_CHANGE', kind === 'project' ? '项目正被并发修改,请稍后重试' : '系统正被并发修改,请稍后重试');
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
