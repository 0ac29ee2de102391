/**
 * Helpers every pack uses the same way (one definition each): the category later stages read, field presence,
 * money in messages and the gate question. Pack-specific wording stays in each pack's own `common.ts`.
 */
import type { Facts, Fen, ProjectFacts } from '../facts.js';
import type { Category, GateQuestion, RuleContext } from '../types.js';

/** The category classification established, else the declared one; unknown counts as 建设类 (the stricter side). */
export function categoryOf(ctx: RuleContext): Category {
  return ctx.classification?.category ?? ctx.facts.project.category ?? 'build';
}

/** A field value counts as shown unless absent, empty or `false`. */
export function isPresent(v: unknown): boolean {
  return v !== undefined && v !== '' && v !== false;
}

/** Does the application show field `name` (`project.fields`)? */
export function fieldPresent(p: ProjectFacts, name: string): boolean {
  return isPresent(p.fields?.[name]);
}

/** Money in 元 with two decimals for messages, `1234567.89`: integer arithmetic only, exact for any fen amount. */
export function yuanText(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const a = fen < 0 ? -fen : fen;
  const cents = a % 100;
  return `${sign}${(a - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/** The question a gate evaluation asks: Q1 `payment` when a payment is asked about, else Q2 `om`. */
export function gateQuestionOf(facts: Facts): GateQuestion {
  return facts.payment !== undefined ? 'payment' : 'om';
}
