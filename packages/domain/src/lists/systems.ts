/**
 * 部门的信息系统 (issue 10 §3): the systems in operation, scoped like every read — a department its own, bureau and
 * auditor their jurisdiction (optionally one department's), admin any jurisdiction. A summary per system; the detail
 * (facts, usage, the project snapshot with money) is GET /v1/systems/{id}.
 */
import { JURISDICTIONS, type SystemFacts } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import type { Deps } from '../ports/ports.js';
import type { Page } from '../ports/records.js';
import type { SystemState } from '../systems/system.js';

export interface SystemListQuery {
  department?: string;
  status?: SystemFacts['status'];
  /** Admin only: another jurisdiction than the token's. */
  jurisdiction?: string;
  limit: number;
  cursor?: string;
}

export interface SystemSummary {
  id: string;
  code?: string;
  name: string;
  projectId: string;
  jurisdiction: string;
  departmentId: string;
  status: SystemFacts['status'];
  operationStart: string;
  lastActiveOn?: string;
  version: number;
}

function summaryOf(s: SystemState): SystemSummary {
  return {
    id: s.id, ...(s.code ? { code: s.code } : {}), name: s.name, projectId: s.projectId, jurisdiction: s.jurisdiction,
    departmentId: s.departmentId, status: s.facts.status, operationStart: s.operationStart,
    ...(s.usage?.lastActiveOn ? { lastActiveOn: s.usage.lastActiveOn } : {}), version: s.version,
  };
}

export async function systemListFor(deps: Pick<Deps, 'systems'>, caller: Caller, q: SystemListQuery): Promise<Page<SystemSummary>> {
  if (caller.role === 'finance') throw new DomainError(403, 'FORBIDDEN', '该角色无权查看系统清单');
  const jurisdiction = q.jurisdiction ?? caller.jur;
  if (caller.role !== 'admin' && jurisdiction !== caller.jur) throw new DomainError(403, 'FORBIDDEN', '只能查看本辖区的系统');
  if (!(JURISDICTIONS as readonly string[]).includes(jurisdiction)) {
    throw new DomainError(400, 'VALIDATION_FAILED', '请求参数未通过校验', [{ path: 'query.jurisdiction', message: `应为 ${JURISDICTIONS.join('、')} 之一` }]);
  }
  let departmentId = q.department;
  if (caller.role === 'department') {
    // Another department's systems: an empty page, as the project listing (nothing leaks, nothing is refused).
    if (departmentId !== undefined && departmentId !== caller.dept) return { items: [] };
    departmentId = caller.dept;
  }
  const page = await deps.systems.list({ jurisdiction, ...(departmentId ? { departmentId } : {}), ...(q.status ? { status: q.status } : {}) }, q.limit, q.cursor);
  return { items: page.items.map(summaryOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
