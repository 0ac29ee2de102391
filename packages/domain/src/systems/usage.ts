/**
 * Systems in operation: usage reports and the authority's determinations the gate's Q2 reads. Each is a change of
 * the system (lifecycle/change.ts), which recomputes its usage watch (watch.ts) in the same transaction.
 */
import type { Jurisdiction } from '@gov/rules';
import type { SystemStatusRequest, UsageReport } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError, notFoundSystem } from '../errors.js';
import { change, type ChangeResult } from '../lifecycle/change.js';
import type { Deps } from '../ports/ports.js';
import { shanghaiDate } from '../time.js';
import { systemKeyFor } from './key.js';
import type { SystemState, UsagePeriod } from './system.js';
import { periodActive } from './watch.js';

/** The stored id `ref` names for the caller (key.ts); 404 as for a system it may not see, so nothing leaks. */
function keyOf(caller: Caller, ref: string): string {
  const id = systemKeyFor(caller, ref);
  if (!id) throw notFoundSystem(ref);
  return id;
}

/** POST /v1/systems/{id}/usage: the owning department (or admin) reports a period's use. */
export async function reportUsage(deps: Deps, caller: Caller, ref: string, r: UsageReport, now: Date, on = shanghaiDate(now)): Promise<ChangeResult<SystemState> & { active: boolean }> {
  if (r.periodEnd > on) throw new DomainError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: 'periodEnd', message: `统计期不能晚于今天(${on})` }]);
  let active = false;
  const res = await change(
    deps,
    'system',
    keyOf(caller, ref),
    caller.sub,
    now,
    on,
    (s) => {
      if (s.facts.status === 'stopped') throw new DomainError(409, 'SYSTEM_STOPPED', `系统 ${s.id} 已停止运行,不再报送使用情况`);
      if (r.periodStart < s.operationStart) {
        throw new DomainError(409, 'USAGE_BEFORE_OPERATION', `统计期早于系统投入运行日期 ${s.operationStart}`, [{ path: 'periodStart', message: '早于投入运行日期' }]);
      }
      active = periodActive(deps.config.usage, s.jurisdiction as Jurisdiction, r);
      const period: UsagePeriod = { ...r, active, reportedOn: on };
      const periods = [...(s.usage?.periods ?? []), period].slice(-24);
      const last = s.usage?.lastActiveOn;
      const lastActiveOn = active && (!last || r.periodEnd > last) ? r.periodEnd : last;
      return { next: { ...s, usage: { lastActiveOn, periods } }, type: 'usage_reported', payload: { period } };
    },
    (s) => (caller.role === 'department' || caller.role === 'admin') && maySee(caller, s),
  );
  return { ...res, active };
}

/** POST /v1/systems/{id}/status: the authority's determinations (bureau of the jurisdiction, admin). */
export async function setSystemStatus(deps: Deps, caller: Caller, ref: string, body: SystemStatusRequest, now: Date, on = shanghaiDate(now)): Promise<ChangeResult<SystemState>> {
  const { reason, documentRef, ...determinations } = body;
  return change(
    deps,
    'system',
    keyOf(caller, ref),
    caller.sub,
    now,
    on,
    (s) => ({ next: { ...s, facts: { ...s.facts, ...determinations } }, type: 'system_determined', payload: { determinations, reason, documentRef } }),
    (s) => (caller.role === 'bureau' || caller.role === 'admin') && maySee(caller, s),
  );
}

/** GET /v1/systems/{id}: by stored id, or by a department's own code. */
export async function systemFor(deps: Deps, caller: Caller, ref: string): Promise<SystemState> {
  const s = await deps.systems.get(keyOf(caller, ref));
  if (!s || !maySee(caller, s)) throw notFoundSystem(ref);
  return s;
}
