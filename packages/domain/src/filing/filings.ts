/**
 * 备案: a department files a record (contract, acceptance, change, stop-operation notice, annual catalogue,
 * other-channel, upstream approval). The rules package checks it against the jurisdiction's catalogue
 * (checkFiling) and says what is missing. Every submission is an event of the project; a complete one (or one the
 * rules only flag, e.g. filed late) also becomes the dated record that meets the filing obligation, so the
 * project's deadlines are recomputed and a flag raised for it closes in the same transaction.
 */
import { checkFiling, chinaCalendar, filingPack, type FilingFacts } from '@gov/rules';
import type { FilingRequest } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError } from '../errors.js';
import { projectFacts, storedFinding, type ProjectState, type StoredFinding } from '../project.js';
import { shanghaiDate } from '../time.js';
import { change, lifecycleOf } from '../lifecycle/change.js';
import type { ClosedFlag } from '../lifecycle/obligations.js';
import type { Deps } from '../ports/ports.js';

/** The dated record (project.records) each filing type produces once accepted. */
export function recordKeyOf(f: Pick<FilingRequest, 'type' | 'year'>): string {
  switch (f.type) {
    case 'contract': return 'contract_filing';
    case 'acceptance': return 'acceptance_filing';
    case 'change': return 'change_filing';
    case 'stop_operation': return 'stop_notice';
    case 'annual_catalogue': return `annual_catalogue:${f.year}`;
    case 'other_channel': return 'other_channel_filing';
    case 'upstream_approval': return 'upstream_approval';
  }
}

export interface FilingResult {
  filingId: string;
  projectId: string;
  type: FilingRequest['type'];
  filedOn: string;
  outcome: 'complete' | 'incomplete' | 'rejected';
  /** true when the record now counts (complete): its obligation is met. */
  recorded: boolean;
  missing: string[];
  findings: StoredFinding[];
  late: boolean;
  packVersion: string;
  binding: boolean;
  notice: string | null;
  flagsClosed: ClosedFlag[];
}

export function filingFacts(f: FilingRequest, filedOn: string): FilingFacts {
  return {
    type: f.type,
    filedOn,
    fields: f.fields,
    attachments: f.attachments,
    ...(f.contractItems ? { contractItems: f.contractItems } : {}),
    ...(f.change ? { change: f.change } : {}),
  };
}

export async function submitFiling(deps: Deps, caller: Caller, f: FilingRequest, now: Date, on = shanghaiDate(now)): Promise<FilingResult> {
  const filedOn = f.filedOn ?? on;
  if (filedOn > on) throw new DomainError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: 'filedOn', message: `备案日期不能晚于今天(${on})` }]);
  let result: Omit<FilingResult, 'flagsClosed' | 'filingId'> | undefined;
  const changed = await change(
    deps,
    'project',
    f.projectId,
    caller.sub,
    now,
    on,
    (p) => {
      if (p.status !== 'in_library') throw new DomainError(409, 'PROJECT_NOT_ADMITTED', `项目尚未入库(当前状态 ${p.status}),不能备案`);
      const l = lifecycleOf(p);
      // Facts the filing itself states (planned stop, contract dates) are part of what the rules check.
      if (f.type === 'stop_operation' && f.plannedStop) l.dates.plannedStop = f.plannedStop;
      if (f.type === 'contract' && !l.dates.contractSigned) {
        throw new DomainError(409, 'MILESTONE_OUT_OF_ORDER', '请先记录合同签订里程碑(contract_signed),再办理合同备案', [{ path: 'type', message: '合同尚未签订' }]);
      }
      if (f.type === 'acceptance' && !l.dates.acceptancePassed && p.jurisdiction !== 'hongshan') {
        throw new DomainError(409, 'MILESTONE_OUT_OF_ORDER', '项目尚未通过验收,不能办理验收备案', [{ path: 'type', message: '尚未验收' }]);
      }
      const draft: ProjectState = { ...p, lifecycle: { ...l } };
      const decision = checkFiling(filingPack(p.jurisdiction), { project: projectFacts(draft), filing: filingFacts(f, filedOn) }, on, chinaCalendar, p.classification ?? {});
      const findings = decision.findings.map(storedFinding);
      const late = decision.findings.some((x) => x.outcome === 'FLAG' && /逾期|晚于/.test(x.message));
      const recorded = decision.outcome === 'complete';
      if (!recorded) {
        // Nothing is written: the department is told what is missing (or which rule refuses it) and files again.
        const details = decision.outcome === 'incomplete'
          ? decision.missing.map((m) => ({ path: f.fields[m] === undefined ? `attachments.${m}` : `fields.${m}`, message: `缺少:${m}` }))
          : findings.filter((x) => x.outcome === 'REJECT').map((x) => ({ path: x.ruleId, message: x.message }));
        throw Object.assign(
          new DomainError(422, decision.outcome === 'incomplete' ? 'FILING_INCOMPLETE' : 'FILING_REJECTED',
            decision.outcome === 'incomplete' ? `备案材料不全,缺少:${decision.missing.join('、')}` : '该备案不能以备案方式办理,请按规定履行相应手续', details),
          { findings },
        );
      }
      l.records[recordKeyOf(f)] = filedOn;
      result = {
        projectId: p.id, type: f.type, filedOn, outcome: decision.outcome, recorded, missing: decision.missing, findings, late,
        packVersion: decision.packVersion, binding: decision.binding, notice: decision.notice,
      };
      return {
        next: { ...p, lifecycle: l },
        type: 'filing_recorded',
        payload: { filing: { ...f, filedOn }, outcome: decision.outcome, missing: decision.missing, late },
        ruleIds: findings.map((x) => x.ruleId),
      };
    },
    (p) => (caller.role === 'department' || caller.role === 'bureau' || caller.role === 'admin') && maySee(caller, p),
  );
  return { ...result!, filingId: `${changed.state.id}:${changed.event.seq}`, flagsClosed: changed.closedFlags };
}
