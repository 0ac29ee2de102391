/**
 * 资金闸口. Q1 "may this payment be made to this project" reads the project item; Q2 "may O&M funds be budgeted for
 * this system in year Y" reads the system item (which carries a snapshot of its project's facts and the overrides
 * granted for it). One read each, then the rules package decides and the check goes to the audit sink (a port:
 * the log stream, DynamoDB or both, chosen by the composition root — docs/decisions/004).
 * Overrides and decisions are recorded by ./record.ts: a lifecycle change recomputes obligations (pre-review and
 * deadline rules), which the answer path must not carry (decision 191).
 */
import { randomUUID } from 'node:crypto';
import { budgetGate, chinaCalendar, gatePack, type Facts, type GateDecision } from '@gov/rules';
import type { GateCheckRequest } from '@gov/schemas';
import type { Caller } from '../access.js';
import { notFoundProject, notFoundSystem } from '../errors.js';
import { projectFacts, type ProjectState } from '../project.js';
import { shanghaiDate } from '../time.js';
import type { Deps } from '../ports/ports.js';
import { annualPlanFor } from '../plans/read.js';
import type { SystemState } from '../systems/system.js';

type PaymentCheck = Extract<GateCheckRequest, { question: 'payment' }>;
type OmCheck = Extract<GateCheckRequest, { question: 'om' }>;

/** Finance asks about its own jurisdiction only; admin everything. Anything else is "not found". */
function financeMaySee(caller: Caller, s: { jurisdiction: string }): boolean {
  return caller.role === 'admin' || (caller.role === 'finance' && s.jurisdiction === caller.jur);
}

export function paymentFacts(p: ProjectState, r: PaymentCheck, annualPlan?: Parameters<typeof projectFacts>[1]): Facts {
  return {
    project: projectFacts(p, annualPlan),
    payment: {
      amount: r.amount,
      fiscalYear: r.fiscalYear,
      purpose: r.purpose,
      ...(r.channel !== undefined ? { channel: r.channel } : {}),
      ...(r.fundingSource !== undefined ? { fundingSource: r.fundingSource } : {}),
      ...(r.lineItems !== undefined ? { lineItems: r.lineItems } : {}),
      ...(r.thirdPartyCloudRenewal !== undefined ? { thirdPartyCloudRenewal: r.thirdPartyCloudRenewal } : {}),
      ...(r.lowerLevelPortion !== undefined ? { lowerLevelPortion: r.lowerLevelPortion } : {}),
      ...(r.outsideApprovedScope !== undefined ? { outsideApprovedScope: r.outsideApprovedScope } : {}),
    },
  };
}

/** Q2 facts: the project snapshot with the system's own overrides and decisions layered on its status. */
export function omFacts(s: SystemState, r: OmCheck): Facts {
  const st = s.project.status ?? {};
  return {
    project: {
      ...s.project,
      status: {
        ...st,
        overrides: { ...st.overrides, ...s.overrides },
        decisions: { ...st.decisions, ...s.decisions },
      },
    },
    system: s.facts,
    omRequest: {
      amount: r.amount,
      fiscalYear: r.fiscalYear,
      ...(r.periodStart !== undefined ? { periodStart: r.periodStart } : {}),
      ...(r.periodEnd !== undefined ? { periodEnd: r.periodEnd } : {}),
      ...(r.lineItems !== undefined ? { lineItems: r.lineItems } : {}),
      ...(r.reviewOpinion !== undefined ? { reviewOpinion: r.reviewOpinion } : {}),
      ...(r.standardAmount !== undefined ? { standardAmount: r.standardAmount } : {}),
      ...(r.thirdPartyCloudRenewal !== undefined ? { thirdPartyCloudRenewal: r.thirdPartyCloudRenewal } : {}),
    },
  };
}

