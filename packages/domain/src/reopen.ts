/**
 * 修改后重新提交 and the reviewer's decisions: a decision looked at the application as it stood. When a revision
 * changes what the decisions read — amounts, category and subtype, funding, scope (line items, data catalogue,
 * systems it extends) or the documents — the decisions and named reviews are reopened: removed from the facts, kept
 * with the diff so the reviewer sees what changed and decides again. A revision that changes none of these (a
 * responsible person, a typo in the name) keeps them.
 */
import type { Application } from '@gov/schemas';
import type { ProjectStatusFacts } from '@gov/rules';

/** The parts of an application a reviewer's decision rests on. */
const MATERIAL: readonly (keyof Application)[] = [
  'amounts', 'category', 'subtype', 'deliveryMode', 'fundingSources', 'fundingModel', 'fundingMode', 'lineItems', 'dataResources', 'existingSystems', 'documents', 'flags', 'objectType',
];

export interface ApplicationChange {
  path: string;
  from: unknown;
  to: unknown;
}

export interface Reopened {
  on: string;
  /** The revision that reopened them. */
  version: number;
  changes: ApplicationChange[];
  decisions: NonNullable<ProjectStatusFacts['decisions']>;
  reviews: NonNullable<ProjectStatusFacts['reviews']>;
}

/** What changed in the material parts, one entry per top-level part (or per amount). */
export function materialChanges(before: Application, after: Application): ApplicationChange[] {
  const out: ApplicationChange[] = [];
  for (const k of MATERIAL) {
    if (k === 'amounts') {
      const keys = new Set([...Object.keys(before.amounts), ...Object.keys(after.amounts)]) as Set<keyof Application['amounts']>;
      for (const a of keys) if (before.amounts[a] !== after.amounts[a]) out.push({ path: `amounts.${a}`, from: before.amounts[a] ?? null, to: after.amounts[a] ?? null });
      continue;
    }
    if (k === 'documents') {
      // A document added was read by no earlier decision; one removed or replaced (other hash) was.
      const kept = new Set(after.documents.map((d) => `${d.type}#${d.sha256}`));
      const gone = before.documents.filter((d) => !kept.has(`${d.type}#${d.sha256}`));
      if (gone.length) out.push({ path: 'documents', from: gone.map((d) => d.type), to: after.documents.map((d) => d.type) });
      continue;
    }
    if (canonical(before[k] ?? null) !== canonical(after[k] ?? null)) out.push({ path: k, from: before[k] ?? null, to: after[k] ?? null });
  }
  return out;
}

/** The lifecycle after a revision: decisions and reviews reopened when the changes are material. */
export function reopenDecisions<L extends { status: ProjectStatusFacts }>(l: L | undefined, changes: ApplicationChange[], on: string, version: number): { lifecycle: L | undefined; reopened?: Reopened } {
  const decisions = l?.status.decisions ?? {};
  const reviews = l?.status.reviews ?? {};
  if (!l || !changes.length || (!Object.keys(decisions).length && !Object.keys(reviews).length)) return { lifecycle: l };
  const { decisions: _d, reviews: _r, ...status } = l.status;
  return { lifecycle: { ...l, status }, reopened: { on, version, changes, decisions, reviews } };
}

/** JSON with object keys sorted: the store does not keep key order (a DynamoDB map), so plain JSON would differ. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}
