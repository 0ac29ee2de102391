/**
 * 闸口查询记录 (issue 10 §3): the budget-gate checks made against one project or system, for finance (who asked),
 * the auditor and the bureau of its jurisdiction, and admin. The checks are stored where they can be read back only
 * when GATE_AUDIT_SINK is dynamodb|both (decision 004); with the default `log` the answer says so and where they
 * are instead of refusing (decision 183).
 */
import type { Caller } from '../access.js';
import { DomainError, notFoundProject, notFoundSystem } from '../errors.js';
import type { Deps } from '../ports/ports.js';
import type { GateCheckRecord } from '../ports/records.js';

export type GateCheckSubjectQuery = ({ projectId: string; systemId?: undefined } | { systemId: string; projectId?: undefined }) & { limit: number; cursor?: string };

export interface GateCheckList {
  /** Whether checks are stored where this list can read them; false: `items` is empty and `notice` says where they are. */
  stored: boolean;
  notice?: string;
  items: GateCheckRecord[];
  nextCursor?: string;
}

export const GATE_CHECKS_NOT_STORED =
  '本环境的资金闸口查询记录只写入日志(GATE_AUDIT_SINK=log,见决策 004),不在数据库中保存,故此处无法列出;请在日志中检索 "gate-check-audit",或由运维将 GATE_AUDIT_SINK 设为 dynamodb 或 both。';

const READERS: readonly Caller['role'][] = ['finance', 'auditor', 'bureau', 'admin'];

export async function gateChecksFor(deps: Pick<Deps, 'projects' | 'systems' | 'gateAudit'>, caller: Caller, q: GateCheckSubjectQuery): Promise<GateCheckList> {
  if (!READERS.includes(caller.role)) throw new DomainError(403, 'FORBIDDEN', '只有财政、审计、审核人员可以查看资金闸口查询记录');
  const sees = (s: { jurisdiction: string }) => caller.role === 'admin' || s.jurisdiction === caller.jur;
  const [subject, id] = q.projectId !== undefined ? (['project', q.projectId] as const) : (['system', q.systemId] as const);
  const state = subject === 'project' ? await deps.projects.get(id) : await deps.systems.get(id);
  if (!state || !sees(state)) throw subject === 'project' ? notFoundProject(id) : notFoundSystem(id);
  const list = deps.gateAudit.list;
  if (!list) return { stored: false, notice: GATE_CHECKS_NOT_STORED, items: [] };
  const page = await list(subject, id, q.limit, q.cursor);
  return { stored: true, items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
