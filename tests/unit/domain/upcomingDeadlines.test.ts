/**
 * 即将到期: open obligations due within N working days (the window counted on the working-day calendar, across
 * National Day 2026), before they are overdue; scoped like every read. In-memory ports.
 */
import { describe, expect, it } from 'vitest';
import { inMemoryDeps, upcomingDeadlinesFor, type Caller, type ObligationRecord } from '@gov/domain';
import { upcomingDeadlinesQuerySchema } from '@gov/schemas';

const bureau: Caller = { sub: 'b', role: 'bureau', jur: 'shandong' };
const d1: Caller = { sub: 'd1', role: 'department', dept: 'SD1', jur: 'shandong' };

function obligation(due: string, over: Partial<ObligationRecord> = {}): ObligationRecord {
  return {
    subject: 'project', subjectId: `p-${due}`, projectId: `p-${due}`, ruleId: 'SD-13-contract-5wd', key: due, jurisdiction: 'shandong', departmentId: 'SD1',
    scan: 'tracker', due, provisional: false, obligation: '签订合同后备案', state: 'open', ...over,
  };
}

function depsWith(obligations: ObligationRecord[]) {
  const deps = inMemoryDeps();
  obligations.forEach((o, i) => deps.table.obligations.set(`o${i}`, o));
  return deps;
}

const dues = (r: { items: { due: string }[] }) => r.items.map((i) => i.due);

describe('upcoming deadlines', () => {
  it('two working days from 30 September 2026 end on 9 October (National Day off); the make-up Saturday 10 October is outside', async () => {
    const deps = depsWith([
      obligation('2026-09-29'), obligation('2026-09-30'), obligation('2026-10-09'), obligation('2026-10-10'),
      obligation('2026-10-05', { state: 'met' }), obligation('2026-10-08', { scan: 'filing' }),
    ]);
    const r = await upcomingDeadlinesFor(deps, bureau, { on: '2026-09-30', within: 2 }, 50);
    expect(r).toMatchObject({ on: '2026-09-30', until: '2026-10-09', provisional: false });
    expect(dues(r)).toEqual(['2026-09-30', '2026-10-09', '2026-10-08']);
    expect(r.items[2].scan).toBe('filing');
  });

  it('a department sees only its own; naming another department shows nothing; other jurisdictions never appear', async () => {
    const deps = depsWith([obligation('2026-10-09'), obligation('2026-10-08', { departmentId: 'SD2' }), obligation('2026-10-08', { jurisdiction: 'bijie' })]);
    expect(dues(await upcomingDeadlinesFor(deps, d1, { on: '2026-09-30', within: 5 }, 50))).toEqual(['2026-10-09']);
    expect((await upcomingDeadlinesFor(deps, d1, { on: '2026-09-30', within: 5, department: 'SD2' }, 50)).items).toEqual([]);
    expect(dues(await upcomingDeadlinesFor(deps, bureau, { on: '2026-09-30', within: 5 }, 50))).toEqual(['2026-10-08', '2026-10-09']);
    expect(dues(await upcomingDeadlinesFor(deps, bureau, { on: '2026-09-30', within: 5, department: 'SD2' }, 50))).toEqual(['2026-10-08']);
    await expect(upcomingDeadlinesFor(deps, { sub: 'f', role: 'finance', jur: 'shandong' }, { on: '2026-09-30', within: 5 }, 50)).rejects.toMatchObject({ status: 403 });
  });

  it('a window into 2027 (no official holiday schedule yet) is provisional', async () => {
    const r = await upcomingDeadlinesFor(depsWith([]), bureau, { on: '2026-12-28', within: 10 }, 50);
    expect(r.provisional).toBe(true);
    expect((await upcomingDeadlinesFor(depsWith([]), bureau, { on: '2026-12-01', within: 5 }, 50)).provisional).toBe(false);
  });

  it('pages with a cursor', async () => {
    const deps = depsWith([obligation('2026-10-08'), obligation('2026-10-09'), obligation('2026-10-12')]);
    const first = await upcomingDeadlinesFor(deps, bureau, { on: '2026-09-30', within: 5 }, 2);
    expect(dues(first)).toEqual(['2026-10-08', '2026-10-09']);
    const second = await upcomingDeadlinesFor(deps, bureau, { on: '2026-09-30', within: 5 }, 2, first.nextCursor);
    expect(dues(second)).toEqual(['2026-10-12']);
    expect(second.nextCursor).toBeUndefined();
  });
});

describe('upcoming deadlines query', () => {
  it('takes days the calendar can count 60 working days from (up to 2099-12-31), refuses 2100 on', async () => {
    expect(upcomingDeadlinesQuerySchema.safeParse({ on: '2099-12-31', within: '60' }).success).toBe(true);
    await expect(upcomingDeadlinesFor(depsWith([]), bureau, { on: '2099-12-31', within: 60 }, 10)).resolves.toMatchObject({ until: '2100-04-01' });
    const late = upcomingDeadlinesQuerySchema.safeParse({ on: '2100-01-01' });
    expect(late.success).toBe(false);
    expect(late.error?.issues[0].message).toBe('日期须在2000年至2099年之间');
    expect(upcomingDeadlinesQuerySchema.safeParse({ on: '1999-12-31' }).success).toBe(false);
    expect(upcomingDeadlinesQuerySchema.safeParse({ on: '2000-01-01' }).success).toBe(true);
  });
});
