/**
 * 申报自述: what an application says about itself beyond the project it describes — its own `dates` (e.g. "accepted
 * on …") and named `fields` (attestations, parameters, results). They are claims: classification and pre-review read
 * them (the reviewer judges the application as written and sees them listed as claims), but no decision after
 * admission does — the gate, deadlines and filings rest on records (project.ts `projectFacts`).
 */
import type { Application } from '@gov/schemas';

export interface Claims {
  dates: Record<string, string>;
  fields: Record<string, string | boolean | number>;
  notice: string;
}

export const CLAIMS_NOTICE = '以下为申报单位自述内容,仅供审核参考;资金闸口、期限和备案判断只依据按职责记录的里程碑、记录和审核意见。';

/** The application's claims, or undefined when it makes none. */
export function claimsOf(a: Pick<Application, 'dates' | 'fields'>): Claims | undefined {
  const dates = { ...a.dates };
  const fields = { ...a.fields };
  if (!Object.keys(dates).length && !Object.keys(fields).length) return undefined;
  return { dates, fields, notice: CLAIMS_NOTICE };
}
