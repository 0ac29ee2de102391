/**
 * Reminders before a deadline (issue 13), over HTTP against the local stack: a 山东 project completed on 2026-04-30
 * owes its acceptance application by 2026-07-30 (SD-23-apply-3m). The daily job, invoked through serverless-offline's
 * Lambda endpoint for a given day, reminds the department 10 working days before (2026-07-16) — in its inbox and on
 * the SNS topic its own system subscribes to — once, and escalates to the bureau once the date has passed.
 */
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { E2E_PORTS } from '../setup/ports.js';
import { api, eventually, token } from '../support/api.js';
import { shandongBuild } from '../support/applications.js';
import { withUploadedDocuments } from '../support/documents.js';

const stack = useStack();
const http = api(stack.baseUrl);
const DEPT = 'SD-REMIND';

async function dailyScan(on: string) {
  const r = await fetch(`http://127.0.0.1:${E2E_PORTS.lambda}/2015-03-31/functions/gov-it-lifecycle-local-acceptanceTracker/invocations`, { method: 'POST', body: JSON.stringify({ job: 'daily-deadline-scan', on }) });
  expect(r.status).toBe(200);
  return r.json();
}

/** The department's own system: an SQS queue subscribed to the topic, filtered on its department. */
async function subscribeDepartmentSystem() {
  const aws = { endpoint: stack.env.SQS_ENDPOINT, region: stack.env.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const sqs = new SQSClient(aws);
  const sns = new SNSClient(aws);
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'e2e-sd-remind-system' }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  await sns.send(new SubscribeCommand({
    TopicArn: `arn:aws:sns:${stack.env.AWS_REGION}:000000000000:${stack.env.NOTIFICATIONS_TOPIC_NAME}`, Protocol: 'sqs', Endpoint: Attributes!.QueueArn,
    Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify({ departmentId: [DEPT] }) },
  }));
  return async () => {
    const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }));
    return (r.Messages ?? []).map((m) => JSON.parse(m.Body!));
  };
}

describe('reminders before the acceptance application is due', () => {
  it('the department is reminded 10 working days before, once; the bureau hears when it is overdue', async () => {
    const dept = await token({ sub: 'sd-remind', role: 'department', dept: DEPT, jur: 'shandong' });
    const bureau = await token({ sub: 'sd-remind-bureau', role: 'bureau', jur: 'shandong' });
    const received = await subscribeDepartmentSystem();

    const created = await http.post('/v1/projects', await withUploadedDocuments(http, dept, shandongBuild({ name: '山东省提醒示范系统' })), dept);
    expect(created.status).toBe(202);
    const id = created.body.id;
    const reviewed = await eventually(() => http.get(`/v1/projects/${id}`, dept), (r) => ['pending_review', 'in_library', 'returned'].includes(r.body?.status));
    if (reviewed.body.status !== 'in_library') {
      const decisions = reviewed.body.preReview.reviewerTasks.map((t: { ruleId: string }) => ({ ruleId: t.ruleId, result: 'pass' }));
      expect((await http.post(`/v1/projects/${id}/reviews`, { decisions }, bureau)).body.status).toBe('in_library');
    }
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'approval', date: '2026-03-02', approvedEstimate: '5800000.00', reviews: { 省政务服务管理办公室审核意见: 'pass' } }, bureau)).status).toBe(201);
    expect((await http.post(`/v1/projects/${id}/milestones`, { type: 'contract_signed', date: '2026-03-10' }, dept)).status).toBe(201);
    const completed = await http.post(`/v1/projects/${id}/milestones`, { type: 'construction_completed', date: '2026-04-30' }, dept);
    expect(completed.body.obligations).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'SD-23-apply-3m', due: '2026-07-30' })]));

    const mine = async () => {
      const r = await http.get('/v1/notifications', dept);
      expect(r.status).toBe(200);
      return { ...r.body, items: r.body.items.filter((n: { projectId: string; ruleId: string }) => n.projectId === id && n.ruleId === 'SD-23-apply-3m') };
    };

    // SD-23-apply-3m reminds 20, 10 and 3 working days ahead (decision 062). Before the 20-day point (07-02): nothing;
    // the first scan after it (07-15, the day before the 10-day point) raises the 20-day reminder only.
    await dailyScan('2026-07-01');
    expect((await mine()).items).toEqual([]);
    await dailyScan('2026-07-15');
    expect((await mine()).items).toEqual([expect.objectContaining({ kind: 'reminder', point: 20, due: '2026-07-30' })]);

    // 2026-07-16, 10 working days before 2026-07-30: one reminder, with rule id, article and due date.
    await dailyScan('2026-07-16');
    const inbox = await mine();
    expect(inbox.items).toHaveLength(2);
    expect(inbox.items[0]).toEqual(expect.objectContaining({ kind: 'reminder', point: 10, due: '2026-07-30', ruleId: 'SD-23-apply-3m', provisional: false }));
    expect(inbox.items[0].article).toMatch(/^第/);
    expect(inbox.items[0].message).toMatch(/还有 10 个工作日/);
    expect(inbox.unreadCount).toBeGreaterThanOrEqual(1);
    const events = (await http.get(`/v1/projects/${id}/events`, dept)).body.items;
    expect(events.filter((e: { type: string }) => e.type === 'reminders_raised')).toHaveLength(2);
    const delivered = await eventually(received, (ms) => ms.some((m: { projectId: string }) => m.projectId === id), 10_000);
    expect(delivered.find((m: { projectId: string }) => m.projectId === id)).toMatchObject({ ruleId: 'SD-23-apply-3m', due: '2026-07-30', departmentId: DEPT });

    // The job runs again the same day: nothing new.
    await dailyScan('2026-07-16');
    expect((await mine()).items).toHaveLength(2);

    // Read: the unread count drops.
    const before = (await mine()).unreadCount;
    const read = await http.post(`/v1/notifications/${inbox.items[0].id}/read`, {}, dept);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await mine()).unreadCount).toBe(before - 1);
    expect((await http.post(`/v1/notifications/${inbox.items[0].id}/read`, {}, await token({ sub: 'x', role: 'department', dept: 'SD-OTHER', jur: 'shandong' }))).status).toBe(404);

    // Overdue on 2026-07-31: the bureau of the jurisdiction is told.
    await dailyScan('2026-07-31');
    const escalations = (await http.get('/v1/notifications', bureau)).body.items.filter((n: { projectId: string }) => n.projectId === id);
    expect(escalations).toEqual([expect.objectContaining({ kind: 'overdue', ruleId: 'SD-23-apply-3m', due: '2026-07-30', recipient: { kind: 'bureau', jurisdiction: 'shandong' } })]);
    expect((await http.get('/v1/notifications', await token({ sub: 'f', role: 'finance', jur: 'shandong' }))).status).toBe(403);
  });
});
