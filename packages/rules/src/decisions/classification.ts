import type { ClassificationFacts, IsoDate, RulePack } from '../types.js';
import type { Facts } from '../facts.js';
import type { WorkingDayCalendar } from '../calendar/types.js';
import { collect, header, type DecisionHeader, type ReportedFinding } from './common.js';

export interface ClassificationDecision extends DecisionHeader, ClassificationFacts {
  /** Every approval path / body the project is routed to, in rule order (分级立项 may route to several). */
  routes: string[];
  findings: ReportedFinding[];
}

/** 分类: scope, category, approval path, decision level, required documents and extra approvals. */
export function classify(pack: RulePack, facts: Facts, on: IsoDate, calendar: WorkingDayCalendar): ClassificationDecision {
  const h = header(pack, on);
  const findings = collect(pack, 'classification', { facts, on, calendar }, h.binding, facts.project.status, []);
  let inScope = true;
  let category = facts.project.category ?? 'build';
  let approvalPath = '';
  let decisionLevel = '';
  const routes: string[] = [];
  const requiredDocuments: string[] = [];
  const extraApprovals: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const s = f.sets;
    if (s) {
      if (s.inScope === false) inScope = false;
      if (s.category) category = s.category;
      if (s.approvalPath) approvalPath = s.approvalPath;
      if (s.decisionLevel) decisionLevel = s.decisionLevel;
      if (s.requiredDocuments) pushAll(requiredDocuments, s.requiredDocuments);
      if (s.extraApprovals) pushAll(extraApprovals, s.extraApprovals);
    }
    if (f.outcome === 'ROUTE' && f.route) routes.push(f.route);
    if (f.outcome === 'REQUIRE' && f.requires) pushAll(requiredDocuments, f.requires);
  }
  if (!approvalPath && routes.length) approvalPath = routes[0];
  // One literal in the order withHeader produced (body, then header): the decision gets its final shape at once.
  return {
    inScope,
    category,
    approvalPath,
    decisionLevel,
    routes,
    requiredDocuments,
    extraApprovals,
    findings,
    packId: h.packId,
    packVersion: h.packVersion,
    packStatus: h.packStatus,
    binding: h.binding,
    notice: h.notice,
    evaluatedOn: h.evaluatedOn,
  };
}

function pushAll(into: string[], items: readonly string[]): void {
  for (const i of items) if (!into.includes(i)) into.push(i);
}
