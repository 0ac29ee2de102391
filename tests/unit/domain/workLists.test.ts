/**
 * Work lists (issue 10 §3) through the domain with in-memory ports: the project list's filters and scoping, and the
 * reviewer queue (pending_review only, oldest first, with its judgement items).
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, projectListFor, reviewQueueFor, stageOf, type Caller, type ProjectState } from '@gov/domain';

const bureau: Caller = { sub: 'b', role: 'bureau', jur: 'hongshan' };
const d1: Caller = { sub: 'd1', role: 'department', dept: 'D001', jur: 'hongshan' };
const otherBureau: Caller = { sub: 'b2', role: 'bureau', jur: 'bijie' };

let n = 0;
function state(over: { dept?: string; jur?: string; status?: ProjectState['status']; name?: string; category?: string; year?: number; dates?: Record<string, string>; tasks?: string[] } = {}): ProjectState {
  n += 1;
  const at = `2026-11-${String(n).padStart(2, '0')}T00:00:00.000Z`;
  return {
    id: `p-${String(n).padStart(3, '0')}`, version: 1, jurisdiction: over.jur ?? 'hongshan', departmentId: over.dept ?? 'D001', createdAt: at, updatedAt: at,
    status: over.status ?? 'returned', submittedBy: 'u', submittedOn: at.slice(0, 10), requestHash: 'h',
    application: { name: over.name ?? `项目${n}`, category: over.category ?? 'build', targetYear: over.year ?? 2027 },
    ...(over.dates ? { lifecycle: { dates: over.dates, records: {}, status: {} } } : {}),
    ...(over.tasks ? { preReview: { outcome: 'pending_review', packVersion: 'v', binding: true, notice: null, blocking: [], findings: [], reviewerTasks: over.tasks.map((ruleId) => ({ ruleId, article: '第六条', outcome: 'REVIEW', message: '审核' })) } } : {}),
  } as unknown as ProjectState;
}

async function seeded(states: ProjectState[]) {
  const deps = inMemoryDeps();
  for (const s of states) await deps.projects.save(s, { projectId: s.id, seq: 1, type: 'submitted', actor: 'u', at: s.createdAt, payload: {} }, 0);
  return deps;
}

const ids = (page: { items: { id: string }[] }) => page.items.map((p) => p.id);

describe('project list filters', () => {
  it('each filter keeps exactly the matching projects, both sides', async () => {
    const a = state({ status: 'in_library', name: '红山区政务服务平台', category: 'build', year: 2027, dates: { approvalDate: '2026-03-01' } });
    const b = state({ status: 'returned', name: '红山区档案系统', category: 'om', year: 2026, dept: 'D002' });
    const c = state({ status: 'pending_review', name: '政务服务热线', category: 'build', year: 2026 });
    const deps = await seeded([a, b, c]);
    expect(ids(await projectListFor(deps, bureau, {}, 10))).toEqual([c.id, b.id, a.id]);
    expect(ids(await projectListFor(deps, bureau, { status: 'returned' }, 10))).toEqual([b.id]);
    expect(ids(await projectListFor(deps, bureau, { stage: 'approved' }, 10))).toEqual([a.id]);
    expect(ids(await projectListFor(deps, bureau, { stage: 'application' }, 10))).toEqual([c.id, b.id]);
    expect(ids(await projectListFor(deps, bureau, { category: 'om' }, 10))).toEqual([b.id]);
    expect(ids(await projectListFor(deps, bureau, { year: 2026 }, 10))).toEqual([c.id, b.id]);
    expect(ids(await projectListFor(deps, bureau, { year: 2028 }, 10))).toEqual([]);
    expect(ids(await projectListFor(deps, bureau, { q: '政务服务' }, 10))).toEqual([c.id, a.id]);
    expect(ids(await projectListFor(deps, bureau, { department: 'D002' }, 10))).toEqual([b.id]);
    expect(ids(await projectListFor(deps, bureau, { q: '政务服务', year: 2027 }, 10))).toEqual([a.id]);
  });

  it('a department sees only its own, and nothing when it names another department; another jurisdiction sees none', async () => {
    const a = state({ dept: 'D001' });
    const b = state({ dept: 'D002' });
    const deps = await seeded([a, b]);
    expect(ids(await projectListFor(deps, d1, {}, 10))).toEqual([a.id]);
    expect(ids(await projectListFor(deps, d1, { department: 'D001' }, 10))).toEqual([a.id]);
    expect(ids(await projectListFor(deps, d1, { department: 'D002' }, 10))).toEqual([]);
    expect(ids(await projectListFor(deps, otherBureau, {}, 10))).toEqual([]);
    await expect(projectListFor(deps, { sub: 'f', role: 'finance', jur: 'hongshan' }, {}, 10)).rejects.toMatchObject({ status: 403 });
  });

  it('pages through the filtered list with the cursor', async () => {
    const all = [state({ year: 2026 }), state({ year: 2027 }), state({ year: 2026 }), state({ year: 2026 })];
    const deps = await seeded(all);
    const first = await projectListFor(deps, bureau, { year: 2026 }, 2);
    expect(first.items).toHaveLength(2);
    const second = await projectListFor(deps, bureau, { year: 2026 }, 2, first.nextCursor);
    expect([...ids(first), ...ids(second)]).toEqual([all[3].id, all[2].id, all[0].id]);
    expect(second.nextCursor).toBeUndefined();
  });
});

describe('stage', () => {
  it('follows status and milestones', () => {
    expect(stageOf(state({ status: 'pending_review' }))).toBe('application');
    expect(stageOf(state({ status: 'in_library' }))).toBe('library');
    expect(stageOf(state({ status: 'in_library', dates: { approvalDate: '2026-01-01' } }))).toBe('approved');
    expect(stageOf(state({ status: 'in_library', dates: { approvalDate: '2026-01-01', contractSigned: '2026-02-01' } }))).toBe('construction');
    expect(stageOf(state({ status: 'in_library', dates: { constructionStart: '2026-02-01', acceptancePassed: '2026-09-01' } }))).toBe('accepted');
    expect(stageOf(state({ status: 'in_library', dates: { acceptancePassed: '2026-09-01', operationStart: '2026-10-01' } }))).toBe('operation');
  });
});

describe('reviewer queue', () => {
  it('lists pending_review projects of the jurisdiction, oldest first, with their judgement items', async () => {
    const old = state({ status: 'pending_review', tasks: ['HS-06-a'] });
    const returned = state({ status: 'returned' });
    const newer = state({ status: 'pending_review', dept: 'D002', tasks: ['HS-06-b', 'HS-07-c'] });
    const elsewhere = state({ status: 'pending_review', jur: 'bijie', tasks: ['BJ-01'] });
    const deps = await seeded([old, returned, newer, elsewhere]);
    const q = await reviewQueueFor(deps, bureau, 10);
    expect(q.items.map((e) => e.project.id)).toEqual([old.id, newer.id]);
    expect(q.items[1].items.map((t) => t.ruleId)).toEqual(['HS-06-b', 'HS-07-c']);
    expect((await reviewQueueFor(deps, bureau, 10, undefined, 'D002')).items.map((e) => e.project.id)).toEqual([newer.id]);
    expect((await reviewQueueFor(deps, otherBureau, 10)).items.map((e) => e.project.id)).toEqual([elsewhere.id]);
    const page1 = await reviewQueueFor(deps, bureau, 1);
    expect(page1.items.map((e) => e.project.id)).toEqual([old.id]);
    expect((await reviewQueueFor(deps, bureau, 1, page1.nextCursor)).items.map((e) => e.project.id)).toEqual([newer.id]);
  });

  it('is not for a department', async () => {
    await expect(reviewQueueFor(await seeded([]), d1, 10)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
