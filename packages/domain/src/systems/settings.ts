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

/** Overrides by environment (JSON object by jurisdiction), so an authority can set its numbers without a release. */
export function usageSettings(j: Jurisdiction): UsageSettings | null {
  const raw = process.env.USAGE_SETTINGS_JSON;
  if (raw) {
    try {
      const o = JSON.parse(raw) as Record<string, Partial<UsageSettings> | null>;
      if (j in o) return o[j] === null ? null : ({ ...USAGE_SETTINGS[j], ...o[j] } as UsageSettings);
    } catch {
      /* fall back to the defaults */
    }
  }
  return USAGE_SETTINGS[j];
}
