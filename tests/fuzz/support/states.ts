/**
 * Valid states to fuzz from: per jurisdiction, over HTTP as the roles would, a project admitted to the library
 * (documents uploaded, every reviewer task decided by the bureau), approved, contracted, completed and accepted,
 * with two systems in operation (one for usage reports, one for the bureau's determinations), a second project
 * left in pending_review for the review route, and the filings the project can complete (what each needs is learned
 * from the refusal that lists what is missing). The logic fuzz (logic.test.ts) binds its requests to these.
 */
import { catalogue, isOverridable, type Jurisdiction } from '@gov/rules';
import { milestoneRoles, PLAN_REGULATIONS, systemKey } from '@gov/domain';
import { api, eventually, token } from '../../support/api.js';
import { withUploadedDocuments } from '../../support/documents.js';
import { bijieDemandPlan, hongshanImplementationBuild, jinjiangBuildNeeds, shandongBuild, xichuanInvestBuild } from '../../support/applications.js';

/** The year of the stage plan: outside 2030–2100, the years the plan-calls route draws. */
export const STAGE_PLAN_YEAR = 2028;

export const LOGIC_JURS = ['hongshan', 'shandong', 'bijie', 'jinjiang', 'xichuan'] as const satisfies readonly Jurisdiction[];
type Role = 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';

const BUILDERS: Record<Jurisdiction, (o?: Record<string, unknown>) => Record<string, unknown>> = {
  hongshan: hongshanImplementationBuild,
  shandong: shandongBuild,
  bijie: bijieDemandPlan,
  jinjiang: jinjiangBuildNeeds,
  xichuan: xichuanInvestBuild,
};

/** Dates of the walk (all in 2026, before "today" of any run from 2026-06 on). */
export const WALK = { approval: '2026-03-02', contract: '2026-03-10', completed: '2026-04-30', accepted: '2026-05-15', operation: '2026-05-20' } as const;

export interface FilingTemplate {
  type: string;
  fields: Record<string, string>;
  attachments: string[];
  extra: Record<string, unknown>;
}

export interface JurState {
  jur: Jurisdiction;
  dept: string;
  tokens: Record<Role, string>;
  /** In the library, approved, contracted, completed, accepted, in operation. */
  admitted: string;
  total: string;
  /** Systems in operation of `admitted`: usage reports go to one, the bureau's determinations to the other. */
  usageSystem: string;
  statusSystem: string;
  /** A project in pending_review (or returned) and the reviewer tasks that may be decided without admitting it. */
  pending?: string;
  /** The annual plan of 2027, drafting, with the admitted project as a line. */
  plan: string;
  /** The plan the stage routes walk around its cycle (planStages.ts), one per jurisdiction. */
  stagePlan: string;
  /** A second project in the library, outside the plans, where temporary additions are allowed (jinjiang, xichuan). */
  spare?: string;
  /** Notifications of these projects per inbox, raised by the deadline scan (notifications.ts). */
  notifications?: { department: string[]; bureau: string[] };
  /** A project left returned or in review, and its application, for resubmissions (PUT /v1/projects/{id}). */
  revisable?: { id: string; application: Record<string, unknown> };
  /** Uploads of the current batch of the completion route (uploads.ts). */
  uploads?: { id: string; kind: 'stored' | 'wrong-bytes' | 'missing' }[];
  reviewRules: string[];
  /** Verified documents of `admitted` (sha256), the evidence an authority record cites. */
  evidence: string[];
  /** Items decided when `admitted` was reviewed (rule ids), which the bureau may reopen. */
  decided: string[];
  gateRules: string[];
  overridable: string[];
  filings: FilingTemplate[];
}

/** Waits until the pipeline has settled the project again (after a resubmission). */
export async function settledProject(baseUrl: string, s: JurState, id: string): Promise<void> {
  const http = api(baseUrl);
  const r = await eventually(() => http.get(`/v1/projects/${id}`, s.tokens.bureau), (x) => ['pending_review', 'in_library', 'returned', 'rejected'].includes(x.body?.status), 120_000);
  if (!['pending_review', 'returned'].includes(r.body?.status)) throw new Error(`state: ${s.jur} project ${id} left ${r.body?.status} after a resubmission`);
}

