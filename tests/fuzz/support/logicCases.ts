/**
 * Valid-ish requests for the write routes, bound to the states of states.ts: the right project and system ids,
 * milestone types the state admits (recorded by the role the regulation names), dates after the walk and not after
 * today, amounts within the project's total, rule ids of the jurisdiction's gate, and the token of the role the
 * route admits. Mixed with mutations of the same bodies (hostile.ts), a role the route does not admit (403) and a
 * caller of another jurisdiction (404), so the logic behind validation is reached and refusals stay exact.
 */
import fc from 'fast-check';
import { AUTHORITY_RECORDS, PLAN_REGULATIONS, RECORD_FIELDS } from '@gov/domain';
import { duplicateKeyPath, MAX_BODY_BYTES, reservedKeyPath } from '@gov/http';
import { apiRoutes, type ApiRoute } from '@gov/schemas';
import { mutate, mutation } from './hostile.js';
import type { FuzzCase } from './harness.js';
import { takesTemporaryAdditions, walkPlan } from './planStages.js';
import { prepareUploads, UPLOAD_KINDS } from './uploads.js';
import { settledProject, WALK, type JurState } from './states.js';

type Role = 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';
const ROLES: Role[] = ['department', 'bureau', 'finance', 'auditor', 'admin'];

/** What a successful request of a case changes: the aggregate whose version it moves by one. */
export interface Target {
  kind: 'project' | 'system' | 'plan' | 'notification';
  id: string;
  jur: string;
  /** A notification's inbox: its version is 1 once read, 0 before. */
  inbox?: 'department' | 'bureau';
  /**
   * Count events of this type instead of the version: a resubmission hands the project to the asynchronous
   * pipeline, whose events follow; each success must add exactly one such event, a refusal none.
   */
  counts?: string;
}

export interface LogicCase extends FuzzCase {
  target?: Target;
  idempotencyKey?: string;
}

interface Draft {
  path: string;
  role: Role;
  body: unknown;
  target?: Target;
  /** A refusal the state makes certain for a valid request (e.g. completing an upload whose bytes differ). */
  refusal?: { status?: number; codes: string[]; why: string };
}

type DraftArb = (s: JurState, today: string) => fc.Arbitrary<Draft> | undefined;

const dayArb = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`), max: Date.parse(`${to}T00:00:00Z`) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const orderedDays = (from: string, to: string) => fc.tuple(dayArb(from, to), dayArb(from, to)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const fen = (max: number) => fc.integer({ min: 1, max: Math.max(1, max) }).map((f) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`);
const totalFen = (s: JurState) => Math.round(Number(s.total) * 100);
const words = fc.constantFrom('经审核同意', '依据批复文件办理', '按规定报送', '情况属实', '红头文件〔2026〕3号', '数据共享已落实');
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The value a named record takes, by what its name says it is. */
function recordValue(name: string, s: JurState, today: string): fc.Arbitrary<Record<string, unknown>> {
  if (/金额|数额/.test(name)) return fen(totalFen(s)).map((amount) => ({ amount }));
  if (/周期/.test(name)) return fc.integer({ min: 1, max: 60 }).map((value) => ({ value }));
  if (/日期/.test(name)) return dayArb(WALK.operation, '2027-12-31').map((value) => ({ value }));
  if (/已|存在|需|纳入|逾期|损失|滞后|记录$/.test(name)) return fc.boolean().map((value) => ({ value }));
  return words.map((value) => ({ value }));
}

