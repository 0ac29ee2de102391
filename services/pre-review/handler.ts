/** pre-review (预审): SQS consumer producing findings, reviewer tasks and library admission; reviewers' decisions. */
import { preReviewProject, recordReview } from '@gov/domain';
import { byEventSource, httpRouter, route, sqsConsumer } from '@gov/http';
import { reviewSchema } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';

const sqs = sqsConsumer('pre-review', (m) => preReviewProject(deps(), m.projectId, new Date()));

const http = httpRouter({
  'POST /v1/projects/{id}/reviews': route({
    roles: ['bureau'],
    body: reviewSchema,
    handle: idempotent('POST /v1/projects/{id}/reviews', async ({ caller, params, body }, d) => {
      const p = await recordReview(d, caller, params.id, body, new Date());
      return {
        status: 200,
        body: { id: p.id, status: p.status, version: p.version, blocking: p.preReview?.blocking ?? [], reviewerTasks: p.preReview?.reviewerTasks ?? [] },
      };
    }),
  }),
});

export const handler = byEventSource({ http, sqs });
