import { packValidity, type PackValidity } from '../engine.js';
import type { Finding, IsoDate, RulePack } from '../types.js';
import type { ProjectStatusFacts } from '../facts.js';

/** A finding as a decision reports it: whether it binds, and the override that set it aside, if any. */
export interface ReportedFinding extends Finding {
  /** true when the pack does not bind on this date (draft / expired): the finding is advice. */
  advisory: boolean;
  overriddenBy?: { authority: string; reason: string; documentRef: string; on: IsoDate };
}

/** What every decision carries so that it can be explained later, after the rules have changed. */
export interface DecisionHeader {
  packId: string;
  packVersion: string;
  packStatus: PackValidity['status'];
  binding: boolean;
  notice: string | null;
  evaluatedOn: IsoDate;
}

export function header(pack: RulePack, on: IsoDate): DecisionHeader {
  const v = packValidity(pack.meta, on);
  return { packId: pack.meta.id, packVersion: pack.meta.version, packStatus: v.status, binding: v.binding, notice: v.notice, evaluatedOn: on };
}

export function report(findings: readonly Finding[], binding: boolean, status: ProjectStatusFacts | undefined): ReportedFinding[] {
  const overrides = status?.overrides;
  return findings.map((f) => {
    const o = f.overridable && overrides ? overrides[f.ruleId] : undefined;
    return o ? { ...f, advisory: !binding, overriddenBy: o } : { ...f, advisory: !binding };
  });
}

/** Blocks only when the pack binds and nobody with authority overrode it. */
export function blocks(f: ReportedFinding): boolean {
  return !f.advisory && f.overriddenBy === undefined;
}