/** Milestones the accepted, operating project admits again and again (and some it refuses: 409). */
function milestoneBody(s: JurState, today: string): fc.Arbitrary<Record<string, unknown>> {
  const date = dayArb('2026-06-01', today);
  const records = Object.keys(RECORD_FIELDS[s.jur]);
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('construction_started', 'trial_run_started', 'trial_run_stable', 'post_evaluation_submitted'), date, note: opt(words) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('self_evaluation_submitted'), date, recipient: opt(fc.constantFrom('approver', 'finance', 'both')) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('annual_report_submitted'), date, year: fc.integer({ min: 2025, max: 2026 }) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('payment_made'), date, amount: fen(Math.floor(totalFen(s) / 50)) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('extension_requested'), date, requestedUntil: opt(dayArb(today, '2027-12-31')) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('late_explanation'), date, committedDate: opt(dayArb(today, '2027-12-31')) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('operation_started'), date, formal: opt(fc.boolean()) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('operation_started'), date, system: fc.record({ id: fc.uuid().map((u) => `SYS-LGN-${u.slice(0, 13)}`), name: fc.constantFrom('新增政务系统', '数据共享子系统') }) }) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...records), date).chain(([name, d]) => recordValue(name, s, today).map((v) => ({ type: 'record', date: d, name, ...v }))) },
    // Refused by the state (409): the project is approved, contracted, completed and accepted already.
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('approval', 'contract_signed', 'construction_completed', 'acceptance_passed', 'acceptance_failed'), date }) },
  ).map((b) => clean(b as Record<string, unknown>));
}

/** The role the regulation names for the milestone (docs/milestone-roles.md); records: the role of the name. */
function milestoneRole(s: JurState, b: Record<string, unknown>): Role {
  if (b.type === 'record') return RECORD_FIELDS[s.jur][b.name as string][0] as Role;
  const byType: Record<string, Role> = { approval: 'bureau', extension_granted: 'bureau', payment_made: 'finance' };
  if (s.jur === 'shandong' && /^acceptance_(passed|failed)$/.test(String(b.type))) return 'bureau';
  return byType[String(b.type)] ?? 'department';
}

const stagePlan = (s: JurState): Target => ({ kind: 'plan', id: s.stagePlan, jur: s.jur });

const subject = (s: JurState) =>
  fc.constantFrom<{ projectId?: string; systemId?: string; target: Target }>(
    { projectId: s.admitted, target: { kind: 'project', id: s.admitted, jur: s.jur } },
    { systemId: s.statusSystem, target: { kind: 'system', id: s.statusSystem, jur: s.jur } },
  );

