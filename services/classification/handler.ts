/** classification (分类): SQS consumer running the rules; also serves the rule-pack listing for audit. */
import { classifyProject, packDetail, packSummaries, redispatchStalled, shanghaiDate } from '@gov/domain';
import { byEventSource, httpRouter, log, route, sqsConsumer } from '@gov/http';
import { deps } from './wiring.js';

const http = httpRouter({
  'GET /v1/rule-packs': route({
    roles: ['department', 'bureau', 'finance', 'auditor', 'admin'],
    async handle() {
      return { status: 200, body: { items: packSummaries(shanghaiDate(new Date())) } };
    },
  }),
  'GET /v1/rule-packs/{jurisdiction}': route({
    roles: ['department', 'bureau', 'finance', 'auditor', 'admin'],
    async handle({ params }) {
      return { status: 200, body: packDetail(params.jurisdiction, shanghaiDate(new Date())) };
    },
  }),
});

const sqs = sqsConsumer('classification', (m) => classifyProject(deps(), m.projectId, new Date()));

/** Messages waiting longer than this are presumed lost and sent again (consumers are idempotent). */
const STALLED_AFTER_MS = Number(process.env.PIPELINE_STALLED_AFTER_SECONDS ?? 120) * 1000;

async function schedule() {
  const sent = await redispatchStalled(deps(), new Date(), STALLED_AFTER_MS);
  if (sent.classification || sent['pre-review']) log('warn', 'pipeline recovery: re-sent stalled messages', sent);
  return sent;
}

export const handler = byEventSource({ http, sqs, schedule });
