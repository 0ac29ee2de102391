/** classification (分类): SQS consumer running the rules; also serves the rule-pack listing for audit. */
import { classifyProject } from '@gov/domain';
import { ApiError, byEventSource, httpRouter, route, sqsConsumer } from '@gov/http';
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
      if (!(params.jurisdiction in rulePacks)) {
        throw new ApiError(404, 'RULE_PACK_NOT_FOUND', `没有辖区 ${params.jurisdiction} 的规则包`, [{ path: 'jurisdiction', message: `应为 ${JURISDICTIONS.join('、')} 之一` }]);
      }
      return { status: 200, body: packListing(params.jurisdiction as Jurisdiction, shanghaiDate(new Date())) };
    },
  }),
});

const sqs = sqsConsumer('classification', (m) => classifyProject(m.projectId, new Date(), chinaCalendar));

export const handler = byEventSource({ http, sqs });
