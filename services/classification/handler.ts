/** classification (分类): SQS consumer running the rules; also serves the rule-pack listing for audit. */
import { classifyProject, redispatchStalled } from '@gov/domain';
import { ApiError, byEventSource, httpRouter, log, route, sqsConsumer } from '@gov/http';
import { chinaCalendar, JURISDICTIONS, packListing, rulePacks, type Jurisdiction } from '@gov/rules';
import { shanghaiDate } from '@gov/domain';

const http = httpRouter({
  'GET /v1/rule-packs': route({
    roles: ['department', 'bureau', 'finance', 'auditor', 'admin'],
    async handle() {
      const on = shanghaiDate(new Date());
      return {
        status: 200,
        body: { items: JURISDICTIONS.map((j) => { const l = packListing(j, on); return { ...l.meta, validity: l.validity, counts: l.counts }; }) },
      };
    },
  }),
  'GET /v1/rule-packs/{jurisdiction}': route({
    roles: ['department', 'bureau', 'finance', 'auditor', 'admin'],
    async handle({ params }) {
      if (!Object.hasOwn(rulePacks, params.jurisdiction)) {
        throw new ApiError(404, 'RULE_PACK_NOT_FOUND', `没有辖区 ${params.jurisdiction} 的规则包`, [{ path: 'jurisdiction', message: `应为 ${JURISDICTIONS.join('、')} 之一` }]);
      }
      return { status: 200, body: packListing(params.jurisdiction as Jurisdiction, shanghaiDate(new Date())) };
    },
  }),
});

const sqs = sqsConsumer('classification', (m) => classifyProject(m.projectId, new Date(), chinaCalendar));

/** Messages waiting longer than this are presumed lost and sent again (consumers are idempotent). */
const STALLED_AFTER_MS = Number(process.env.PIPELINE_STALLED_AFTER_SECONDS ?? 120) * 1000;

async function schedule() {
  const sent = await redispatchStalled(new Date(), STALLED_AFTER_MS);
  if (sent.classification || sent['pre-review']) log('warn', 'pipeline recovery: re-sent stalled messages', sent);
  return sent;
}

export const handler = byEventSource({ http, sqs, schedule });
