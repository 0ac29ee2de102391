/**
 * The annual plan (年度计划 / 年度实施计划 / 年度指导计划 / 年度建设计划) of one jurisdiction and year, kept as one
 * aggregate: the call that opens it, the draft edition being worked on, and the edition last issued (下达). An issued
 * edition never changes; a 动态调整 drafts edition n+1 beside it, which replaces it only once approved and issued.
 * Amounts are integer fen.
 */
import type { Jurisdiction } from '@gov/rules';

/** A dated decision of a named body: an approval step, a temporary addition's basis, the finance envelope. */
export interface AuthorityRecord {
  /** The body that decided (市人民政府, 区委财经委员会 …). */
  body: string;
  on: string;
  /** 文号 or minutes reference. */
  documentRef: string;
  recordedBy: string;
}

export interface ApprovalStep extends AuthorityRecord {
  decision: 'approved' | 'rejected';
  comment?: string;
}

export interface PlanLine {
  projectId: string;
  projectName: string;
  departmentId: string;
  category: string;
  /** fen */
  amount: number;
  fundingSource: string;
  /** The project's submission came after the call's last cut-off (原则上: a flag, not a refusal). */
  late?: { cutoff: string; submittedOn: string };
  /** Added outside the approved plan (JJ-07-temp-addition, XC-08-temporary), with the authority that allowed it. */
  temporary?: AuthorityRecord & { reason: string };
}

export interface Cutoff {
  /** 批次, e.g. 年度报送, 第一批. */
  batch: string;
  date: string;
}

export interface PlanCall {
  openedOn: string;
  openedBy: string;
  cutoffs: Cutoff[];
  /** The article the cut-offs come from, or why there are none. */
  basis: string;
}

export interface Envelope extends Omit<AuthorityRecord, 'body'> {
  /** fen, set by finance (财政部门) */
  amount: number;
}

export interface PlanEdition {
  edition: number;
  lines: PlanLine[];
  envelope?: Envelope;
  /** drafting → approving (sent to the first body) → approved (every body agreed) → issued. */
  stage: 'drafting' | 'approving' | 'approved';
  approvals: ApprovalStep[];
  /** Why this edition exists (动态调整的理由); absent for the first. */
  reason?: string;
}

export interface IssuedEdition {
  edition: number;
  issuedOn: string;
  issuedBy: string;
  lines: PlanLine[];
  envelope?: Envelope;
  approvals: ApprovalStep[];
}

export interface SupersededEdition extends Omit<IssuedEdition, 'lines'> {
  lineCount: number;
  /** fen */
  total: number;
}

export interface PlanState {
  id: string;
  version: number;
  jurisdiction: Jurisdiction;
  /** The bureau's plan: no department owns it (kept for the aggregate shape). */
  departmentId: string;
  createdAt: string;
  updatedAt: string;
  lastEventHash?: string;
  year: number;
  call: PlanCall;
  draft?: PlanEdition;
  issued?: IssuedEdition;
  /** Earlier issued editions, oldest first, the last few as summaries (their lines are in the plan_issued events). */
  superseded?: SupersededEdition[];
  /** `k:<Idempotency-Key>` → the event it produced and its request hash. */
  keys: Record<string, { seq: number; requestHash: string }>;
}

export interface PlanEvent {
  projectId: string;
  seq: number;
  type: string;
  actor: string;
  at: string;
  payload: Record<string, unknown>;
  prevHash?: string;
  hash?: string;
}

export const planId = (jurisdiction: string, year: number): string => `plan-${jurisdiction}-${year}`;
