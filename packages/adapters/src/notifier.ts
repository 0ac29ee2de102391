/**
 * SNS delivery of notifications. Message attributes carry jurisdiction, department, kind and recipient so that a
 * department's own system subscribes with a filter policy on its department. Locally the topic lives in fauxqs.
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import { requiredEnv } from './clients.js';

type Sns = { client: SNSClient; sdk: typeof import('@aws-sdk/client-sns') };
let client: Promise<Sns> | undefined;

/** The SNS client and its SDK module, loaded on the first publish (not at initialisation; decision 033). */
function sns(): Promise<Sns> {
  client ??= import('@aws-sdk/client-sns').then((sdk) => ({ client: new sdk.SNSClient({ endpoint: process.env.SNS_ENDPOINT || undefined, maxAttempts: 4 }), sdk }));
  client.catch(() => (client = undefined));
  return client;
}

/** The topic's ARN: given in the cloud (Ref); locally built from its name on the emulator's account. */
function topicArn(): string {
  const arn = process.env.NOTIFICATIONS_TOPIC_ARN;
  if (arn?.startsWith('arn:')) return arn;
  return `arn:aws:sns:${process.env.AWS_REGION ?? 'us-east-1'}:000000000000:${requiredEnv('NOTIFICATIONS_TOPIC_NAME')}`;
}

export function snsNotifier<N extends { id: string; kind: string; jurisdiction: string; departmentId: string; recipient: { kind: string } }>() {
  return {
    async publish(n: N): Promise<void> {
      const attr = (v: string) => ({ DataType: 'String', StringValue: v });
      const { client, sdk } = await sns();
      await client.send(new sdk.PublishCommand({
        TopicArn: topicArn(),
        Message: JSON.stringify(n),
        MessageAttributes: { jurisdiction: attr(n.jurisdiction), departmentId: attr(n.departmentId), kind: attr(n.kind), recipient: attr(n.recipient.kind) },
      }));
    },
  };
}
