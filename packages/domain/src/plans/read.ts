/**
 * Reading plans: who sees what (a department only the issued lines of its own projects), the plan line a project's
 * facts carry, and the plan-against-library-against-paid report.
 */
import type { AnnualPlanLineFacts } from '@gov/rules';
import type { Caller } from '../access.js';
import { DomainError } from '../errors.js';
import { planId, type PlanLine, type PlanState } from './model.js';
import type { PlanStore } from './port.js';
import { PLAN_REGULATIONS } from './regulation.js';
import { planTotals } from './totals.js';

const notFound = (id: string) => new DomainError(404, 'PLAN_NOT_FOUND', `年度计划 ${id} 不存在或无权查看`);

/** The plan as the caller may see it: whole for the jurisdiction's bureau, finance, auditor and admin; issued lines of its own projects for a department. */
export async function readPlan(store: PlanStore, caller: Caller, id: string): Promise<Record<string, unknown>> {
  const p = await store.get(id);
  if (!p || (caller.role !== 'admin' && p.jurisdiction !== caller.jur)) throw notFound(id);
  if (caller.role === 'department') {
    if (!p.issued) throw notFound(id);
    const lines = p.issued.lines.filter((l) => l.departmentId === caller.dept);
    return { id: p.id, jurisdiction: p.jurisdiction, year: p.year, issued: { edition: p.issued.edition, issuedOn: p.issued.issuedOn, lines } };
  }
  const { keys: _k, lastEventHash: _h, ...visible } = p;
  const reg = PLAN_REGULATIONS[p.jurisdiction];
  return {
    ...visible,
    approvers: reg.approvers,
    approvalBasis: reg.approvalBasis,
    draftTotals: p.draft ? planTotals(p.draft.lines) : undefined,
    issuedTotals: p.issued ? planTotals(p.issued.lines) : undefined,
  };
}

/** The plan (whole, for exports and reports) if the caller is one of the jurisdiction's offices. */
export async function planForOffice(store: PlanStore, caller: Caller, id: string): Promise<PlanState> {
  const p = await store.get(id);
  if (!p || caller.role === 'department' || (caller.role !== 'admin' && p.jurisdiction !== caller.jur)) throw notFound(id);
  return p;
}

export async function planEvents(store: PlanStore, caller: Caller, id: string) {
  await planForOffice(store, caller, id);
  return store.events(id);
}

/** Application field by which an application (审批申请, 服务方案 …) names the library project it continues. */
export const LIBRARY_PROJECT_FIELD = '入库项目编号';

/** The issued line of the plan that holds a project, in the shape the rules read. */
export function planLineFacts(p: PlanState, projectId: string): AnnualPlanLineFacts | undefined {
  const line = p.issued?.lines.find((l) => l.projectId === projectId);
  if (!p.issued || !line) return undefined;
  return {
    planId: p.id,
    edition: p.issued.edition,
    year: p.year,
    issuedOn: p.issued.issuedOn,
    amount: line.amount,
    fundingSource: line.fundingSource,
    approvedBy: p.issued.approvals.map((a) => a.body),
    ...(line.temporary ? { temporary: { authority: line.temporary.body, documentRef: line.temporary.documentRef, on: line.temporary.on } } : {}),
  };
}

/**
 * The plan line for a project about to be decided: the issued plan of its jurisdiction and target year, looked up by
 * the project's own id or by the library project its application names.
 */
export async function annualPlanFor(
  store: Pick<PlanStore, 'get'>,
  project: { id: string; jurisdiction: string; application: { targetYear: number; fields?: Record<string, unknown> } },
): Promise<AnnualPlanLineFacts | undefined> {
  const plan = await store.get(planId(project.jurisdiction, project.application.targetYear));
  if (!plan) return undefined;
  const named = project.application.fields?.[LIBRARY_PROJECT_FIELD];
  return planLineFacts(plan, project.id) ?? (typeof named === 'string' ? planLineFacts(plan, named) : undefined);
}

export interface ReportRow {
  key: string;
  /** fen in the issued plan (with temporary additions) */
  planned: number;
  /** fen asked for by library projects (申报总额) */
  library: number;
  /** fen paid to the plan's projects within the plan's year */
  paid: number;
}

/** A payment as recorded (资金支付 milestone): its date and fen. */
export interface Payment {
  date: string;
  /** fen */
  amount: number;
}

/** The recorded payments of a project, read by the caller from wherever the project's events live. */
export type PaymentsOf = (projectId: string) => Promise<Payment[]>;

/** The payments in a project's event log: its payment_made milestones, by their recorded date. */
export function paymentsFromEvents(events: readonly { type: string; payload: Record<string, unknown> }[]): Payment[] {
  const out: Payment[] = [];
  for (const e of events) {
    const m = e.payload.milestone as { type?: string; date?: string; amount?: number } | undefined;
    if (e.type === 'milestone_recorded' && m?.type === 'payment_made' && typeof m.date === 'string' && typeof m.amount === 'number') out.push({ date: m.date, amount: m.amount });
  }
  return out;
}

/** fen paid within calendar year `year` (a plan covers its year: money paid before or after belongs to other plans). */
export function paidInYear(payments: readonly Payment[], year: number): number {
  const prefix = `${year}-`;
  return payments.reduce((sum, x) => (x.date.startsWith(prefix) ? sum + x.amount : sum), 0);
}

/** 计划 vs 项目库 vs 已支付 (within the plan's year), by department and by category. */
export async function planReport(
  store: PlanStore,
  caller: Caller,
  id: string,
  paymentsOf: PaymentsOf,
): Promise<{ planId: string; year: number; edition?: number; byDepartment: ReportRow[]; byCategory: ReportRow[] }> {
  const p = await planForOffice(store, caller, id);
  const lines: PlanLine[] = p.issued?.lines ?? [];
  const library = await store.libraryProjects(p.jurisdiction);
  const paidOf = new Map(await Promise.all(lines.map(async (l) => [l.projectId, paidInYear(await paymentsOf(l.projectId), p.year)] as const)));
  const rows = (keyOf: (x: { departmentId: string; category: string }) => string) => {
    const m = new Map<string, ReportRow>();
    const row = (k: string) => m.get(k) ?? (m.set(k, { key: k, planned: 0, library: 0, paid: 0 }), m.get(k)!);
    for (const l of lines) {
      const r = row(keyOf(l));
      r.planned += l.amount;
      r.paid += paidOf.get(l.projectId) ?? 0;
    }
    for (const l of library) row(keyOf(l)).library += l.amountTotal;
    return [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
  };
  return { planId: p.id, year: p.year, edition: p.issued?.edition, byDepartment: rows((x) => x.departmentId), byCategory: rows((x) => x.category) };
}
