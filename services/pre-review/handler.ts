/** pre-review (预审): SQS consumer producing findings, reviewer tasks and library admission; reviewers' decisions. */
import { preReviewProject, recordReview } from '@gov/domain';
import { byEventSource, httpRouter, sqsConsumer } from '@gov/http';
import { reviewRoutes } from '@gov/schemas';
import { deps, idempotent } from './wiring.js';

const sqs = sqsConsumer('pre-review', (m) => preReviewProject(deps(), m.projectId, new Date()));

export const http = httpRouter(reviewRoutes, {
  'POST /v1/projects/{id}/reviews': idempotent(async ({ caller, params, body }, d) => {
    const p = await recordReview(d, caller, params.id, body, new Date());
    return {
      status: 200,
      body: { id: p.id, status: p.status, version: p.version, blocking: p.preReview?.blocking ?? [], reviewerTasks: p.preReview?.reviewerTasks ?? [] },
    };
  }),
});

export const handler = byEventSource({ http, sqs });
