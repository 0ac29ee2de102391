/**
 * Systems in operation: usage reports, the 长期未使用 / 僵尸系统 watch (per-jurisdiction settings), and the
 * authority's determinations the gate's Q2 reads. The watch is an obligation of the due-date index like any other
 * ("show use by <due>"): each period in use moves it forward, so the daily scan reads only systems whose
 * silence has outlasted the threshold.
 */
import { getSystem, saveSystem, VersionConflict, type StoredEvent, type TxItem } from '@gov/adapters';
import { addDays, type Jurisdiction } from '@gov/rules';
import type { SystemStatusRequest, UsageReport } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { TrackedObligation, Tracking } from '../project.js';
import { shanghaiDate } from '../time.js';
import { diffObligations, type ObligationDiff, type SubjectRef } from '../tracking/obligations.js';
import { usageSettings } from './settings.js';
import type { SystemState, UsagePeriod } from './system.js';

export const notFoundSystem = (id: string) => new DomainError(404, 'SYSTEM_NOT_FOUND', `系统 ${id} 不存在或无权查看`);

export const systemRef = (s: SystemState): SubjectRef => ({
  subject: 'system',
  subjectId: s.id,
  projectId: s.projectId,
  jurisdiction: s.jurisdiction,
  departmentId: s.departmentId,
});

/** The watch obligations of a running system on `on` (none for a stopped one or a jurisdiction without the rule). */
export function watchObligations(s: SystemState): TrackedObligation[] {
  const cfg = usageSettings(s.jurisdiction as Jurisdiction);
  if (!cfg || s.facts.status === 'stopped') return [];
  const since = s.usage?.lastActiveOn ?? s.operationStart;
  const out: TrackedObligation[] = [
    {
      ruleId: cfg.ruleId,
      key: 'long_unused',
      due: addDays(since, cfg.longUnusedDays),
      provisional: false,
      state: 'open',
      obligation: `系统${s.name}(${s.id})自${since}起${cfg.longUnusedDays}日内应有使用记录(活跃用户不少于${cfg.minActiveUsers}或业务量不少于${cfg.minTransactions}),否则列为长期未使用候选`,
      scan: 'tracker',
      flagType: 'long_unused',
    },
  ];
  if (cfg.zombieDays !== null) {
    out.push({
      ruleId: cfg.ruleId,
      key: 'zombie',
      due: addDays(since, cfg.zombieDays),
      provisional: false,
      state: 'open',
      obligation: `系统${s.name}(${s.id})自${since}起${cfg.zombieDays}日内应有使用记录,否则列为疑似僵尸系统,由审核人确认`,
      scan: 'tracker',
      flagType: 'zombie_candidate',
    });
  }
  return out;
}

export function usageWatch(s: SystemState, on: string): ObligationDiff & { tracking: Tracking } {
  const diff = diffObligations(systemRef(s), s.tracking?.obligations, watchObligations(s), on);
  return { ...diff, tracking: { ...s.tracking, obligations: diff.obligations, computedOn: on } };
}

/** Is a reported period "in use" under the jurisdiction's settings? */
export function periodActive(j: Jurisdiction, r: Pick<UsageReport, 'activeUsers' | 'transactions'>): boolean {
  const cfg = usageSettings(j);
  if (!cfg) return r.activeUsers > 0 || r.transactions > 0;
  return r.activeUsers >= cfg.minActiveUsers || r.transactions >= cfg.minTransactions;
}

export interface SystemChangeResult {
  system: SystemState;
  event: StoredEvent;
  closedFlags: ObligationDiff['closedFlags'];
}

/** Read, mutate, recompute the watch and write state + event + index items in one versioned transaction. */
export async function changeSystem(
  id: string,
  actor: string,
  now: Date,
  on: string,
  may: (s: SystemState) => boolean,
  mutate: (s: SystemState) => { next: SystemState; type: string; payload: Record<string, unknown>; extra?: TxItem[] },
): Promise<SystemChangeResult> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const s = (await getSystem(id)) as SystemState | undefined;
    if (!s || !may(s)) throw notFoundSystem(id);
    const c = mutate(s);
    const at = now.toISOString();
    const draft: SystemState = { ...c.next, version: s.version + 1, updatedAt: at };
    const watch = usageWatch(draft, on);
    const next: SystemState = { ...draft, tracking: watch.tracking };
    const event: StoredEvent = {
      projectId: s.projectId,
      systemId: s.id,
      seq: next.version,
      type: c.type,
      actor,
      at,
      payload: { ...c.payload, ...(watch.closedFlags.length ? { flagsClosed: watch.closedFlags } : {}) },
    };
    try {
      const saved = (await saveSystem(next, event, s.version, [...(c.extra ?? []), ...watch.items])) as SystemState;
      return { system: saved, event, closedFlags: watch.closedFlags };
    } catch (e) {
      if (e instanceof VersionConflict) continue;
      throw e;
    }
  }
  throw new DomainError(409, 'CONCURRENT_CHANGE', '系统正被并发修改,请稍后重试');
}

/** POST /v1/systems/{id}/usage: the owning department (or admin) reports a period's use. */
export async function reportUsage(caller: Caller, id: string, r: UsageReport, now: Date, on = shanghaiDate(now)): Promise<SystemChangeResult & { active: boolean }> {
  if (r.periodEnd > on) throw new DomainError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: 'periodEnd', message: `统计期不能晚于今天(${on})` }]);
  let active = false;
  const res = await changeSystem(
    id,
    caller.sub,
    now,
    on,
    (s) => (caller.role === 'department' || caller.role === 'admin') && maySee(caller, s),
    (s) => {
      if (s.facts.status === 'stopped') throw new DomainError(409, 'SYSTEM_STOPPED', `系统 ${s.id} 已停止运行,不再报送使用情况`);
      if (r.periodStart < s.operationStart) {
        throw new DomainError(409, 'USAGE_BEFORE_OPERATION', `统计期早于系统投入运行日期 ${s.operationStart}`, [{ path: 'periodStart', message: '早于投入运行日期' }]);
      }
      active = periodActive(s.jurisdiction as Jurisdiction, r);
      const period: UsagePeriod = { ...r, active, reportedOn: on };
      const periods = [...(s.usage?.periods ?? []), period].slice(-24);
      const last = s.usage?.lastActiveOn;
      const lastActiveOn = active && (!last || r.periodEnd > last) ? r.periodEnd : last;
      return { next: { ...s, usage: { lastActiveOn, periods } }, type: 'usage_reported', payload: { period } };
    },
  );
  return { ...res, active };
}

/** POST /v1/systems/{id}/status: the authority's determinations (bureau of the jurisdiction, admin). */
export async function setSystemStatus(caller: Caller, id: string, body: SystemStatusRequest, now: Date, on = shanghaiDate(now)): Promise<SystemChangeResult> {
  const { reason, documentRef, ...determinations } = body;
  return changeSystem(
    id,
    caller.sub,
    now,
    on,
    (s) => (caller.role === 'bureau' || caller.role === 'admin') && maySee(caller, s),
    (s) => ({ next: { ...s, facts: { ...s.facts, ...determinations } }, type: 'system_determined', payload: { determinations, reason, documentRef } }),
  );
}

export async function systemFor(caller: Caller, id: string): Promise<SystemState> {
  const s = (await getSystem(id)) as SystemState | undefined;
  if (!s || !maySee(caller, s)) throw notFoundSystem(id);
  return s;
}
