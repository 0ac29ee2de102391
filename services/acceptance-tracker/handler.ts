/** acceptance-tracker (验收跟踪): milestones, system usage and determinations, flags; the daily deadline scan. */
import { enqueueDailyScan, flagsFor, markNotificationRead, notificationsFor, previewDeadlines, recordMilestone, reportUsage, runDailyScan, setSystemStatus, shanghaiDate, systemFor, upcomingDeadlinesFor, type ProjectState } from '@gov/domain';
import { ApiError, byEventSource, httpRouter, log, route } from '@gov/http';
import { deadlinePreviewQuery, flagQuerySchema, milestoneSchema, upcomingDeadlinesQuerySchema, notificationQuerySchema, systemStatusSchema, usageReportSchema, z } from '@gov/schemas';
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

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ApiError(400, 'VALIDATION_FAILED', '请求参数未通过校验', r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })));
}

const obligationsOf = (p: Pick<ProjectState, 'tracking'>) => Object.values(p.tracking?.obligations ?? {});

const http = httpRouter({
  'POST /v1/projects/{id}/milestones': route({
    // Which of them may record which milestone is the domain's (docs/milestone-roles.md).
    roles: ['department', 'bureau', 'finance'],
    body: milestoneSchema,
    handle: idempotent('POST /v1/projects/{id}/milestones', async ({ caller, params, body }, d) => {
      const r = await recordMilestone(d, caller, params.id, body, new Date());
      return {
        status: 201,
        body: { projectId: r.state.id, version: r.state.version, milestone: yuanMilestone(body), lifecycle: yuanLifecycle(r.state.lifecycle), obligations: obligationsOf(r.state), systemIds: r.state.tracking?.systemIds ?? [], flagsClosed: r.closedFlags },
      };
    }),
  }),
  'POST /v1/systems/{id}/usage': route({
    roles: ['department', 'admin'],
    body: usageReportSchema,
    handle: idempotent('POST /v1/systems/{id}/usage', async ({ caller, params, body }, d) => {
      const r = await reportUsage(d, caller, params.id, body, new Date());
      return { status: 201, body: { systemId: r.state.id, code: r.state.code, version: r.state.version, active: r.active, lastActiveOn: r.state.usage?.lastActiveOn ?? null, obligations: obligationsOf(r.state), flagsClosed: r.closedFlags } };
    }),
  }),
  'POST /v1/systems/{id}/status': route({
    roles: ['bureau', 'admin'],
    body: systemStatusSchema,
    handle: idempotent('POST /v1/systems/{id}/status', async ({ caller, params, body }, d) => {
      const r = await setSystemStatus(d, caller, params.id, body, new Date());
      return { status: 200, body: { systemId: r.state.id, code: r.state.code, version: r.state.version, facts: r.state.facts } };
    }),
  }),
  'GET /v1/systems/{id}': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, params }) {
      const { lastEventHash: _h, ...s } = await systemFor(deps(), caller, params.id);
      return { status: 200, body: yuanSystem(s) };
    },
  }),
  'GET /v1/notifications': route({
    roles: ['department', 'bureau'],
    async handle({ caller, query }) {
      const q = parsed(notificationQuerySchema, query, 'query');
      return { status: 200, body: await notificationsFor(reminderDeps, caller, q.limit) };
    },
  }),
  'POST /v1/notifications/{id}/read': route({
    roles: ['department', 'bureau'],
    // Marking read is idempotent by itself; the key gives a retry the first answer (docs/decisions/062).
    handle: idempotent('POST /v1/notifications/{id}/read', async ({ caller, params }) => ({
      status: 200,
      body: await markNotificationRead(reminderDeps, caller, params.id, new Date()),
    })),
  }),
  'GET /v1/projects/{id}/deadlines': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, params, query }) {
      const q = parsed(deadlinePreviewQuery, query, 'query');
      return { status: 200, body: await previewDeadlines(deps(), caller, params.id, q.on ?? shanghaiDate(new Date())) };
    },
  }),
  'GET /v1/deadlines': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, query }) {
      const { limit, cursor, on, within, department } = parsed(upcomingDeadlinesQuerySchema, query, 'query');
      try {
        const r = await upcomingDeadlinesFor(deps(), caller, { on: on ?? shanghaiDate(new Date()), within, ...(department ? { department } : {}) }, limit, cursor);
        return { status: 200, body: { ...r, nextCursor: r.nextCursor ?? null } };
      } catch (e) {
        if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '分页游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
        throw e;
      }
    },
  }),
  'GET /v1/flags': route({
    roles: ['department', 'bureau', 'auditor', 'admin'],
    async handle({ caller, query }) {
      const q = parsed(flagQuerySchema, query, 'query');
      let page;
      try {
        page = await flagsFor(deps(), caller, q);
      } catch (e) {
        if (e instanceof SyntaxError) throw new ApiError(400, 'VALIDATION_FAILED', '分页游标无效', [{ path: 'query.cursor', message: '游标无法解析' }]);
        throw e;
      }
      return { status: 200, body: { items: page.items, nextCursor: page.nextCursor ?? null } };
    },
  }),
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