export function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function must<R extends { status: number; body: any }>(r: R, ok: number[], what: string): R {
  if (!ok.includes(r.status)) throw new Error(`state builder: ${what} answered ${r.status} ${JSON.stringify(r.body).slice(0, 600)}`);
  return r;
}

export async function buildState(baseUrl: string, jur: Jurisdiction, run: string): Promise<JurState> {
  const http = api(baseUrl);
  const dept = `D-LG-${jur.slice(0, 2).toUpperCase()}`;
  const tokens = Object.fromEntries(
    await Promise.all((['department', 'bureau', 'finance', 'auditor', 'admin'] as const).map(async (role) => [role, await token({ sub: `logic-${role}-${jur}`, role, jur, ...(role === 'department' ? { dept } : {}) })])),
  ) as Record<Role, string>;
  const submit = async (suffix: string) => {
    const base = BUILDERS[jur]();
    const body = await withUploadedDocuments(http, tokens.department, { ...base, name: `${base.name as string}(逻辑模糊${suffix}-${run})` } as never);
    const r = must(await http.post('/v1/projects', body, tokens.department), [202], `${jur} submit`);
    const id = r.body.id as string;
    const settled = await eventually(() => http.get(`/v1/projects/${id}`, tokens.bureau), (x) => ['pending_review', 'in_library', 'returned', 'rejected'].includes(x.body?.status), 120_000);
    return { id, project: settled.body, total: (base.amounts as { total: string }).total, application: body as Record<string, unknown> };
  };
  // A spare library project where the regulation allows temporary additions to an issued plan (JJ-07, XC-08).
  const temporary = PLAN_REGULATIONS[jur].temporaryAdditions !== undefined;
  const [a, p, t, rv] = await Promise.all([submit('A'), submit('P'), temporary ? submit('T') : undefined, submit('R')]);

  // Admitted: the bureau decides every reviewer task (pass).
  const admit = async (x: Awaited<ReturnType<typeof submit>>) => {
    if (x.project.status === 'in_library') return;
    const decisions = (x.project.preReview?.reviewerTasks ?? []).map((k: { ruleId: string }) => ({ ruleId: k.ruleId, result: 'pass' }));
    const r = must(await http.post(`/v1/projects/${x.id}/reviews`, { decisions, reviews: {} }, tokens.bureau), [200], `${jur} admit`);
    if (r.body.status !== 'in_library') throw new Error(`state builder: ${jur} not admitted after review: ${JSON.stringify(r.body.preReview).slice(0, 800)}`);
  };
  await admit(a);
  if (t) await admit(t);
  const total = a.total;
  const milestone = async (body: Record<string, unknown>) => {
    const role = milestoneRoles(jur, body.type as never)[0] as Role;
    return must(await http.post(`/v1/projects/${a.id}/milestones`, body, tokens[role]), [201], `${jur} milestone ${body.type as string}`);
  };
  await milestone({ type: 'approval', date: WALK.approval, approvedEstimate: total });
  await milestone({ type: 'contract_signed', date: WALK.contract });
  await milestone({ type: 'construction_completed', date: WALK.completed });
  await milestone({ type: 'acceptance_passed', date: WALK.accepted, ...(jur === 'shandong' ? { organiser: '项目审批部门' } : {}) });
  // The department names its systems by its own codes; the bureau and finance address them by the stored id the
  // milestone answer lists (scoped per jurisdiction and department, docs/decisions/150).
  const registered = async (code: string, name: string, formal?: boolean) => {
    const r = await milestone({ type: 'operation_started', date: WALK.operation, ...(formal ? { formal } : {}), system: { id: code, name } });
    const id = systemKey(jur, dept, code);
    if (!(r.body.systemIds as string[]).includes(id)) throw new Error(`state builder: ${jur} system ${code} not listed as ${id}`);
    return id;
  };
  const usageSystem = await registered(`SYS-LG-${jur}-U-${run}`, `${jur}逻辑模糊使用系统`, true);
  const statusSystem = await registered(`SYS-LG-${jur}-S-${run}`, `${jur}逻辑模糊认定系统`);

  // Reviews: leave one reviewer task undecided so the project stays reviewable whatever the fuzz decides.
  const tasks: string[] = (p.project.preReview?.reviewerTasks ?? []).map((t: { ruleId: string }) => t.ruleId);
  const reviewable = ['pending_review', 'returned'].includes(p.project.status) && tasks.length > 1;
  const prefix = { hongshan: 'HS', bijie: 'BJ', jinjiang: 'JJ', shandong: 'SD', xichuan: 'XC' }[jur];
  const gateRules = catalogue.filter((r) => r.pack === jur && r.function === 'budget-gate').map((r) => r.id);

  const call = must(await http.post('/v1/plan-calls', { year: 2027 }, tokens.bureau), [201, 409], `${jur} plan call`);
  const plan = `plan-${jur}-2027`;
  if (call.status === 201 && call.body.id !== plan) throw new Error(`state builder: plan id ${call.body.id}`);
  must(await http.raw('PUT', `/v1/plans/${plan}/lines`, { token: tokens.bureau, body: { projectId: a.id, amount: total, fundingSource: 'local_fiscal', reason: '列入年度计划' } }), [200], `${jur} plan line`);
  // The plan the stage routes walk around its cycle (planStages.ts); 2028 is outside the years plan-calls draws.
  const stage = must(await http.post('/v1/plan-calls', { year: STAGE_PLAN_YEAR }, tokens.bureau), [201, 409], `${jur} stage plan call`);
  const stagePlan = `plan-${jur}-${STAGE_PLAN_YEAR}`;
  if (stage.status === 201 && stage.body.id !== stagePlan) throw new Error(`state builder: plan id ${stage.body.id}`);

  return {
    jur, dept, tokens, admitted: a.id, total, usageSystem, statusSystem, plan, stagePlan, spare: t?.id,
    revisable: ['pending_review', 'returned'].includes(rv.project.status) ? { id: rv.id, application: rv.application } : undefined,
    pending: reviewable ? p.id : undefined,
    reviewRules: reviewable ? tasks.slice(1) : catalogue.filter((r) => r.id.startsWith(`${prefix}-`)).slice(0, 5).map((r) => r.id),
    evidence: ((a.application.documents ?? []) as { sha256: string }[]).map((d) => d.sha256),
    decided: a.project.status === 'in_library' ? [] : (a.project.preReview?.reviewerTasks ?? []).map((k: { ruleId: string }) => k.ruleId),
    gateRules,
    overridable: gateRules.filter(isOverridable),
    filings: await learnFilings(http, tokens.department, a.id),
  };
}