export const LOGIC_ROUTES: Record<string, DraftArb> = {
  'POST /v1/budget-gate/checks': (s, today) =>
    fc.oneof(
      fc.record({
        question: fc.constant('payment'), projectId: fc.constant(s.admitted), amount: fen(totalFen(s)),
        purpose: fc.constantFrom('construction', 'final_instalment', 'om', 'service', 'other'), fiscalYear: fc.integer({ min: 2026, max: 2027 }),
        channel: opt(fc.constant('国库集中支付')), outsideApprovedScope: opt(fc.boolean()),
      }),
      fc.tuple(fc.record({ question: fc.constant('om'), systemId: fc.constantFrom(s.usageSystem, s.statusSystem), amount: fen(totalFen(s) / 10), fiscalYear: fc.integer({ min: 2026, max: 2028 }), thirdPartyCloudRenewal: opt(fc.boolean()) }), opt(orderedDays(WALK.operation, '2027-12-31')))
        .map(([b, p]) => (p ? { ...b, periodStart: p[0], periodEnd: p[1] } : b)),
    ).map((b) => ({ path: '/v1/budget-gate/checks', role: 'finance', body: clean(b as Record<string, unknown>) })),

  'POST /v1/budget-gate/overrides': (s) =>
    fc.tuple(subject(s), fc.constantFrom(...(s.overridable.length ? s.overridable : s.gateRules)), words, fc.constantFrom('红政数函〔2026〕12号', '鲁政办字〔2026〕5号'), opt(fc.constant('本级政务数据主管部门')))
      .map(([sub, ruleId, reason, documentRef, authority]) => ({ path: '/v1/budget-gate/overrides', role: 'bureau' as Role, target: sub.target, body: clean({ projectId: sub.projectId, systemId: sub.systemId, ruleId, reason, documentRef, authority }) })),

  'POST /v1/budget-gate/decisions': (s) =>
    fc.tuple(subject(s), fc.constantFrom(...s.gateRules), fc.constantFrom('pass', 'fail', 'na'), opt(words))
      .map(([sub, ruleId, result, comment]) => ({ path: '/v1/budget-gate/decisions', role: 'bureau' as Role, target: sub.target, body: clean({ projectId: sub.projectId, systemId: sub.systemId, ruleId, result, comment }) })),

  'POST /v1/projects/{id}/milestones': (s, today) =>
    milestoneBody(s, today).map((b) => ({ path: `/v1/projects/${s.admitted}/milestones`, role: milestoneRole(s, b), target: { kind: 'project', id: s.admitted, jur: s.jur }, body: b })),

  // Every name the jurisdiction's rules read from another body, by its role, citing a verified document of the project.
  'POST /v1/projects/{id}/authority-records': (s, today) => {
    const names = Object.keys(AUTHORITY_RECORDS[s.jur]);
    if (!names.length || !s.evidence.length) return undefined;
    return fc.record({
      name: fc.constantFrom(...names), date: dayArb('2026-01-01', today), result: opt(fc.constantFrom('pass', 'pass', 'fail')),
      sha256: fc.constantFrom(...s.evidence), authority: opt(fc.constantFrom('省政务服务管理办公室', '市人民政府')), note: opt(words),
    }).map(({ name, sha256, ...b }) => {
      const def = AUTHORITY_RECORDS[s.jur][name];
      return { path: `/v1/projects/${s.admitted}/authority-records`, role: def.roles[0] as Role, target: { kind: 'project', id: s.admitted, jur: s.jur }, body: clean({ name, kind: def.kind, document: { sha256 }, ...b }) };
    });
  },

  // The items decided at admission; one reopening per item succeeds until it is decided again (LOGIC_SETUP).
  'POST /v1/projects/{id}/reviews/{item}/reopen': (s) => {
    if (!s.decided.length) return undefined;
    return fc.tuple(fc.constantFrom(...s.decided), words).map(([item, reason]) => ({
      path: `/v1/projects/${s.admitted}/reviews/${encodeURIComponent(item)}/reopen`, role: 'bureau' as Role, target: { kind: 'project', id: s.admitted, jur: s.jur }, body: { reason },
    }));
  },

  'POST /v1/systems/{id}/usage': (s, today) =>
    fc.tuple(orderedDays(WALK.operation, today), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100_000 }), opt(words))
      .map(([[periodStart, periodEnd], activeUsers, transactions, note]) => ({ path: `/v1/systems/${s.usageSystem}/usage`, role: 'department' as Role, target: { kind: 'system', id: s.usageSystem, jur: s.jur }, body: clean({ periodStart, periodEnd, activeUsers, transactions, note }) })),

  'POST /v1/systems/{id}/status': (s, today) =>
    fc.record({
      status: opt(fc.constantFrom('running', 'zombie', 'long_unused', 'stopped')), interconnected: opt(fc.boolean()), dataShared: opt(fc.boolean()), usageLow: opt(fc.boolean()),
      cryptoCompliant: opt(fc.boolean()), cybersecurityCompliant: opt(fc.boolean()), lastEvaluation: opt(fc.constantFrom('合格', '不合格')), lastAssessment: opt(dayArb(WALK.operation, today)),
      reason: words, documentRef: opt(fc.constant('红政数函〔2026〕7号')),
    }).map((b) => ({ path: `/v1/systems/${s.statusSystem}/status`, role: 'bureau' as Role, target: { kind: 'system', id: s.statusSystem, jur: s.jur }, body: clean(b) })),

  // The revisable project's application again, renamed (a material change reopens decisions; both are fine here).
  'PUT /v1/projects/{id}': (s) => {
    if (!s.revisable) return undefined;
    const { id, application } = s.revisable;
    return fc.constantFrom('(修改稿)', '(补正后)', '(第二次修改)').map((suffix) => ({
      path: `/v1/projects/${id}`, role: 'department' as Role, target: { kind: 'project', id, jur: s.jur, counts: 'resubmitted' },
      body: { ...application, name: `${String(application.name).slice(0, 80)}${suffix}` },
    }));
  },

  'POST /v1/projects/{id}/reviews': (s) => {
    if (!s.pending) return undefined;
    const pending = s.pending;
    return fc.tuple(
      fc.subarray(s.reviewRules, { minLength: 1 }),
      // 'fail' on a blocking item rejects the project for good (terminal): not drawn, so the target stays reviewable.
      fc.constantFrom('pass', 'na'),
      opt(words),
      opt(fc.dictionary(fc.constantFrom('前置审核', '造价审核', '专家评审'), fc.constantFrom('pass', 'pending'), { maxKeys: 2 })),
    ).map(([rules, result, comment, reviews]) => ({
      path: `/v1/projects/${pending}/reviews`, role: 'bureau' as Role, target: { kind: 'project', id: pending, jur: s.jur },
      body: clean({ decisions: rules.map((ruleId) => clean({ ruleId, result, comment })), reviews }),
    }));
  },

  'POST /v1/filings': (s, today) => {
    if (!s.filings.length) return undefined;
    return fc.tuple(fc.constantFrom(...s.filings), opt(dayArb('2026-06-01', today)))
      .map(([f, filedOn]) => ({ path: '/v1/filings', role: 'department' as Role, target: { kind: 'project', id: s.admitted, jur: s.jur }, body: clean({ type: f.type, projectId: s.admitted, filedOn, fields: f.fields, attachments: f.attachments, ...f.extra }) }));
  },

  'POST /v1/plan-calls': (s) =>
    fc.integer({ min: 2030, max: 2100 }).map((year) => ({ path: '/v1/plan-calls', role: 'bureau' as Role, target: { kind: 'plan', id: `plan-${s.jur}-${year}`, jur: s.jur }, body: { year } })),

  'PUT /v1/plans/{id}/lines': (s) =>
    fc.record({ projectId: fc.constantFrom(s.admitted, s.admitted, s.admitted, s.pending ?? s.admitted), amount: fen(totalFen(s)), fundingSource: fc.constantFrom('local_fiscal', 'local_fiscal', 'self_raised'), reason: words })
      .map((body) => ({ path: `/v1/plans/${s.plan}/lines`, role: 'bureau' as Role, target: { kind: 'plan', id: s.plan, jur: s.jur }, body })),

  // Each batch starts with every plan holding its project as a line (LOGIC_SETUP): one removal per plan succeeds.
  'POST /v1/plans/{id}/line-removals': (s) =>
    fc.record({ projectId: fc.constantFrom(s.admitted, s.admitted, s.admitted, s.pending ?? s.admitted), reason: words })
      .map((body) => ({ path: `/v1/plans/${s.plan}/line-removals`, role: 'bureau' as Role, target: { kind: 'plan', id: s.plan, jur: s.jur }, body })),

  'PUT /v1/plans/{id}/envelope': (s, today) =>
    fc.record({ amount: fen(totalFen(s) * 3), on: dayArb('2026-06-01', today), documentRef: fc.constantFrom('红财预〔2026〕12号', '鲁财预〔2026〕3号') })
      .map((body) => ({ path: `/v1/plans/${s.plan}/envelope`, role: 'finance' as Role, target: { kind: 'plan', id: s.plan, jur: s.jur }, body })),

  // The stage routes act on the stage plan, walked before each batch to the stage the route needs (LOGIC_SETUP).
  'POST /v1/plans/{id}/submissions': (s) =>
    words.map((reason) => ({ path: `/v1/plans/${s.stagePlan}/submissions`, role: 'bureau' as Role, target: stagePlan(s), body: { reason } })),

  // The approving body is drawn from the regulation's chain (and one it does not name): only the next one is accepted.
  'POST /v1/plans/{id}/approvals': (s, today) =>
    fc.record({
      body: fc.constantFrom(...PLAN_REGULATIONS[s.jur].approvers, '市发展改革委'),
      decision: fc.constantFrom('approved', 'approved', 'approved', 'rejected'),
      on: dayArb('2026-06-01', today), documentRef: fc.constantFrom('红府办〔2026〕88号', '锦委财经〔2026〕2号'), comment: opt(words),
    }).map((b) => ({ path: `/v1/plans/${s.stagePlan}/approvals`, role: 'admin' as Role, target: stagePlan(s), body: clean(b) })),

  'POST /v1/plans/{id}/issue': (s, today) =>
    fc.record({ on: opt(dayArb('2026-06-01', today)) }).map((b) => ({ path: `/v1/plans/${s.stagePlan}/issue`, role: 'bureau' as Role, target: stagePlan(s), body: clean(b) })),

  'POST /v1/plans/{id}/adjustments': (s) =>
    words.map((reason) => ({ path: `/v1/plans/${s.stagePlan}/adjustments`, role: 'bureau' as Role, target: stagePlan(s), body: { reason } })),

  // Only where the regulation allows it (JJ-07, XC-08); the admitted project is in the issued plan already (422).
  'POST /v1/plans/{id}/temporary-additions': (s, today) => {
    if (!s.spare || !takesTemporaryAdditions(s)) return undefined;
    return fc.record({
      projectId: fc.constantFrom(s.spare, s.spare, s.spare, s.admitted), amount: fen(totalFen(s)), fundingSource: fc.constantFrom('local_fiscal', 'self_raised'), reason: words,
      body: fc.constantFrom('区委常委会', '县分管领导'), on: dayArb('2026-06-01', today), documentRef: fc.constantFrom('锦委办〔2026〕7号', '西发改投资〔2026〕4号'),
    }).map((body) => ({ path: `/v1/plans/${s.stagePlan}/temporary-additions`, role: 'bureau' as Role, target: stagePlan(s), body }));
  },

  // Each inbox marks its own notifications read; reading one again is idempotent (still 200).
  'POST /v1/notifications/{id}/read': (s) => {
    const all = [...(s.notifications?.department ?? []).map((id) => ({ id, inbox: 'department' as const })), ...(s.notifications?.bureau ?? []).map((id) => ({ id, inbox: 'bureau' as const }))];
    if (!all.length) return undefined;
    return fc.constantFrom(...all).map(({ id, inbox }) => ({ path: `/v1/notifications/${encodeURIComponent(id)}/read`, role: inbox, target: { kind: 'notification', id, jur: s.jur, inbox }, body: undefined }));
  },

  // The uploads are requested before each batch (LOGIC_SETUP): drawn by position, read when the batch is drawn.
  'POST /v1/documents/uploads/{id}/complete': (s) =>
    fc.nat({ max: UPLOAD_KINDS.length - 1 }).map((i) => {
      const u = s.uploads![i];
      const refusal = u.kind === 'missing' ? { status: 409, codes: ['UPLOAD_MISSING'], why: 'no file stored' }
        // A completion racing the one that rejects may find the file deleted before the upload is marked rejected
        // (documents.ts deletes, then settles): UPLOAD_MISSING, still a refusal that changes nothing.
        : u.kind === 'wrong-bytes' ? { codes: ['DOCUMENT_MISMATCH', 'UPLOAD_REJECTED', 'UPLOAD_MISSING'], why: 'stored bytes differ from the declared sha256' } : undefined;
      return { path: `/v1/documents/uploads/${u.id}/complete`, role: 'department' as Role, body: undefined, refusal };
    }),

  'POST /v1/documents/uploads': (s) =>
    fc.record({
      type: fc.constantFrom('实施方案', '可行性研究报告', '合同文本'), title: fc.constantFrom('实施方案(终稿)', '合同扫描件'),
      contentType: fc.constantFrom('application/pdf', 'application/ofd', 'image/png'), size: fc.integer({ min: 1, max: 50 * 1024 * 1024 }),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/), projectId: opt(fc.constant(s.admitted)),
    }).map((b) => ({ path: '/v1/documents/uploads', role: 'department' as Role, body: clean(b) })),
};

