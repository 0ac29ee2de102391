/** pre-review (预审): SQS consumer producing findings, reviewer tasks and library admission. */
import { preReviewProject } from '@gov/domain';
import { byEventSource, sqsConsumer } from '@gov/http';
import { chinaCalendar } from '@gov/rules';

const sqs = sqsConsumer('pre-review', (m) => preReviewProject(m.projectId, new Date(), chinaCalendar));

export const handler = byEventSource({ sqs });