const FILING_EXTRAS: Record<string, Record<string, unknown>> = {
  contract: {},
  acceptance: {},
  change: { change: { newTotal: '100000.00', adjustAmount: '1000.00', goalUnchanged: true } },
  stop_operation: { plannedStop: '2027-06-30' },
  annual_catalogue: { year: 2026 },
  other_channel: {},
  upstream_approval: {},
};

/** Each filing type this project can complete: tried empty, then with what the refusal says is missing. */
async function learnFilings(http: ReturnType<typeof api>, t: string, projectId: string): Promise<FilingTemplate[]> {
  const out: FilingTemplate[] = [];
  for (const [type, extra] of Object.entries(FILING_EXTRAS)) {
    const first = await http.post('/v1/filings', { type, projectId, ...extra }, t);
    let tpl: FilingTemplate | undefined;
    if (first.status === 201) tpl = { type, fields: {}, attachments: [], extra };
    else if (first.status === 422 && first.body.error.code === 'FILING_INCOMPLETE') {
      const missing = (first.body.error.details as { path: string }[]).map((d) => d.path.replace(/^(attachments|fields)\./, ''));
      const fields = Object.fromEntries(missing.map((m) => [m, `${m}(逻辑模糊测试)`]));
      const again = await http.post('/v1/filings', { type, projectId, fields, attachments: missing, ...extra }, t);
      if (again.status === 201) tpl = { type, fields, attachments: missing, extra };
    }
    if (tpl) out.push(tpl);
  }
  return out;
}
