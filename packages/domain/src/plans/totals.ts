/** Plan totals in fen: overall and by department, category and funding source. */
import type { PlanLine } from './model.js';

export interface PlanTotals {
  total: number;
  byDepartment: Record<string, number>;
  byCategory: Record<string, number>;
  byFundingSource: Record<string, number>;
}

export function planTotals(lines: readonly PlanLine[]): PlanTotals {
  const t: PlanTotals = { total: 0, byDepartment: {}, byCategory: {}, byFundingSource: {} };
  for (const l of lines) {
    t.total += l.amount;
    t.byDepartment[l.departmentId] = (t.byDepartment[l.departmentId] ?? 0) + l.amount;
    t.byCategory[l.category] = (t.byCategory[l.category] ?? 0) + l.amount;
    t.byFundingSource[l.fundingSource] = (t.byFundingSource[l.fundingSource] ?? 0) + l.amount;
  }
  return t;
}

/** 元 string of integer fen ("580000.00"); fen never pass through a float. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
