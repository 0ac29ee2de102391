/**
 * The daily scans' work queue (SCAN_QUEUE_NAME, docs/decisions/090 §6). Each message is one work item (ids only,
 * ~25 subjects, far below SQS's 256 KB); SendMessageBatch sends ten per request.
 */
import { requiredEnv, sqs } from './clients.js';

export interface ScanWorkMessage {
  job: 'tracker' | 'filing';
  on: string;
  subjects: { subject: 'project' | 'system'; subjectId: string }[];
}

let url: Promise<string> | undefined;

function scanQueueUrl(): Promise<string> {
  if (!url) {
    const resolving = sqs()
      .then(({ client, sdk }) => client.send(new sdk.GetQueueUrlCommand({ QueueName: requiredEnv('SCAN_QUEUE_NAME') })))
      .then((r) => r.QueueUrl!);
    resolving.catch(() => {
      if (url === resolving) url = undefined;
    });
    url = resolving;
  }
  return url;
}

/** SQS's limit on one SendMessageBatch. */
const BATCH = 10;

/** Sends the items ten per request; answers those SQS did not accept (a batch answers per entry). */
export async function sendScanWork(items: readonly ScanWorkMessage[]): Promise<ScanWorkMessage[]> {
  if (items.length === 0) return [];
  const QueueUrl = await scanQueueUrl();
  const { client, sdk } = await sqs();
  const failed: ScanWorkMessage[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const r = await client.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries: batch.map((m, n) => ({ Id: String(n), MessageBody: JSON.stringify(m) })) }));
    for (const f of r.Failed ?? []) failed.push(batch[Number(f.Id)]);
  }
  return failed;
}

export const sqsScanQueue = { send: sendScanWork };
