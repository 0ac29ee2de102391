/**
 * The plan cycle's use cases: open the call, draft lines, finance's envelope, send for approval, record each
 * approving body's decision, issue (下达), open an adjustment (动态调整), add a temporary line. Each change is one
 * version-guarded event with who and why; a repeated Idempotency-Key returns the plan as it is, without a new event.
 */
import { createHash } from 'node:crypto';
import type { Jurisdiction } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import { planId, type AuthorityRecord, type Cutoff, type IssuedEdition, type PlanEdition, type PlanLine, type PlanState, type SupersededEdition } from './model.js';
import type { PlanStore } from './port.js';
import { missedCutoff, PLAN_REGULATIONS } from './regulation.js';
import { planTotals, yuan } from './totals.js';

/** Idempotency keys remembered per plan (older retries than this many changes ago are new requests). */
const KEPT_KEYS = 500;

/**
 * Bounds that keep the plan's one item far under DynamoDB's 400 KB (docs/decisions/071): the draft and the issued
 * edition each hold at most this many lines and bytes of lines; earlier editions keep a summary in the state (their
 * lines are in the log's plan_issued events).
 */
export const PLAN_LIMITS = { linesPerEdition: 300, editionBytes: 100_000, supersededKept: 10 } as const;

/** The UTF-8 size of an edition's lines as stored. */
export const editionBytes = (lines: readonly PlanLine[]): number => Buffer.byteLength(JSON.stringify(lines), 'utf8');

function bounded(lines: PlanLine[], edition: number): PlanLine[] {
  const { linesPerEdition, editionBytes: maxBytes } = PLAN_LIMITS;
  if (lines.length > linesPerEdition) {
    const message = `第${edition}版年度计划最多列入${linesPerEdition}个项目,已达上限;请分批调整或撤出项目后再列入`;
    throw new DomainError(400, 'PLAN_TOO_MANY_LINES', message, [{ path: 'projectId', message }]);
  }
  if (editionBytes(lines) > maxBytes) {
    const message = `第${edition}版年度计划的项目清单超过${maxBytes / 1000}KB存储上限;请精简后再列入`;
    throw new DomainError(400, 'PLAN_TOO_LARGE', message, [{ path: 'projectId', message }]);
  }
  return lines;
}

export interface WriteContext {
  store: PlanStore;
  caller: Caller;
  /** Idempotency-Key of the request, if any. */
  key?: string;
  now: Date;
}

const notFound = (id: string) => new DomainError(404, 'PLAN_NOT_FOUND', `年度计划 ${id} 不存在或无权查看`);
const conflict = (code: string, message: string, path = '(body)') => new DomainError(409, code, message, [{ path, message }]);
const invalid = (code: string, message: string, path: string) => new DomainError(422, code, message, [{ path, message }]);
const day = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Keys are stored prefixed: a client's key is never an object's own magic name (__proto__, constructor). */
const slot = (key: string) => `k:${key}`;
const remembered = (p: PlanState, key: string | undefined) => (key && Object.hasOwn(p.keys, slot(key)) ? p.keys[slot(key)] : undefined);

function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export interface OpenCallInput {
  year: number;
  /** Only where the regulation fixes no date (bijie, shandong). */
  cutoffs?: Cutoff[];
}

