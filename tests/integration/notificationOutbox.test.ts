/**
 * SNS delivery that cannot be lost (decision 062), against DynamoDB Local and the emulator's SNS: a reminder whose
 * publish fails stays in the outbox (stored in the transaction that raised it) and the next scan publishes it to the
 * topic a department's system subscribes to, then takes it out.
 */
import { randomUUID } from 'node:crypto';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { dynamoNotificationOutbox, saveProject } from '@gov/adapters';
import { notificationsFor, runReminderScan, type Notification, type ProjectState, type ReminderDeps } from '@gov/domain';
import { chinaCalendar } from '@gov/rules';
import { reminderDeps } from '../../services/reminders.js';
import { useStack } from '../setup/context.js';
import { storedProject } from '../unit/domain/fixtures.js';

const stack = useStack();
const aws = { endpoint: stack.env.SQS_ENDPOINT, region: stack.env.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

async function subscribe(departmentId: string) {
  const sqs = new SQSClient(aws);
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `it-outbox-${departmentId}` }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  await new SNSClient(aws).send(new SubscribeCommand({
    TopicArn: `arn:aws:sns:${stack.env.AWS_REGION}:000000000000:${stack.env.NOTIFICATIONS_TOPIC_NAME}`, Protocol: 'sqs', Endpoint: Attributes!.QueueArn,
    Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify({ departmentId: [departmentId] }) },
  }));
  return async () => {
    const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }));
    return (r.Messages ?? []).map((m) => JSON.parse(m.Body!) as Notification);
  };
}

describe('the notification outbox', () => {
  it('a failed publish is kept and published by the next scan, then taken out', async () => {
    const departmentId = `OB-${randomUUID().slice(0, 8)}`;
    const base = storedProject('shandong', { id: `it-ob-${randomUUID()}` }, { dates: { constructionCompleted: '2026-04-30' } });
    const p: ProjectState = { ...base, version: 1, departmentId };
    await saveProject(p, { projectId: p.id, seq: 1, type: 'submitted', actor: 'test', at: new Date().toISOString(), payload: {} }, 0);
    const received = await subscribe(departmentId);
    const outbox = dynamoNotificationOutbox<Notification>();
    const mineInOutbox = async () => (await outbox.pending(1000)).filter((n) => n.projectId === p.id);
    const only = { ...reminderDeps.projects, withObligationsDueBefore: async () => [p.id] };

    // SNS refuses: the reminder is stored all the same, in the inbox and in the outbox.
    const failing: ReminderDeps = { ...reminderDeps, projects: only, notifier: { publish: async () => { throw new Error('SNS unavailable'); } } };
    const first = await runReminderScan(failing, 'tracker', '2026-07-16', new Date('2026-07-16T01:00:00Z'), chinaCalendar, ['shandong']);
    expect(first).toMatchObject({ reminders: 1, deliveryFailures: 1 });
    const inbox = (await notificationsFor(reminderDeps, { sub: 'd', role: 'department', dept: departmentId, jur: 'shandong' }, 10)).items;
    expect(inbox).toEqual([expect.objectContaining({ ruleId: 'SD-23-apply-3m', point: 10, due: '2026-07-30' })]);
    expect((await mineInOutbox()).map((n) => n.id)).toEqual([inbox[0].id]);
    expect(await received()).toEqual([]);

    // The next scan (nothing new to raise) publishes it to the topic and takes it out of the outbox.
    const second = await runReminderScan({ ...reminderDeps, projects: only }, 'tracker', '2026-07-17', new Date('2026-07-17T01:00:00Z'), chinaCalendar, ['shandong']);
    expect(second).toMatchObject({ reminders: 0, deliveryFailures: 0 });
    expect(second.delivered).toBeGreaterThanOrEqual(1);
    expect(await mineInOutbox()).toEqual([]);
    let messages: Notification[] = [];
    for (let i = 0; i < 5 && !messages.length; i++) messages = await received();
    expect(messages.map((m) => m.id)).toEqual([inbox[0].id]);
    expect(messages[0]).toMatchObject({ projectId: p.id, departmentId, ruleId: 'SD-23-apply-3m' });

    // A third scan publishes nothing of it again.
    await runReminderScan({ ...reminderDeps, projects: only }, 'tracker', '2026-07-17', new Date('2026-07-17T01:00:00Z'), chinaCalendar, ['shandong']);
    expect(await received()).toEqual([]);
  });
});
