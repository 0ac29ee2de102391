/**
 * 审计链校验: recompute each project's event hash chain and name the first broken link. Used by the route (admin, and
 * auditors for their own jurisdiction: verifying is read-only) and by `pnpm audit:verify`.
 */
import { JURISDICTIONS } from '@gov/rules';
import type { Caller } from './access.js';
import { DomainError } from './errors.js';
import { projectFor } from './read.js';
import type { Deps } from './ports/ports.js';
import type { ChainBreak } from './ports/records.js';

export interface ProjectAudit {
  projectId: string;
  events: number;
  ok: boolean;
  firstBreak: ChainBreak | null;
}

export async function verifyProjectChain(deps: Deps, projectId: string): Promise<ProjectAudit> {
  const { events, firstBreak } = await deps.projects.auditChain(projectId);
  return { projectId, events, ok: firstBreak === null, firstBreak };
}

const AUDIT_CONCURRENCY = 25;

export interface LibraryAudit {
  projects: number;
  events: number;
  broken: ProjectAudit[];
}

export interface LibraryAuditPage extends LibraryAudit {
  /** Where the next call continues; null once every jurisdiction asked for has been audited. */
  nextCursor: string | null;
}

/**
 * One bounded slice of the library audit, for the HTTP route: at most `limit` projects of one jurisdiction per call,
 * resumable with `nextCursor`. Auditing the whole library in one request grew with the library and outlasted the
 * function's timeout (504) once it held a few hundred projects; `pnpm audit:verify` still audits it in one go.
 * A cursor that is not one of ours is a SyntaxError (400 in the handler).
 */
export async function verifyLibraryPage(deps: Deps, jurisdictions: readonly string[] = JURISDICTIONS, cursor?: string, limit = 50): Promise<LibraryAuditPage> {
  let at = 0;
  let pageCursor: string | undefined;
  if (cursor) {
    const c: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const ok = typeof c === 'object' && c !== null && typeof (c as { j?: unknown }).j === 'string' && jurisdictions.includes((c as { j: string }).j) &&
      ((c as { c?: unknown }).c === undefined || typeof (c as { c?: unknown }).c === 'string');
    if (!ok) throw new SyntaxError('invalid audit cursor');
    at = jurisdictions.indexOf((c as { j: string }).j);
    pageCursor = (c as { c?: string }).c;
  }
  const jurisdiction = jurisdictions[at];
  const page = await deps.projects.list({ jurisdiction }, limit, pageCursor);
  const result: LibraryAudit = { projects: 0, events: 0, broken: [] };
  for (let i = 0; i < page.items.length; i += AUDIT_CONCURRENCY) {
    for (const a of await Promise.all(page.items.slice(i, i + AUDIT_CONCURRENCY).map((p) => verifyProjectChain(deps, p.id)))) {
      result.projects++;
      result.events += a.events;
      if (!a.ok) result.broken.push(a);
    }
  }
  const next = page.nextCursor ? { j: jurisdiction, c: page.nextCursor } : at + 1 < jurisdictions.length ? { j: jurisdictions[at + 1] } : undefined;
  return { ...result, nextCursor: next ? Buffer.from(JSON.stringify(next)).toString('base64url') : null };
}

/** Every project of the given jurisdictions (all by default), page by page through the jurisdiction index. */
export async function verifyLibraryChains(deps: Deps, jurisdictions: readonly string[] = JURISDICTIONS): Promise<LibraryAudit> {
  const result: LibraryAudit = { projects: 0, events: 0, broken: [] };
  for (const jurisdiction of jurisdictions) {
    let cursor: string | undefined;
    do {
      const page = await deps.projects.list({ jurisdiction }, 100, cursor);
      // A page's chains are independent: read them AUDIT_CONCURRENCY at a time.
      const audits: ProjectAudit[] = [];
      for (let i = 0; i < page.items.length; i += AUDIT_CONCURRENCY) {
        audits.push(...(await Promise.all(page.items.slice(i, i + AUDIT_CONCURRENCY).map((p) => verifyProjectChain(deps, p.id)))));
      }
      for (const a of audits) {
        result.projects++;
        result.events += a.events;
        if (!a.ok) result.broken.push(a);
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return result;
}

export interface ChainQuery {
  projectId?: string;
  jurisdiction?: string;
  cursor?: string;
  limit?: number;
}

/**
 * The route's audit for a caller: an admin any project or jurisdiction (all by default); an auditor only their own
 * jurisdiction (another's project is not found, like every read; another jurisdiction asked for by name is 403).
 */
export async function auditChainsFor(deps: Deps, caller: Caller, q: ChainQuery): Promise<ProjectAudit | LibraryAuditPage> {
  if (caller.role === 'admin') {
    if (q.projectId) return verifyProjectChain(deps, q.projectId);
    return verifyLibraryPage(deps, q.jurisdiction ? [q.jurisdiction] : undefined, q.cursor, q.limit);
  }
  if (caller.role !== 'auditor') throw new DomainError(403, 'FORBIDDEN', '仅审计人员和系统管理员可校验哈希链');
  if (q.projectId) return verifyProjectChain(deps, (await projectFor(deps, caller, q.projectId)).id);
  if (q.jurisdiction !== undefined && q.jurisdiction !== caller.jur) {
    throw new DomainError(403, 'FORBIDDEN', '审计人员只能校验本辖区的哈希链', [{ path: 'query.jurisdiction', message: `仅限本辖区(${caller.jur})` }]);
  }
  return verifyLibraryPage(deps, [caller.jur], q.cursor, q.limit);
}