/** 征集: opens the plan of `year` with the regulation's cut-offs. The id is the jurisdiction and year, so a retry finds it. */
export async function openPlanCall(ctx: WriteContext, input: OpenCallInput): Promise<PlanState> {
  const jur = ctx.caller.jur as Jurisdiction;
  const reg = PLAN_REGULATIONS[jur];
  if (!reg) throw invalid('UNKNOWN_JURISDICTION', `未知的辖区 ${jur}`, 'jur');
  const fixed = reg.cutoffs(input.year);
  if (input.cutoffs && fixed.length) {
    throw invalid('CUTOFFS_FIXED_BY_REGULATION', `本辖区报送截止日期由办法规定(${reg.cutoffBasis}),不可自行设定`, 'cutoffs');
  }
  const cutoffs = fixed.length ? fixed : (input.cutoffs ?? []);
  const id = planId(jur, input.year);
  const hash = requestHash(input);
  const existing = await ctx.store.get(id);
  if (existing) return sameRequest(existing, ctx.key, hash, () => conflict('PLAN_EXISTS', `${input.year}年度计划已开始征集`, 'year'));
  const at = ctx.now.toISOString();
  const state: PlanState = {
    id, version: 1, jurisdiction: jur, departmentId: '-', createdAt: at, updatedAt: at, year: input.year,
    call: { openedOn: day(ctx.now), openedBy: ctx.caller.sub, cutoffs, basis: reg.cutoffBasis },
    draft: { edition: 1, lines: [], stage: 'drafting', approvals: [] },
    keys: ctx.key ? { [slot(ctx.key)]: { seq: 1, requestHash: hash } } : {},
  };
  const saved = await ctx.store.save(state, event(id, 1, 'call_opened', ctx, { year: input.year, cutoffs, basis: reg.cutoffBasis }), 0);
  if ('conflict' in saved) {
    const now = await ctx.store.get(id);
    if (now) return sameRequest(now, ctx.key, hash, () => conflict('PLAN_EXISTS', `${input.year}年度计划已开始征集`, 'year'));
    throw conflict('CONCURRENT_UPDATE', '年度计划正被同时修改,请刷新后重试');
  }
  return saved.state;
}

function sameRequest(p: PlanState, key: string | undefined, hash: string, otherwise: () => DomainError): PlanState {
  const k = remembered(p, key);
  if (k && k.requestHash === hash) return p;
  if (k) throw new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key 已用于另一请求', [{ path: 'headers.idempotency-key', message: '键已被另一请求使用' }]);
  throw otherwise();
}

function event(id: string, seq: number, type: string, ctx: WriteContext, payload: Record<string, unknown>) {
  // projectId names the aggregate, as on every event of the shared log.
  return { projectId: id, seq, type, actor: ctx.caller.sub, at: ctx.now.toISOString(), payload };
}

type Change = { type: string; payload: Record<string, unknown>; next: Partial<PlanState> };

/** Reads, checks access, applies `decide` and writes, retrying on a concurrent change; idempotent by key. */
async function change(ctx: WriteContext, id: string, body: unknown, decide: (p: PlanState) => Change | Promise<Change>): Promise<PlanState> {
  const hash = requestHash(body);
  for (let attempt = 0; attempt < 3; attempt++) {
    const p = await ctx.store.get(id);
    if (!p || (ctx.caller.role !== 'admin' && p.jurisdiction !== ctx.caller.jur)) throw notFound(id);
    if (remembered(p, ctx.key)) return sameRequest(p, ctx.key, hash, () => notFound(id));
    const c = await decide(p);
    const seq = p.version + 1;
    const keys = ctx.key ? keep({ ...p.keys, [slot(ctx.key)]: { seq, requestHash: hash } }, seq) : p.keys;
    const next: PlanState = { ...p, ...c.next, version: seq, updatedAt: ctx.now.toISOString(), keys };
    const saved = await ctx.store.save(next, event(id, seq, c.type, ctx, c.payload), p.version);
    if ('state' in saved) return saved.state;
  }
  throw conflict('CONCURRENT_UPDATE', '年度计划正被同时修改,请刷新后重试');
}

function keep(keys: PlanState['keys'], seq: number): PlanState['keys'] {
  const entries = Object.entries(keys);
  if (entries.length <= KEPT_KEYS) return keys;
  return Object.fromEntries(entries.filter(([, v]) => v.seq > seq - KEPT_KEYS));
}

function drafting(p: PlanState): PlanEdition {
  if (!p.draft) throw conflict('NO_DRAFT', p.issued ? '年度计划已下达,不可修改;如需调整请先发起动态调整' : '年度计划没有草案');
  if (p.draft.stage !== 'drafting') throw conflict('DRAFT_LOCKED', `计划草案(第${p.draft.edition}版)已报送审定,不可修改;被退回后方可修改`);
  return p.draft;
}

