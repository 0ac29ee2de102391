/** 年度计划 reads and writes through the generated client; the plan's answer is an untyped object, typed here. */
import { api } from './client';
import { ApiFailure, unwrap } from './errors';
import { currentSession } from '../auth/session';

export interface PlanLine {
  projectId: string;
  projectName: string;
  departmentId: string;
  category: string;
  amount: string;
  fundingSource: string;
  late?: { cutoff: string; submittedOn: string };
  temporary?: { body: string; documentRef: string };
}

export interface Totals {
  total: string;
  byDepartment: Record<string, string>;
  byCategory: Record<string, string>;
  byFundingSource: Record<string, string>;
}

export interface Plan {
  id: string;
  year: number;
  version?: number;
  call?: { openedOn: string; cutoffs: { batch: string; date: string }[]; basis: string };
  draft?: { edition: number; stage: 'drafting' | 'approving' | 'approved'; lines: PlanLine[]; envelope?: { amount: string; documentRef: string }; approvals: { body: string; decision: string; on: string; documentRef: string }[] };
  /** The envelope the issued edition was drafted under (absent in a department's view). */
  issued?: { edition: number; issuedOn: string; lines: PlanLine[]; envelope?: { amount: string; documentRef: string } };
  approvers?: string[];
  draftTotals?: Totals;
  issuedTotals?: Totals;
}

export const planIdOf = (jur: string, year: number) => `plan-${jur}-${year}`;

/** The plan of a year, or null when its call has not been opened (404). */
export async function planOf(id: string): Promise<Plan | null> {
  try {
    return unwrap(await api.GET('/v1/plans/{id}', { params: { path: { id } } })) as unknown as Plan;
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return null;
    throw e;
  }
}

const path = (id: string) => ({ params: { path: { id } } });

export const planWrites = {
  openCall: async (year: number) => unwrap(await api.POST('/v1/plan-calls', { body: { year } })),
  setLine: async (id: string, body: { projectId: string; amount: string; fundingSource: 'local_fiscal' | 'upper_fiscal' | 'self_raised' | 'social_capital' | 'soe_own'; reason: string }) =>
    unwrap(await api.PUT('/v1/plans/{id}/lines', { ...path(id), body })),
  setEnvelope: async (id: string, body: { amount: string; on: string; documentRef: string }) => unwrap(await api.PUT('/v1/plans/{id}/envelope', { ...path(id), body })),
  submit: async (id: string, reason: string) => unwrap(await api.POST('/v1/plans/{id}/submissions', { ...path(id), body: { reason } })),
  approve: async (id: string, body: { body: string; decision: 'approved' | 'rejected'; on: string; documentRef: string }) =>
    unwrap(await api.POST('/v1/plans/{id}/approvals', { ...path(id), body })),
  issue: async (id: string) => unwrap(await api.POST('/v1/plans/{id}/issue', { ...path(id), body: {} })),
  adjust: async (id: string, reason: string) => unwrap(await api.POST('/v1/plans/{id}/adjustments', { ...path(id), body: { reason } })),
};

/** Downloads the plan's XLSX workbook (a binary answer: fetched with the session's token, saved by the browser). */
export async function downloadWorkbook(id: string): Promise<void> {
  const r = await fetch(`/v1/plans/${encodeURIComponent(id)}/workbook`, { headers: { authorization: `Bearer ${currentSession()?.token ?? ''}` } });
  if (!r.ok) throw new ApiFailure(r.status, `HTTP_${r.status}`, '导出失败', []);
  const url = URL.createObjectURL(await r.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: `${id}.xlsx` });
  a.click();
  URL.revokeObjectURL(url);
}
