/** classification (分类): SQS consumer running the rules; also serves the rule-pack listing for audit. */
import { classifyProject, packDetail, packSummaries, redispatchStalled, shanghaiDate } from '@gov/domain';
import { byEventSource, httpRouter, log, sqsConsumer } from '@gov/http';
import { rulePackRoutes } from '@gov/schemas';
import { deps } from './wiring.js';

export const http = httpRouter(rulePackRoutes, {
  'GET /v1/rule-packs': async () => ({ status: 200, body: { items: packSummaries(shanghaiDate(new Date())) } }),
  'GET /v1/rule-packs/{jurisdiction}': async ({ params, query }) => ({ status: 200, body: packDetail(params.jurisdiction, shanghaiDate(new Date()), query) }),
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
