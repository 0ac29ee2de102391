/**
 * Money in answers (issue 10 §4): the domain and storage keep integer fen (分); every answer carries 元 strings with
 * two decimals ("600000.00"), the same form requests use. One mapping per shape that holds money, applied where a
 * handler answers; shapes without money pass through untouched.
 */
import { formatYuan } from '@gov/schemas';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The named keys of `o` that hold fen, as 元 strings (absent or non-numeric values are left as they are). */
function yuanKeys<T>(o: T, keys: readonly string[]): T {
  if (!isObj(o)) return o;
  const out: Obj = { ...o };
  for (const k of keys) if (typeof out[k] === 'number') out[k] = formatYuan(out[k] as number);
  return out as T;
}

const lineItems = (v: unknown) => (Array.isArray(v) ? v.map((i) => yuanKeys(i, ['amount'])) : v);

/** 申报材料: amounts.* and lineItems[].amount. */
export function applicationView<T>(a: T): T {
  if (!isObj(a)) return a;
  return { ...a, ...(isObj(a.amounts) ? { amounts: yuanKeys(a.amounts, ['total', 'estimate', 'budget', 'originalInvestment', 'priorUpgradesLast12Months']) } : {}), ...('lineItems' in a ? { lineItems: lineItems(a.lineItems) } : {}) } as T;
}

/** A milestone as recorded: payment amount, approved estimate, a record's amount. */
export const yuanMilestone = <T>(m: T): T => yuanKeys(m, ['amount', 'approvedEstimate']);

/** The project's lifecycle: approved estimate and paid to date. */
export const yuanLifecycle = <T>(l: T): T => yuanKeys(l, ['approvedEstimate', 'paidToDate']);

/** A filing: contract line items and a change's new total and adjustment. */
export function filingView<T>(f: T): T {
  if (!isObj(f)) return f;
  return { ...f, ...('contractItems' in f ? { contractItems: lineItems(f.contractItems) } : {}), ...(isObj(f.change) ? { change: yuanKeys(f.change, ['newTotal', 'adjustAmount']) } : {}) } as T;
}

/** A resubmission's changes: an `amounts.*` entry's from / to. */
const changesView = (v: unknown) => (Array.isArray(v) ? v.map((c) => (isObj(c) && typeof c.path === 'string' && c.path.startsWith('amounts.') ? yuanKeys(c, ['from', 'to']) : c)) : v);

/** A project event: the payload parts that hold money, by what they are. */
export function yuanEvent<T extends { payload: Obj }>(e: T): T {
  const p = e.payload;
  const payload: Obj = { ...p };
  if ('application' in p) payload.application = applicationView(p.application);
  if ('changes' in p) payload.changes = changesView(p.changes);
  if ('milestone' in p) payload.milestone = yuanMilestone(p.milestone);
  if ('filing' in p) payload.filing = filingView(p.filing);
  return { ...e, payload };
}

/** A project as shown: its application and lifecycle. */
export function yuanProject<T extends Obj>(p: T): T {
  return { ...p, ...('application' in p ? { application: applicationView(p.application) } : {}), ...('lifecycle' in p ? { lifecycle: yuanLifecycle(p.lifecycle) } : {}) };
}

/** A project's facts as the rules read them (a system's snapshot, the gate's facts): amounts and line items. */
export function yuanProjectFacts<T>(f: T): T {
  if (!isObj(f)) return f;
  const out = yuanKeys(f, ['amountTotal', 'amountEstimate', 'budget', 'originalInvestment', 'priorUpgradesLast12Months', 'approvedEstimate', 'paidToDate']) as Obj;
  if ('lineItems' in f) out.lineItems = lineItems(f.lineItems);
  return out as T;
}

/** The facts a gate answer read: the project's, the payment's or the O&M request's amounts. */
export function yuanGateFacts<T>(f: T): T {
  if (!isObj(f)) return f;
  const out: Obj = { ...f };
  if ('project' in f) out.project = yuanProjectFacts(f.project);
  if (isObj(f.payment)) out.payment = yuanKeys(f.payment, ['amount']);
  if (isObj(f.omRequest)) {
    const om = yuanKeys(f.omRequest, ['amount', 'standardAmount']) as Obj;
    if (isObj(om.reviewOpinion)) om.reviewOpinion = yuanKeys(om.reviewOpinion, ['amount']);
    if ('lineItems' in om) om.lineItems = lineItems(om.lineItems);
    out.omRequest = om;
  }
  return out as T;
}

/** A system as shown: its snapshot of the project's facts. */
export const yuanSystem = <T extends Obj>(s: T): T => ('project' in s ? { ...s, project: yuanProjectFacts(s.project) } : s);

/** A gate-check request as recorded (listed by GET /v1/budget-gate/checks): its amounts and line items. */
export function yuanGateRequest<T>(r: T): T {
  if (!isObj(r)) return r;
  const out = yuanKeys(r, ['amount', 'standardAmount']) as Obj;
  if (isObj(out.reviewOpinion)) out.reviewOpinion = yuanKeys(out.reviewOpinion, ['amount']);
  if ('lineItems' in out) out.lineItems = lineItems(out.lineItems);
  return out as T;
}