/** Run before each batch of a route (outside the batch's accounting), with at most `batch` requests per batch. */
export const LOGIC_SETUP: Record<string, { batch: number; before: (s: JurState, baseUrl: string) => Promise<void> }> = {
  // One success per plan and stage: small batches, each starting with every stage plan where the route can act.
  'POST /v1/plans/{id}/submissions': { batch: 10, before: (s, baseUrl) => walkPlan(s, baseUrl, 'drafting') },
  'POST /v1/plans/{id}/approvals': { batch: 10, before: (s, baseUrl) => walkPlan(s, baseUrl, 'approving') },
  'POST /v1/plans/{id}/issue': { batch: 10, before: (s, baseUrl) => walkPlan(s, baseUrl, 'approved') },
  'POST /v1/plans/{id}/adjustments': { batch: 10, before: (s, baseUrl) => walkPlan(s, baseUrl, 'issued') },
  'POST /v1/documents/uploads/{id}/complete': { batch: 10, before: prepareUploads },
  // One resubmission per project succeeds; the next batch waits for the pipeline to settle it again.
  'PUT /v1/projects/{id}': { batch: 10, before: async (s, baseUrl) => { if (s.revisable) await settledProject(baseUrl, s, s.revisable.id); } },
  'POST /v1/plans/{id}/temporary-additions': { batch: 6, before: async (s, baseUrl) => { if (s.spare) await walkPlan(s, baseUrl, 'spare-free'); } },
  // The items reopened by the previous batch are decided again (pass), so each batch can reopen them once more.
  'POST /v1/projects/{id}/reviews/{item}/reopen': { batch: 10, before: (s, baseUrl) => redecideReopened(s, baseUrl) },
  'POST /v1/plans/{id}/line-removals': {
    batch: 20,
    before: async (s, baseUrl) => {
      const r = await fetch(`${baseUrl}/v1/plans/${s.plan}/lines`, {
        method: 'PUT', headers: { authorization: `Bearer ${s.tokens.bureau}`, 'content-type': 'application/json' },
        body: JSON.stringify({ projectId: s.admitted, amount: s.total, fundingSource: 'local_fiscal', reason: '重新列入年度计划' }),
      });
      if (r.status !== 200) throw new Error(`setup: plan line of ${s.jur} answered ${r.status} ${await r.text()}`);
    },
  },
};

