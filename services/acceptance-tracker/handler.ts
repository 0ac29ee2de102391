/** acceptance-tracker (验收跟踪): milestones, system usage and determinations, flags; the daily deadline scan. */
import { enqueueDailyScan, flagsFor, markNotificationRead, notificationsFor, previewDeadlines, projectFor, recordAuthority, recordMilestone, reopenReview, reportUsage, runDailyScan, setSystemStatus, shanghaiDate, systemFor, systemListFor, upcomingDeadlinesFor, type ProjectState } from '@gov/domain';
import { ApiError, byEventSource, httpRouter, log } from '@gov/http';
import { authorityRoutes, notificationRoutes, trackerRoutes, z } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';
import { yuanLifecycle, yuanMilestone, yuanSystem } from '../moneyView.js';
import { dailyReminders, reminderDeps } from '../reminders.js';
import { scanConsumer } from './scanConsumer.js';

export const scheduleInput = z.object({
  job: z.enum(['daily-deadline-scan', 'daily-filing-scan']).default('daily-deadline-scan'),
  /** The evaluation day (tests, re-runs); default today in Asia/Shanghai. */
  on: z.iso.date().optional(),
  /**
   * Fan out (the deployed schedule): enqueue the due subjects to the scan queue for the consumer. Without it the
   * scan runs here and answers its counts (`pnpm scan`, tests, a re-run by hand).
   */
  fanOut: z.boolean().default(false),
});

/** A page read; a cursor the store did not make is a 400, not a 500. */
async function paging<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '分页游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
    throw e;
  }
}

/** A named review in the path arrives percent-encoded from some gateways: decode it once, keep it if it is not. */
function pathItem(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const obligationsOf = (p: Pick<ProjectState, 'tracking'>) => Object.values(p.tracking?.obligations ?? {});

export const http = httpRouter({ ...trackerRoutes, ...authorityRoutes, ...notificationRoutes }, {
  // Which of the declared roles may record which milestone is the domain's (docs/milestone-roles.md).
  'POST /v1/projects/{id}/milestones': idempotent(async ({ caller, params, body }, d) => {
    const r = await recordMilestone(d, caller, params.id, body, new Date());
    return {
      status: 201,
      body: { projectId: r.state.id, version: r.state.version, milestone: yuanMilestone(body), lifecycle: yuanLifecycle(r.state.lifecycle), obligations: obligationsOf(r.state), systemIds: r.state.tracking?.systemIds ?? [], flagsClosed: r.closedFlags },
    };
  }),
  'POST /v1/projects/{id}/authority-records': idempotent(async ({ caller, params, body }, d) => {
    // Which role records which authority's act is the domain's (lifecycle/authorityKinds.ts).
    const r = await recordAuthority(d, caller, params.id, body, new Date());
    return { status: 201, body: { projectId: r.state.id, version: r.state.version, status: r.state.status, record: r.record, lifecycle: yuanLifecycle(r.state.lifecycle ?? {}) } };
  }),
  'GET /v1/projects/{id}/authority-records': async ({ caller, params }) => ({
    status: 200, body: { items: (await projectFor(deps(), caller, params.id)).authorityRecords ?? [] },
  }),
  'POST /v1/projects/{id}/reviews/{item}/reopen': idempotent(async ({ caller, params, body }, d) => ({
    status: 201,
    body: await reopenReview(d, caller, params.id, pathItem(params.item), body.reason, new Date()),
  })),
  'POST /v1/systems/{id}/usage': idempotent(async ({ caller, params, body }, d) => {
    const r = await reportUsage(d, caller, params.id, body, new Date());
    return { status: 201, body: { systemId: r.state.id, code: r.state.code, version: r.state.version, active: r.active, lastActiveOn: r.state.usage?.lastActiveOn ?? null, obligations: obligationsOf(r.state), flagsClosed: r.closedFlags } };
  }),
  'POST /v1/systems/{id}/status': idempotent(async ({ caller, params, body }, d) => {
    const r = await setSystemStatus(d, caller, params.id, body, new Date());
    return { status: 200, body: { systemId: r.state.id, code: r.state.code, version: r.state.version, facts: r.state.facts } };
  }),
  'GET /v1/systems': async ({ caller, query }) => {
    const page = await paging(() => systemListFor(deps(), caller, query));
    return { status: 200, body: { items: page.items, nextCursor: page.nextCursor ?? null } };
  },
  'GET /v1/systems/{id}': async ({ caller, params }) => {
    const { lastEventHash: _h, ...s } = await systemFor(deps(), caller, params.id);
    return { status: 200, body: yuanSystem(s) };
  },
  'GET /v1/notifications': async ({ caller, query }) => ({ status: 200, body: await notificationsFor(reminderDeps, caller, query.limit) }),
  // Marking read is idempotent by itself; the key gives a retry the first answer (docs/decisions/062).
  'POST /v1/notifications/{id}/read': idempotent(async ({ caller, params }) => ({
    status: 200,
    body: await markNotificationRead(reminderDeps, caller, params.id, new Date()),
  })),
  'GET /v1/projects/{id}/deadlines': async ({ caller, params, query }) => ({
    status: 200,
    body: await previewDeadlines(deps(), caller, params.id, query.on ?? shanghaiDate(new Date())),
  }),
  'GET /v1/deadlines': async ({ caller, query: { limit, cursor, on, within, department } }) => {
    const r = await paging(() => upcomingDeadlinesFor(deps(), caller, { on: on ?? shanghaiDate(new Date()), within, ...(department ? { department } : {}) }, limit, cursor));
    return { status: 200, body: { ...r, nextCursor: r.nextCursor ?? null } };
  },
  'GET /v1/flags': async ({ caller, query }) => {
    const page = await paging(() => flagsFor(deps(), caller, query));
    return { status: 200, body: { items: page.items, nextCursor: page.nextCursor ?? null } };
  },
});

export const handler = byEventSource({
  http,
  sqs: scanConsumer(deps),
  schedule: async (event) => {
    const input = scheduleInput.parse(event ?? {});
    const now = new Date();
    const scan = input.job === 'daily-filing-scan' ? 'filing' : 'tracker';
    const on = input.on ?? shanghaiDate(now);
    const result = input.fanOut ? await enqueueDailyScan(deps(), scan, on) : await runDailyScan(deps(), scan, on, now);
    // Reminders after flags: the overdue state they escalate is then recorded.
    const reminders = await dailyReminders(scan, on, now);
    log('info', 'acceptance-tracker schedule', { ...result, reminders });
    return { ...result, reminders };
  },
});
