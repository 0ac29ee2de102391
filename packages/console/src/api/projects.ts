/** Project reads shared by several pages. */
import { api, type ProjectSummary } from './client';
import type { components } from './schema';
import { unwrap } from './errors';

/** Every project the caller may see, a page of 100 at a time (the API has no server-side filters yet). */
export async function allProjects(max = 2000): Promise<ProjectSummary[]> {
  const out: ProjectSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.GET('/v1/projects', { params: { query: { limit: 100, cursor } } }));
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}

/** What GET /v1/projects/{id} answers beyond the summary (its schema is an untyped object today). */
export interface Finding {
  ruleId: string;
  article?: string;
  outcome: string;
  message: string;
  missing?: string[];
  /** 补正指引: where each missing item goes and who supplies it (decision 160). */
  remedies?: components['schemas']['Remedy'][];
  /** REQUIRE whose required items are all present: shown as 已满足, nothing to fix. */
  satisfied?: boolean;
  requires?: string[];
  awaiting?: string;
  overridable?: boolean;
  advisory?: boolean;
}

export interface ProjectDetail extends ProjectSummary {
  /** Amounts as the API answers them: 元 strings with two decimals ("600000.00"). */
  application: Record<string, unknown> & { amounts?: Record<string, string> };
  classification?: { category?: string; approvalPath?: string; requiredDocuments?: string[]; findings: Finding[] };
  preReview?: { outcome: string; blocking: Finding[]; reviewerTasks: Finding[]; findings: Finding[]; notice: string | null; duplicateCandidates?: { id: string; name: string; similarity: number }[] };
  tracking?: { flags?: { type: string; ruleId: string; due?: string }[] };
  revisions?: { version: number; submittedOn: string }[];
  lifecycle?: { status?: { decisions?: Record<string, unknown>; reviews?: Record<string, string> } };
  /** Reviews a reviewer reopened after admission, by item, with the reason (decision 171). */
  reopenedReviews?: Record<string, { reason: string; by?: string; on?: string }>;
}

export async function projectDetail(id: string): Promise<ProjectDetail> {
  return unwrap(await api.GET('/v1/projects/{id}', { params: { path: { id } } })) as unknown as ProjectDetail;
}

export interface ProjectEvent {
  seq: number;
  type: string;
  at: string;
  actor: string;
  hash: string;
  prevHash: string;
  ruleIds?: string[];
  payload?: Record<string, unknown>;
}

export async function projectEvents(id: string): Promise<ProjectEvent[]> {
  return unwrap(await api.GET('/v1/projects/{id}/events', { params: { path: { id } } })).items as unknown as ProjectEvent[];
}