async function redecideReopened(s: JurState, baseUrl: string): Promise<void> {
  const headers = { authorization: `Bearer ${s.tokens.bureau}`, 'content-type': 'application/json' };
  const p = await (await fetch(`${baseUrl}/v1/projects/${s.admitted}`, { headers })).json();
  const items = Object.keys(p.reopenedReviews ?? {});
  if (!items.length) return;
  const r = await fetch(`${baseUrl}/v1/projects/${s.admitted}/reviews`, { method: 'POST', headers, body: JSON.stringify({ decisions: items.map((ruleId) => ({ ruleId, result: 'pass' })), reviews: {} }) });
  if (r.status !== 200) throw new Error(`setup: deciding reopened items of ${s.jur} answered ${r.status} ${await r.text()}`);
}

export function logicRoute(name: string): ApiRoute {
  const r = apiRoutes().find((x) => `${x.method.toUpperCase()} ${x.path}` === name);
  if (!r) throw new Error(`no route ${name}`);
  return r;
}

type Plan = { kind: 'valid' } | { kind: 'mutated'; m: unknown } | { kind: 'forbidden'; role: Role } | { kind: 'foreign'; other: number };

/** One jurisdiction's state, a draft, and what is done to it. */
export function caseArb(name: string, states: JurState[], today: string) {
  const route = logicRoute(name);
  const forbidden = ROLES.filter((r) => route.roles !== 'public' && !route.roles.includes(r));
  const usable = states.map((s, i) => [i, LOGIC_ROUTES[name](s, today)] as const).filter(([, a]) => a !== undefined) as [number, fc.Arbitrary<Draft>][];
  const plan: fc.Arbitrary<Plan> = fc.oneof(
    { weight: 12, arbitrary: fc.constant<Plan>({ kind: 'valid' }) },
    { weight: 5, arbitrary: mutation.map((m): Plan => ({ kind: 'mutated', m })) },
    { weight: forbidden.length ? 1 : 0, arbitrary: fc.constantFrom(...(forbidden.length ? forbidden : ROLES)).map((role): Plan => ({ kind: 'forbidden', role })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((other): Plan => ({ kind: 'foreign', other })) },
  );
  return fc.tuple(fc.oneof(...usable.map(([i, a]) => a.map((d) => ({ i, d })))), plan, fc.integer({ min: 0, max: 9 }));
}

/** The request of a drawn case; certain refusals (403 role, 404 other jurisdiction, 400 schema, 413 size) exact. */
export function toCase(name: string, states: JurState[], [{ i, d: drawn }, plan, roll]: [{ i: number; d: Draft }, Plan, number], keyPrefix: string): LogicCase {
  const route = logicRoute(name);
  const s = states[i];
  let d = drawn;
  let role = d.role;
  let tokens = s.tokens;
  let body = d.body;
  let expect: FuzzCase['expect'] = { refused: false, why: 'valid-ish, bound to a state' };
  // A route without a body (notifications/{id}/read) is sent none: nothing to mutate.
  if (plan.kind === 'mutated' && route.body) body = mutate(body, plan.m as never);
  const text = JSON.stringify(body) ?? 'null';
  const parsed = (() => { try { return { ok: true as const, v: JSON.parse(text) }; } catch { return { ok: false as const }; } })();
  if (plan.kind === 'forbidden') { role = plan.role; expect = { refused: true, status: 403, codes: ['FORBIDDEN'], why: `role ${role} not admitted` }; }
  else if (Buffer.byteLength(text) > MAX_BODY_BYTES) expect = { refused: true, status: 413, codes: ['PAYLOAD_TOO_LARGE'], why: 'body over the limit' };
  else if (!parsed.ok || duplicateKeyPath(text)) expect = { refused: true, status: 400, codes: ['INVALID_JSON'], why: 'not JSON' };
  else if (route.body && (reservedKeyPath(parsed.v) || !route.body.safeParse(parsed.v).success)) expect = { refused: true, status: 400, codes: ['VALIDATION_FAILED'], why: 'body fails the route schema' };
  else if (plan.kind !== 'foreign' && d.refusal) expect = { refused: true, ...d.refusal };
  else if (plan.kind === 'foreign') {
    // The same request by the same role of another jurisdiction: the subject is not found.
    const other = states[(i + plan.other) % states.length];
    tokens = other.tokens;
    // A plan call opens the caller's own jurisdiction's plan: accepted, and it is that plan that moves.
    if (name === 'POST /v1/plan-calls') d = { ...d, target: { kind: 'plan', id: d.target!.id.replace(`plan-${s.jur}-`, `plan-${other.jur}-`), jur: other.jur } };
    // The admin acts on any jurisdiction's plan (plans/cycle.ts): not a refusal there.
    else if (states.length > 1 && !(role === 'admin' && d.target?.kind === 'plan') && (d.target || name === 'POST /v1/budget-gate/checks' || name === 'POST /v1/documents/uploads/{id}/complete')) expect = { refused: true, status: 404, why: 'a subject of another jurisdiction' };
  }
  const idem = route.headers && 'idempotency-key' in (route.headers as unknown as { shape: object }).shape && !expect.refused && roll < 3 ? `${keyPrefix}-${roll}-${Math.random().toString(36).slice(2, 12)}` : undefined;
  const headers: Record<string, string> = { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json', ...(idem ? { 'idempotency-key': idem } : {}) };
  if (!route.body) delete headers['content-type'];
  return { method: route.method.toUpperCase(), path: d.path, query: '', headers, body: route.body ? text : undefined, expect, kind: `${plan.kind}/${role}/${s.jur}`, target: d.target, idempotencyKey: idem };
}
