/** A mixed stream of realistic submissions across the five jurisdictions, for load and fault runs. */
import { bijieDemandPlan, hongshanSmallBuild, jinjiangBuildNeeds, shandongBuild, xichuanInvestBuild } from './applications.js';

const BUILDERS = {
  hongshan: hongshanSmallBuild,
  bijie: bijieDemandPlan,
  jinjiang: jinjiangBuildNeeds,
  shandong: shandongBuild,
  xichuan: xichuanInvestBuild,
} as const;

export type Jur = keyof typeof BUILDERS;
export const JURS = Object.keys(BUILDERS) as Jur[];

export interface Submission {
  i: number;
  jurisdiction: Jur;
  departmentId: string;
  name: string;
  key: string;
  body: Record<string, unknown>;
}

export function submissions(runId: string, n: number, departmentsPerJurisdiction = 10): Submission[] {
  return Array.from({ length: n }, (_, i) => {
    const jurisdiction = JURS[i % JURS.length];
    const base = BUILDERS[jurisdiction]();
    const name = `${base.name as string}#${runId}-${i}`;
    return {
      i,
      jurisdiction,
      departmentId: `L${runId}-${Math.floor(i / JURS.length) % departmentsPerJurisdiction}`,
      name,
      key: `load-${runId}-${i}`,
      body: { ...base, name },
    };
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
