/**
 * Authority records (docs/decisions/170): another body's opinion, approval, inclusion in the annual plan or filing
 * receipt, recorded by the role the regulation names, dated, backed by a verified document of the project. It is a
 * project event and sets the fact the rules read (the same `status.reviews` / `inAnnualPlan` / `records` keys the
 * named reviews and the approval milestone set), at any stage once the pipeline has run: before admission the
 * pre-review runs again on it (as after a review); after admission the obligations are recomputed (lifecycle change).
 */
import type { AuthorityRecordBody } from '@gov/schemas';
import { maySee, type Caller } from '../access.js';
import { DomainError, notFoundProject } from '../errors.js';
import type { Lifecycle, ProjectState } from '../project.js';
import { reReviewed, REVIEWABLE } from '../reviews.js';
import { shanghaiDate } from '../time.js';
import type { Deps } from '../ports/ports.js';
import { authorityRecordDef, type AuthorityRecordKindDef, type ProjectAuthorityRecord } from './authorityKinds.js';
import { change, lifecycleOf } from './change.js';
import type { RecordingRole } from './roles.js';


const ROLE_NAMES: Record<RecordingRole, string> = { department: '项目单位(department)', bureau: '审批部门(bureau)', finance: '财政部门(finance)' };

/** The checks of the record against the project; the definition it rests on. Throws 400/403/409/422 with the reason. */
export function checkAuthorityRecord(caller: Caller, p: ProjectState, r: AuthorityRecordBody, today: string): AuthorityRecordKindDef {
  const def = authorityRecordDef(p.jurisdiction, r.name);
  if (!def) throw new DomainError(422, 'UNKNOWN_AUTHORITY_RECORD', `${r.name} 不是本辖区规则读取的机关记录`, [{ path: 'name', message: '未知的机关记录名称(见 docs/milestone-roles.md)' }]);
  if (!def.roles.includes(caller.role as RecordingRole)) throw new DomainError(403, 'FORBIDDEN', `机关记录 ${r.name} 须由${def.roles.map((x) => ROLE_NAMES[x]).join('或')}记录`);
  if (def.kind !== r.kind) throw new DomainError(422, 'AUTHORITY_RECORD_KIND', `${r.name} 的类型为 ${def.kind},不是 ${r.kind}`, [{ path: 'kind', message: `应为 ${def.kind}` }]);
  if (!REVIEWABLE.has(p.status) && p.status !== 'in_library') {
    throw new DomainError(409, 'NOT_RECORDABLE', `项目当前状态为 ${p.status},不能记录机关记录(须在预审之后:pending_review、returned 或 in_library)`);
  }
  if (r.date > today) throw new DomainError(400, 'VALIDATION_FAILED', '请求内容未通过校验', [{ path: 'date', message: `日期不能晚于今天(${today})` }]);
  if (!p.verifiedDocuments?.[r.document.sha256]) {
    throw new DomainError(422, 'DOCUMENT_NOT_VERIFIED', '证明文件尚未上传核验或未关联本项目', [{ path: 'document.sha256', message: '须为已核验且关联本项目的文件(上传时填写 projectId)' }]);
  }
  return def;
}

/** The lifecycle with the record's fact set (pure). */
export function applyAuthorityRecord(p: ProjectState, def: AuthorityRecordKindDef, r: AuthorityRecordBody): Lifecycle {
  const l = lifecycleOf(p);
  if (def.kind === 'filing_receipt') {
    if (r.result === 'pass') l.records[r.name] = r.date;
  } else {
    l.status.reviews = { ...l.status.reviews, [r.name]: r.result };
    if (def.kind === 'annual_plan') l.status.inAnnualPlan = r.result === 'pass';
  }
  return l as Lifecycle;
}

function recordOf(caller: Caller, p: ProjectState, def: AuthorityRecordKindDef, r: AuthorityRecordBody, at: string): ProjectAuthorityRecord {
  return {
    id: `ar-${(p.authorityRecords?.length ?? 0) + 1}`,
    name: r.name, kind: def.kind, authority: r.authority ?? def.authority, article: def.article, date: r.date, result: r.result,
    document: { sha256: r.document.sha256, type: p.verifiedDocuments![r.document.sha256].type },
    ...(r.note ? { note: r.note } : {}),
    recordedBy: caller.sub, recordedAt: at,
  };
}

const mayRecord = (caller: Caller, p: ProjectState) => (caller.role === 'department' || caller.role === 'bureau') && maySee(caller, p);

export async function recordAuthority(deps: Deps, caller: Caller, projectId: string, r: AuthorityRecordBody, now: Date, on = shanghaiDate(now)): Promise<{ state: ProjectState; record: ProjectAuthorityRecord }> {
  const at = now.toISOString();
  const first = await deps.projects.get(projectId);
  if (!first || !mayRecord(caller, first)) throw notFoundProject(projectId);
  if (first.status === 'in_library') {
    let record: ProjectAuthorityRecord | undefined;
    const res = await change(deps, 'project', projectId, caller.sub, now, on, (p) => {
      const def = checkAuthorityRecord(caller, p, r, on);
      record = recordOf(caller, p, def, r, at);
      const next: ProjectState = { ...p, lifecycle: applyAuthorityRecord(p, def, r), authorityRecords: [...(p.authorityRecords ?? []), record] };
      return { next, type: 'authority_recorded', payload: { record } };
    }, (p) => mayRecord(caller, p));
    return { state: res.state, record: record! };
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = attempt === 0 ? first : await deps.projects.get(projectId);
    if (!p || !mayRecord(caller, p)) throw notFoundProject(projectId);
    if (p.status === 'in_library') return recordAuthority(deps, caller, projectId, r, now, on);
    const def = checkAuthorityRecord(caller, p, r, on);
    const record = recordOf(caller, p, def, r, at);
    const { next, decision } = await reReviewed(deps, { ...p, authorityRecords: [...(p.authorityRecords ?? []), record] }, applyAuthorityRecord(p, def, r), on, at);
    const saved = await deps.projects.save(next, {
      projectId, seq: next.version, type: 'authority_recorded', actor: caller.sub, at,
      payload: { record, outcome: decision.outcome, status: next.status }, packVersion: decision.packVersion,
    }, p.version);
    if ('state' in saved) return { state: next, record };
  }
  throw new DomainError(409, 'CONCURRENT_UPDATE', '项目正被同时修改,请稍后重试');
}
