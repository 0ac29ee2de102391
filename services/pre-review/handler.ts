/** pre-review (预审): SQS consumer producing findings, reviewer tasks and library admission; reviewers' decisions. */
import { preReviewProject, recordReview } from '@gov/domain';
import { byEventSource, httpRouter, route, sqsConsumer } from '@gov/http';
import { chinaCalendar } from '@gov/rules';
import { reviewSchema } from '@gov/schemas';

const sqs = sqsConsumer('pre-review', (m) => preReviewProject(m.projectId, new Date(), chinaCalendar));

const http = httpRouter({
  'POST /v1/projects/{id}/reviews': route({
    roles: ['bureau'],
    body: reviewSchema,
    async handle({ caller, params, body }) {
      const p = await recordReview(caller, params.id, body, new Date(), chinaCalendar);
      return {
        status: 200,
        body: { id: p.id, status: p.status, version: p.version, blocking: p.preReview?.blocking ?? [], reviewerTasks: p.preReview?.reviewerTasks ?? [] },
      };
    },
  }),
});

export const handler = byEventSource({ http, sqs });
