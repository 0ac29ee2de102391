/**
 * 验收跟踪: a milestone of the project's life after admission. Validated against the project's state (admitted
 * first; approval before anything payment-relevant; completion before any acceptance), applied to the lifecycle the
 * rules read, and the project's deadlines recomputed from the rules package in the same transaction.
 */
import type { MilestoneRequest } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError } from '../errors.js';
import { projectFacts, type Lifecycle, type ProjectState } from '../project.js';
import { shanghaiDate } from '../time.js';
import type { Deps } from '../ports/ports.js';
import type { DomainEvent } from '../ports/records.js';
import type { StoreWrite } from '../ports/writes.js';
import type { SystemState } from '../systems/system.js';
import { systemKey, systemKeyIn } from '../systems/key.js';
import { usageWatch } from '../systems/watch.js';
import { change, lifecycleOf, type ChangeResult } from './change.js';
import { milestoneRoles, recordRoles, type RecordingRole } from './roles.js';

const OM_CATEGORIES = new Set(['om', 'maintenance', 'om_service']);
const ACCEPTANCE = new Set(['preliminary_acceptance', 'acceptance_application', 'acceptance_passed', 'acceptance_failed']);
const ROLE_NAMES: Record<RecordingRole, string> = { department: '项目单位(department)', bureau: '审批部门(bureau)', finance: '财政部门(finance)' };

const outOfOrder = (message: string, path = 'type') => new DomainError(409, 'MILESTONE_OUT_OF_ORDER', message, [{ path, message }]);

/** Who may reach the project at all (finance: its jurisdiction, as for the gate); what each may record is roles.ts. */
export function mayPostMilestone(caller: Caller, p: ProjectState): boolean {
  if (caller.role === 'finance') return p.jurisdiction === caller.jur;
  return (caller.role === 'department' || caller.role === 'bureau') && maySee(caller, p);
}

/** The role the regulation names for this milestone or record (docs/milestone-roles.md); 403 naming it otherwise. */
export function checkRecordingRole(caller: Caller, p: ProjectState, m: MilestoneRequest): void {
  const jur = p.jurisdiction;
  if (m.type === 'record') {
    const roles = recordRoles(jur, m.name);
    if (!roles) throw new DomainError(422, 'UNKNOWN_RECORD', `记录项 ${m.name} 不是本辖区规则读取的记录`, [{ path: 'name', message: '未知的记录项' }]);
    if (!roles.includes(caller.role as RecordingRole)) throw forbidden(`记录项 ${m.name}`, roles);
    return;
  }
  const roles = milestoneRoles(jur, m.type);
  if (!roles.includes(caller.role as RecordingRole)) throw forbidden(`里程碑 ${m.type}`, roles);
}

const forbidden = (what: string, roles: readonly RecordingRole[]) =>
  new DomainError(403, 'FORBIDDEN', `${what} 须由${roles.map((r) => ROLE_NAMES[r]).join('或')}记录`);