export interface GateAnswerBody {
  checkId: string;
  question: GateDecision['question'];
  answer: GateDecision['answer'];
  subject: { type: 'project' | 'system'; id: string; version: number; jurisdiction: string };
  reasons: {
    ruleId: string;
    article: string;
    outcome: string;
    message: string;
    overridable: boolean;
    advisory: boolean;
    overriddenBy?: GateDecision['reasons'][number]['overriddenBy'];
    missing?: readonly string[];
    remedies?: GateDecision['reasons'][number]['remedies'];
    due?: string;
  }[];
  packId: string;
  packVersion: string;
  packStatus: string;
  binding: boolean;
  notice: string | null;
  evaluatedOn: string;
  /** The facts the rules read; documents as their types (the gate asks which documents exist, never their content). */
  facts: GateFactsUsed;
}

export type GateFactsUsed = Omit<Facts, 'project'> & {
  project: Omit<Facts['project'], 'documents' | 'dataResources'> & { documents: string[] };
};

/**
 * What the answer reports of its facts: everything the gate rules read, without the application's document metadata
 * and data catalogue (no gate rule reads them; they made every answer several KB larger for finance systems).
 */
function factsUsed(facts: Facts): GateFactsUsed {
  const { documents, dataResources: _catalogue, ...project } = facts.project;
  return { ...facts, project: { ...project, documents: documents.map((d) => d.type) } };
}

/** The answer for stored state (pure: no I/O, no clock). */
export function evaluateGate(
  subject: { type: 'project'; state: ProjectState } | { type: 'system'; state: SystemState },
  r: GateCheckRequest,
  on: string,
  checkId: string,
  annualPlan?: Parameters<typeof projectFacts>[1],
): GateAnswerBody {
  const facts = subject.type === 'project' ? paymentFacts(subject.state, r as PaymentCheck, annualPlan) : omFacts(subject.state, r as OmCheck);
  const classification = (subject.state.classification ?? {}) as Record<string, unknown>;
  const d = budgetGate(gatePack(subject.state.jurisdiction as ProjectState['jurisdiction']), facts, on, chinaCalendar, classification);
  return {
    checkId,
    question: d.question,
    answer: d.answer,
    subject: { type: subject.type, id: subject.state.id, version: subject.state.version, jurisdiction: subject.state.jurisdiction },
    reasons: d.reasons.map((f) => ({
      ruleId: f.ruleId,
      article: f.article,
      outcome: f.outcome,
      message: f.message,
      overridable: f.overridable,
      advisory: f.advisory,
      ...(f.overriddenBy ? { overriddenBy: f.overriddenBy } : {}),
      ...(f.missing?.length ? { missing: f.missing } : {}),
      // Where each missing item goes (decision 160): a deny says its way out through the API.
      ...(f.remedies?.length ? { remedies: f.remedies } : {}),
      ...(f.due ? { due: f.due } : {}),
    })),
    packId: d.packId,
    packVersion: d.packVersion,
    packStatus: d.packStatus,
    binding: d.binding,
    notice: d.notice,
    evaluatedOn: d.evaluatedOn,
    facts: factsUsed(facts),
  };
}

/** POST /v1/budget-gate/checks: one read, the rules, one audit write. */
export async function checkGate(deps: Deps, caller: Caller, r: GateCheckRequest, now: Date, on = shanghaiDate(now)): Promise<GateAnswerBody> {
  const checkId = `g-${randomUUID()}`;
  let body: GateAnswerBody;
  if (r.question === 'payment') {
    const p = await deps.projects.get(r.projectId);
    if (!p || !financeMaySee(caller, p)) throw notFoundProject(r.projectId);
    body = evaluateGate({ type: 'project', state: p }, r, on, checkId, await annualPlanFor(deps.plans, p));
  } else {
    const s = await deps.systems.get(r.systemId);
    if (!s || !financeMaySee(caller, s)) throw notFoundSystem(r.systemId);
    body = evaluateGate({ type: 'system', state: s }, r, on, checkId);
  }
  await deps.gateAudit.record({
    checkId,
    at: now.toISOString(),
    subject: body.subject.type,
    subjectId: body.subject.id,
    jurisdiction: body.subject.jurisdiction,
    caller: { sub: caller.sub, role: caller.role },
    question: body.question,
    answer: body.answer,
    packVersion: body.packVersion,
    subjectVersion: body.subject.version,
    ruleIds: body.reasons.map((x) => x.ruleId),
    request: r as unknown as Record<string, unknown>,
  });
  return body;
}
