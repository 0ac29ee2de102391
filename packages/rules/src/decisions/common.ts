import { packValidity, stageRules, type PackValidity } from '../engine.js';
import type { Finding, GateQuestion, IsoDate, RuleContext, RulePack, Stage } from '../types.js';
import type { ProjectStatusFacts } from '../facts.js';
import { remediesOf } from '../remedies.js';

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

/**
 * The last header computed for each pack, reused while the pack's meta object and the date are the same (a
 * header is only ever read: `withHeader` copies its fields onto each decision).
 */
const headerCache = new WeakMap<RulePack, { meta: RulePack['meta']; header: DecisionHeader }>();

export function header(pack: RulePack, on: IsoDate): DecisionHeader {
  const cached = headerCache.get(pack);
  if (cached !== undefined && cached.header.evaluatedOn === on && cached.meta === pack.meta) return cached.header;
  const v = packValidity(pack.meta, on);
  const h: DecisionHeader = { packId: pack.meta.id, packVersion: pack.meta.version, packStatus: v.status, binding: v.binding, notice: v.notice, evaluatedOn: on };
  headerCache.set(pack, { meta: pack.meta, header: h });
  return h;
}

/** Copies the header onto a decision. Explicit assignment: object spread is several times slower on Node 20 here. */
export function withHeader<T extends object>(h: DecisionHeader, body: T): T & DecisionHeader {
  const d = body as T & DecisionHeader;
  d.packId = h.packId;
  d.packVersion = h.packVersion;
  d.packStatus = h.packStatus;
  d.binding = h.binding;
  d.notice = h.notice;
  d.evaluatedOn = h.evaluatedOn;
  return d;
}

/**
 * Runs the pack's rules of `stage` (for the budget gate: those answering `question`), in pack order, and appends
 * each finding, as reported, to `out`.
 */
export function collect(
  pack: RulePack,
  stage: Stage,
  ctx: RuleContext,
  binding: boolean,
  status: ProjectStatusFacts | undefined,
  out: ReportedFinding[],
  question?: GateQuestion,
): ReportedFinding[] {
  const overrides = status?.overrides;
  const advisory = !binding;
  const rules = stageRules(pack, stage, question);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i].evaluate(ctx);
    if (r === null) continue;
    if (Array.isArray(r)) {
      const fs = r as readonly Finding[];
      for (let j = 0; j < fs.length; j++) {
        const f = fs[j];
        out.push(reported(f, advisory, f.overridable && overrides ? overrides[f.ruleId] : undefined, remediesOf(rules[i], ctx, f, pack.meta)));
      }
    } else {
      const f = r as Finding;
      out.push(reported(f, advisory, f.overridable && overrides ? overrides[f.ruleId] : undefined, remediesOf(rules[i], ctx, f, pack.meta)));
    }
  }
  return out;
}

/** One finding as `collect` reports it. */
export function reportOne(f: Finding, binding: boolean, status: ProjectStatusFacts | undefined): ReportedFinding {
  const overrides = status?.overrides;
  return reported(f, !binding, f.overridable && overrides ? overrides[f.ruleId] : undefined, f.remedies);
}

/** One object shape for every reported finding (fast, and absent fields vanish in JSON). */
function reported(f: Finding, advisory: boolean, overriddenBy: ReportedFinding['overriddenBy'], remedies: Finding['remedies']): ReportedFinding {
  return {
    ruleId: f.ruleId,
    article: f.article,
    outcome: f.outcome,
    message: f.message,
    overridable: f.overridable,
    requires: f.requires,
    missing: f.missing,
    route: f.route,
    sets: f.sets,
    due: f.due,
    provisional: f.provisional,
    detail: f.detail,
    nonBlocking: f.nonBlocking,
    awaiting: f.awaiting,
    remedies,
    satisfied: f.outcome === 'REQUIRE' && f.missing !== undefined ? f.missing.length === 0 : undefined,
    advisory,
    overriddenBy,
  };
}

/** Blocks only when the pack binds and nobody with authority overrode it. */
export function blocks(f: ReportedFinding): boolean {
  return !f.advisory && f.overriddenBy === undefined;
}