/** The checks of the project's state; throws 403/409 with the reason. */
export function validateMilestone(caller: Caller, p: ProjectState, m: MilestoneRequest, today: string): void {
  checkRecordingRole(caller, p, m);
  if (m.date > today) throw new DomainError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: 'date', message: `日期不能晚于今天(${today})` }]);
  if (p.status !== 'in_library') throw outOfOrder(`项目尚未入库(当前状态 ${p.status}),不能记录里程碑`);
  const l = p.lifecycle;
  const d = l?.dates ?? {};
  const approved = l?.status?.approvalStatus === 'approved';
  const category = p.classification?.category ?? p.application.category;
  if (m.type === 'approval') {
    if (approved) throw outOfOrder('项目已批复,不能重复记录批复');
    return;
  }
  if (m.type === 'record') return;
  if (!approved && !OM_CATEGORIES.has(category)) throw outOfOrder('项目尚未批复:批复前不能记录合同签订、开工、支付、验收等里程碑(不得未批先建)');
  if (d.approvalDate && m.date < d.approvalDate) throw outOfOrder(`日期早于批复日期 ${d.approvalDate}`, 'date');
  if (ACCEPTANCE.has(m.type)) {
    if (!d.constructionCompleted) throw outOfOrder('项目尚未记录完成建设(construction_completed),不能记录验收');
    if (m.date < d.constructionCompleted) throw outOfOrder(`验收日期早于完成建设日期 ${d.constructionCompleted}`, 'date');
    if (d.acceptancePassed) throw outOfOrder(`项目已于 ${d.acceptancePassed} 通过竣工验收`);
  }
  if (m.type === 'construction_completed' && d.constructionCompleted) throw outOfOrder(`已于 ${d.constructionCompleted} 记录完成建设`);
  if (m.type === 'contract_signed' && d.contractSigned) throw outOfOrder(`合同已于 ${d.contractSigned} 签订`);
  if (m.type === 'trial_run_stable' && !d.trialRunStart) throw outOfOrder('尚未记录试运行开始(trial_run_started)');
  if (m.type === 'operation_started' && m.system && (p.tracking?.systemIds ?? []).includes(systemKey(p.jurisdiction, p.departmentId, m.system.id))) {
    throw new DomainError(409, 'SYSTEM_EXISTS', `系统 ${m.system.id} 已登记`);
  }
  if (m.type === 'system_stopped' && !(p.tracking?.systemIds ?? []).includes(systemKeyIn(p, m.systemId))) {
    throw new DomainError(404, 'SYSTEM_NOT_FOUND', `系统 ${m.systemId} 不属于该项目`, [{ path: 'systemId', message: '系统不存在或不属于该项目' }]);
  }
  if (m.type === 'payment_made') {
    const paid = (l?.paidToDate ?? 0) + m.amount;
    if (paid > Number.MAX_SAFE_INTEGER) throw new DomainError(400, 'VALIDATION_FAILED', '累计支付金额过大');
  }
}

/** The lifecycle after the milestone (pure). */
export function applyMilestone(p: ProjectState, m: MilestoneRequest): Lifecycle {
  const l = lifecycleOf(p);
  switch (m.type) {
    case 'approval':
      l.status.approvalStatus = 'approved';
      l.dates.approvalDate = m.date;
      if (m.approvedEstimate !== undefined) l.approvedEstimate = m.approvedEstimate;
      if (m.reviews) l.status.reviews = { ...l.status.reviews, ...m.reviews };
      if (m.inAnnualPlan !== undefined) l.status.inAnnualPlan = m.inAnnualPlan;
      break;
    case 'contract_signed':
      l.dates.contractSigned = m.date;
      if (m.contractAcceptanceDue) l.dates.contractAcceptanceDue = m.contractAcceptanceDue;
      if (m.contractEnd) l.dates.contractEnd = m.contractEnd;
      break;
    case 'construction_started': l.dates.constructionStart = m.date; break;
    case 'trial_run_started': l.dates.trialRunStart = m.date; break;
    case 'trial_run_stable': l.dates.trialRunStable = m.date; break;
    case 'construction_completed': l.dates.constructionCompleted = m.date; break;
    case 'preliminary_acceptance': l.dates.preliminaryAcceptance = m.date; break;
    case 'acceptance_application': l.records.acceptance_application = m.date; break;
    case 'acceptance_passed':
      l.dates.acceptancePassed = m.date;
      if (m.organiser) l.fields['竣工验收组织单位'] = m.organiser;
      break;
    case 'acceptance_failed': l.dates.acceptanceFailed = m.date; break;
    case 'extension_requested': l.records.extension_request = m.date; break;
    case 'extension_granted': l.dates.acceptanceExtendedTo = m.extendedTo; break;
    case 'late_explanation':
      l.records.late_explanation = m.date;
      if (m.committedDate) l.dates.acceptanceExtendedTo = m.committedDate;
      break;
    case 'operation_started':
      l.dates.operationStart ??= m.date;
      if (m.formal) l.dates.formalOperationStart = m.date;
      break;
    case 'self_evaluation_submitted':
      if (m.recipient !== 'finance') l.records.self_evaluation = m.date;
      if (m.recipient !== 'approver') l.records.self_evaluation_finance = m.date;
      break;
    case 'post_evaluation_submitted': l.records.post_evaluation = m.date; break;
    case 'annual_report_submitted': l.records[`annual_report:${m.year}`] = m.date; break;
    case 'payment_made': l.paidToDate = (l.paidToDate ?? 0) + m.amount; break;
    case 'system_stopped': break;
    case 'record': l.fields[m.name] = m.amount ?? m.value!; break;
  }
  return l as Lifecycle;
}

