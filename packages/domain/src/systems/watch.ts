/**
 * The 长期未使用 / 僵尸系统 watch of a running system (per-jurisdiction settings, passed in): an obligation of the
 * due-date index like any other ("show use by <due>"); each period in use moves it forward, so the daily scan reads
 * only systems whose silence has outlasted the threshold. Pure: no I/O.
 */
import { addDays, type Jurisdiction } from '@gov/rules';
import type { UsageReport } from '@gov/schemas';
import { diffObligations, type ObligationDiff, type SubjectRef } from '../lifecycle/obligations.js';
import type { TrackedObligation, Tracking } from '../project.js';
import type { UsageSettingsTable } from './settings.js';
import type { SystemState } from './system.js';

export const systemRef = (s: SystemState): SubjectRef => ({
  subject: 'system',
  subjectId: s.id,
  projectId: s.projectId,
  jurisdiction: s.jurisdiction,
  departmentId: s.departmentId,
});

/** The watch obligations of a running system (none for a stopped one or a jurisdiction without the rule). */
export function watchObligations(s: SystemState, settings: UsageSettingsTable): TrackedObligation[] {
  const cfg = settings[s.jurisdiction as Jurisdiction];
  if (!cfg || s.facts.status === 'stopped') return [];
  const since = s.usage?.lastActiveOn ?? s.operationStart;
  const out: TrackedObligation[] = [
    {
      ruleId: cfg.ruleId,
      key: 'long_unused',
      due: addDays(since, cfg.longUnusedDays),
      provisional: false,
      state: 'open',
      obligation: `系统${s.name}(${s.code ?? s.id})自${since}起${cfg.longUnusedDays}日内应有使用记录(活跃用户不少于${cfg.minActiveUsers}或业务量不少于${cfg.minTransactions}),否则列为长期未使用候选`,
      scan: 'tracker',
      flagType: 'long_unused',
    },
  ];
  if (cfg.zombieDays !== null) {
    out.push({
      ruleId: cfg.ruleId,
      key: 'zombie',
      due: addDays(since, cfg.zombieDays),
      provisional: false,
      state: 'open',
      obligation: `系统${s.name}(${s.code ?? s.id})自${since}起${cfg.zombieDays}日内应有使用记录,否则列为疑似僵尸系统,由审核人确认`,
      scan: 'tracker',
      flagType: 'zombie_candidate',
    });
  }
  return out;
}

export function usageWatch(s: SystemState, on: string, settings: UsageSettingsTable): ObligationDiff & { tracking: Tracking } {
  const diff = diffObligations(systemRef(s), s.tracking?.obligations, watchObligations(s, settings), on);
  return { ...diff, tracking: { ...s.tracking, obligations: diff.obligations, computedOn: on } };
}

/** Is a reported period "in use" under the jurisdiction's settings? */
export function periodActive(settings: UsageSettingsTable, j: Jurisdiction, r: Pick<UsageReport, 'activeUsers' | 'transactions'>): boolean {
  const cfg = settings[j];
  if (!cfg) return r.activeUsers > 0 || r.transactions > 0;
  return r.activeUsers >= cfg.minActiveUsers || r.transactions >= cfg.minTransactions;
}
