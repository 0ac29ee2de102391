/**
 * Per-jurisdiction parameters for 长期未使用 / 僵尸系统 (catalogue A-05: the texts give no numbers). A period
 * counts as "in use" when it reaches either minimum; a system with no such period for `longUnusedDays` is flagged
 * 长期未使用, for `zombieDays` 疑似僵尸系统. The scan only flags candidates: a reviewer confirms the status
 * (POST /v1/systems/{id}/status) before the gate's Q2 denies on it. Jurisdictions whose text has no such rule get
 * no watch (A-41: never backfill from another pack).
 */
import type { Jurisdiction } from '@gov/rules';

export interface UsageSettings {
  /** The catalogue rule the flag cites. */
  ruleId: string;
  minActiveUsers: number;
  minTransactions: number;
  longUnusedDays: number;
  /** null: the text knows no 僵尸系统 (only 长期未使用). */
  zombieDays: number | null;
}

export const USAGE_SETTINGS: Readonly<Record<Jurisdiction, UsageSettings | null>> = {
  hongshan: { ruleId: 'HS-35-4-zombie-scan', minActiveUsers: 5, minTransactions: 50, longUnusedDays: 90, zombieDays: 180 },
  xichuan: { ruleId: 'XC-20-unused-report', minActiveUsers: 5, minTransactions: 50, longUnusedDays: 180, zombieDays: null },
  bijie: null,
  jinjiang: null,
  shandong: null,
};

export type UsageSettingsTable = Readonly<Record<Jurisdiction, UsageSettings | null>>;

/**
 * The table in force: the defaults with an authority's own numbers layered on (a JSON object by jurisdiction, from
 * the deployment's configuration, so an authority can set its numbers without a release). The composition root
 * reads the configuration and passes the table in; malformed JSON leaves the defaults.
 */
export function usageSettingsFrom(json: string | undefined): UsageSettingsTable {
  if (!json) return USAGE_SETTINGS;
  let o: Record<string, Partial<UsageSettings> | null>;
  try {
    o = JSON.parse(json) as Record<string, Partial<UsageSettings> | null>;
  } catch {
    return USAGE_SETTINGS;
  }
  const table = { ...USAGE_SETTINGS };
  for (const j of Object.keys(table) as Jurisdiction[]) {
    if (j in o) table[j] = o[j] === null ? null : ({ ...USAGE_SETTINGS[j], ...o[j] } as UsageSettings);
  }
  return table;
}