export async function recordMilestone(deps: Deps, caller: Caller, projectId: string, m: MilestoneRequest, now: Date, on = shanghaiDate(now)): Promise<ChangeResult<ProjectState>> {
  // A system being stopped is read first (its version guards the write inside the project's transaction); the
  // project's department scopes its code (a project's jurisdiction and department never change).
  const owner = m.type === 'system_stopped' ? await deps.projects.get(projectId) : undefined;
  const stopping = m.type === 'system_stopped' && owner ? await deps.systems.get(systemKeyIn(owner, m.systemId)) : undefined;
  return change(
    deps,
    'project',
    projectId,
    caller.sub,
    now,
    on,
    (p) => {
      validateMilestone(caller, p, m, on);
      const lifecycle = applyMilestone(p, m);
      const next: ProjectState = { ...p, lifecycle };
      const at = now.toISOString();
      const writes: StoreWrite[] = [];
      const written: string[] = [];
      if (m.type === 'operation_started' && m.system) {
        const s = m.system;
        const id = systemKey(p.jurisdiction, p.departmentId, s.id);
        const facts = { id, ownerDepartmentId: p.departmentId, status: 'running' as const, kind: s.kind, omMode: s.omMode, deploymentTarget: s.deploymentTarget, acceptancePassed: lifecycle.dates.acceptancePassed, freeOmEnd: s.freeOmEnd };
        const draft: SystemState = {
          id, code: s.id, version: 1, projectId: p.id, jurisdiction: p.jurisdiction, departmentId: p.departmentId, createdAt: at, updatedAt: at,
          name: s.name, facts, operationStart: m.date, project: projectFacts({ ...next, version: p.version + 1 }), projectVersion: p.version + 1,
          classification: p.classification ?? {}, usage: { periods: [] },
        };
        const watch = usageWatch(draft, on, deps.config.usage);
        const system: SystemState = { ...draft, tracking: watch.tracking };
        const ev: DomainEvent = { projectId: p.id, systemId: id, seq: 1, type: 'system_registered', actor: caller.sub, at, payload: { code: s.id, name: s.name, facts, operationStart: m.date } };
        writes.push({ kind: 'system.save', state: system, event: ev, expectedVersion: 0 }, ...watch.writes);
        written.push(id);
        next.tracking = { ...p.tracking, obligations: p.tracking?.obligations ?? {}, systemIds: [...(p.tracking?.systemIds ?? []), id] };
      }
      if (m.type === 'system_stopped') {
        if (!stopping) throw new DomainError(404, 'SYSTEM_NOT_FOUND', `系统 ${m.systemId} 不存在`);
        const s: SystemState = {
          ...stopping, version: stopping.version + 1, updatedAt: at, facts: { ...stopping.facts, status: 'stopped' },
          project: projectFacts({ ...next, version: p.version + 1 }), projectVersion: p.version + 1,
        };
        const ev: DomainEvent = { projectId: p.id, systemId: s.id, seq: s.version, type: 'system_stopped', actor: caller.sub, at, payload: { date: m.date, note: m.note } };
        writes.push({ kind: 'system.save', state: s, event: ev, expectedVersion: stopping.version });
        written.push(s.id);
      }
      return { next, type: 'milestone_recorded', payload: { milestone: m }, writes, writtenSystems: written };
    },
    (p) => mayPostMilestone(caller, p),
  );
}
