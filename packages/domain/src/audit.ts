/**
 * 审计链校验: recompute each project's event hash chain and name the first broken link. Used by the admin route and
 * by `pnpm audit:verify`.
 */
import { listEvents, listProjects, verifyChain, type ChainBreak } from '@gov/adapters';
import { JURISDICTIONS } from '@gov/rules';

export interface ProjectAudit {
  projectId: string;
  events: number;
  ok: boolean;
  firstBreak: ChainBreak | null;
}

export async function verifyProjectChain(projectId: string): Promise<ProjectAudit> {
  const events = await listEvents(projectId);
  const firstBreak = verifyChain(events as never);
  return { projectId, events: events.length, ok: firstBreak === null, firstBreak };
}

export interface LibraryAudit {
  projects: number;
  events: number;
  broken: ProjectAudit[];
}

/** Every project of the given jurisdictions (all by default), page by page through the jurisdiction index. */
export async function verifyLibraryChains(jurisdictions: readonly string[] = JURISDICTIONS): Promise<LibraryAudit> {
  const result: LibraryAudit = { projects: 0, events: 0, broken: [] };
  for (const jurisdiction of jurisdictions) {
    let cursor: string | undefined;
    do {
      const page = await listProjects({ jurisdiction }, 100, cursor);
      for (const p of page.items) {
        const a = await verifyProjectChain(p.id);
        result.projects++;
        result.events += a.events;
        if (!a.ok) result.broken.push(a);
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return result;
}