async function libraryProject(ctx: WriteContext, p: PlanState, projectId: string) {
  const project = await ctx.store.project(projectId);
  if (!project || project.jurisdiction !== p.jurisdiction) throw invalid('PROJECT_NOT_FOUND', `项目 ${projectId} 不存在`, 'projectId');
  if (project.status !== 'in_library') throw invalid('NOT_IN_LIBRARY', `项目 ${projectId} 尚未入库(当前状态 ${project.status}),只有项目库中的项目可列入年度计划`, 'projectId');
  return project;
}

export interface LineInput {
  projectId: string;
  /** fen */
  amount: number;
  fundingSource: string;
  reason: string;
}

/** Adds or changes a line of the draft. The project must be in the library; a late submission is flagged. */
export function setPlanLine(ctx: WriteContext, id: string, input: LineInput): Promise<PlanState> {
  return change(ctx, id, input, async (p) => {
    const draft = drafting(p);
    const project = await libraryProject(ctx, p, input.projectId);
    const missed = missedCutoff(p.call.cutoffs, project.submittedOn);
    const line: PlanLine = {
      projectId: project.id, projectName: project.name, departmentId: project.departmentId, category: project.category,
      amount: input.amount, fundingSource: input.fundingSource,
      ...(missed ? { late: { cutoff: missed.date, submittedOn: project.submittedOn } } : {}),
    };
    const lines = bounded([...draft.lines.filter((l) => l.projectId !== line.projectId), line], draft.edition);
    return { type: 'plan_line_set', payload: { edition: draft.edition, line, reason: input.reason }, next: { draft: { ...draft, lines } } };
  });
}

export function removePlanLine(ctx: WriteContext, id: string, input: { projectId: string; reason: string }): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    const draft = drafting(p);
    if (!draft.lines.some((l) => l.projectId === input.projectId)) throw invalid('LINE_NOT_FOUND', `计划草案中没有项目 ${input.projectId}`, 'projectId');
    const lines = draft.lines.filter((l) => l.projectId !== input.projectId);
    return { type: 'plan_line_removed', payload: { edition: draft.edition, ...input }, next: { draft: { ...draft, lines } } };
  });
}

/** 财政部门 sets the envelope (资金盘子) the draft's total must stay within. */
export function setPlanEnvelope(ctx: WriteContext, id: string, input: { amount: number; on: string; documentRef: string }): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    const draft = drafting(p);
    const envelope = { ...input, recordedBy: ctx.caller.sub };
    return { type: 'envelope_set', payload: { edition: draft.edition, envelope }, next: { draft: { ...draft, envelope } } };
  });
}

/** Sends the draft to the first approving body; the total must be within finance's envelope. */
export function submitPlanForApproval(ctx: WriteContext, id: string, input: { reason: string }): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    const draft = drafting(p);
    if (draft.lines.length === 0) throw invalid('EMPTY_PLAN', '计划草案没有项目,不能报送审定', 'lines');
    if (!draft.envelope) throw invalid('NO_ENVELOPE', '财政部门尚未确定资金规模,不能报送审定', 'envelope');
    const total = planTotals(draft.lines).total;
    if (total > draft.envelope.amount) {
      throw invalid('OVER_ENVELOPE', `计划草案合计 ${yuan(total)} 元,超出财政部门确定的资金规模 ${yuan(draft.envelope.amount)} 元`, 'lines');
    }
    return { type: 'submitted_for_approval', payload: { edition: draft.edition, total, reason: input.reason }, next: { draft: { ...draft, stage: 'approving', approvals: [] } } };
  });
}

export interface ApprovalInput {
  body: string;
  decision: 'approved' | 'rejected';
  on: string;
  documentRef: string;
  comment?: string;
}

/** The next approving body's decision, in the regulation's order. A rejection sends the draft back to drafting. */
export function recordPlanApproval(ctx: WriteContext, id: string, input: ApprovalInput): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    if (!p.draft || p.draft.stage !== 'approving') throw conflict('NOT_AWAITING_APPROVAL', '年度计划草案未报送审定,无需记录审定意见');
    const chain = PLAN_REGULATIONS[p.jurisdiction].approvers;
    const expected = chain[p.draft.approvals.length];
    if (input.body !== expected) throw invalid('WRONG_APPROVER', `当前应由「${expected}」审定(审定顺序:${chain.join(' → ')})`, 'body');
    const step = { ...input, recordedBy: ctx.caller.sub };
    const approvals = [...p.draft.approvals, step];
    const stage = input.decision === 'rejected' ? 'drafting' : approvals.length === chain.length ? 'approved' : 'approving';
    const draft: PlanEdition = { ...p.draft, stage, approvals: input.decision === 'rejected' ? [] : approvals };
    return { type: input.decision === 'rejected' ? 'approval_rejected' : 'approval_recorded', payload: { edition: p.draft.edition, step }, next: { draft } };
  });
}

/** 下达: the approved edition becomes the plan in force and can no longer change. */
export function issuePlan(ctx: WriteContext, id: string, input: { on?: string }): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    if (!p.draft || p.draft.stage !== 'approved') throw conflict('NOT_APPROVED', '年度计划草案尚未经全部审定机关批准,不能下达');
    const issued = { edition: p.draft.edition, issuedOn: input.on ?? day(ctx.now), issuedBy: ctx.caller.sub, lines: p.draft.lines, envelope: p.draft.envelope, approvals: p.draft.approvals };
    const superseded = p.issued ? [...(p.superseded ?? []), summaryOf(p.issued)].slice(-PLAN_LIMITS.supersededKept) : p.superseded;
    return {
      type: 'plan_issued',
      // The lines go into the log: the state keeps only a summary of an edition once it is superseded.
      payload: { edition: issued.edition, issuedOn: issued.issuedOn, totals: planTotals(issued.lines), approvals: issued.approvals, lines: issued.lines },
      next: { issued, superseded, draft: undefined },
    };
  });
}

function summaryOf(e: IssuedEdition): SupersededEdition {
  const { lines, ...rest } = e;
  return { ...rest, lineCount: lines.length, total: planTotals(lines).total };
}

/** 动态调整: a new draft edition from the issued one; the issued plan stays in force until the new one is issued. */
export function openPlanAdjustment(ctx: WriteContext, id: string, input: { reason: string }): Promise<PlanState> {
  return change(ctx, id, input, (p) => {
    if (!p.issued) throw conflict('NOT_ISSUED', '年度计划尚未下达,直接修改草案即可');
    if (p.draft) throw conflict('ADJUSTMENT_OPEN', `第${p.draft.edition}版调整草案已在办理中`);
    const draft: PlanEdition = { edition: p.issued.edition + 1, lines: p.issued.lines, envelope: p.issued.envelope, stage: 'drafting', approvals: [], reason: input.reason };
    return { type: 'adjustment_opened', payload: { edition: draft.edition, reason: input.reason }, next: { draft } };
  });
}

export interface TemporaryInput extends LineInput, Omit<AuthorityRecord, 'recordedBy'> {}

/** 临时追加 (JJ-07-temp-addition, XC-08-temporary): a line outside the approved plan, with the authority that allowed it. */
export function addTemporaryLine(ctx: WriteContext, id: string, input: TemporaryInput): Promise<PlanState> {
  return change(ctx, id, input, async (p) => {
    const rule = PLAN_REGULATIONS[p.jurisdiction].temporaryAdditions;
    if (!rule) throw invalid('NO_TEMPORARY_ADDITIONS', '本辖区办法未规定年度计划外的临时追加', 'projectId');
    if (!p.issued) throw conflict('NOT_ISSUED', '年度计划尚未下达,请直接列入计划草案');
    if (p.issued.lines.some((l) => l.projectId === input.projectId)) throw invalid('ALREADY_IN_PLAN', `项目 ${input.projectId} 已在年度计划中`, 'projectId');
    const project = await libraryProject(ctx, p, input.projectId);
    const line: PlanLine = {
      projectId: project.id, projectName: project.name, departmentId: project.departmentId, category: project.category,
      amount: input.amount, fundingSource: input.fundingSource,
      temporary: { body: input.body, on: input.on, documentRef: input.documentRef, reason: input.reason, recordedBy: ctx.caller.sub },
    };
    const issued = { ...p.issued, lines: bounded([...p.issued.lines, line], p.issued.edition) };
    return { type: 'temporary_addition', payload: { edition: issued.edition, line, ruleId: rule.ruleId, basis: rule.basis }, next: { issued } };
  });
}
