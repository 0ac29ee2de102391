/**
 * The consumer of the scan queue (docs/decisions/090 §6): each record is one work item; its subjects are
 * re-evaluated and any that failed fail the record (ReportBatchItemFailures), so SQS redelivers it — the subjects
 * already done raise nothing twice — and after maxReceiveCount receives it lands in the scan DLQ (alarmed).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { handleScanItem, type Deps } from '@gov/domain';
import { log } from '@gov/http';
import { z } from '@gov/schemas';

/** Bounds as the producer writes them (workItems: at most 25 subjects); anything else is poison. */
export const scanWorkItem = z.object({
  job: z.enum(['tracker', 'filing']),
  on: z.iso.date(),
  subjects: z.array(z.object({ subject: z.enum(['project', 'system']), subjectId: z.string().min(1).max(100) })).min(1).max(100),
});

export function scanConsumer(deps: () => Deps) {
  const processor = new BatchProcessor(EventType.SQS);
  const record = async (r: SQSRecord) => {
    const item = scanWorkItem.parse(JSON.parse(r.body));
    const result = await handleScanItem(deps(), item, new Date());
    const { failed, ...counts } = result;
    if (failed.length) {
      log('error', 'scan work item: subjects failed', { messageId: r.messageId, receiveCount: r.attributes?.ApproximateReceiveCount, failed });
      throw new Error(`${failed.length} of ${item.subjects.length} subjects failed`);
    }
    log('info', 'scan work item', { messageId: r.messageId, job: item.job, on: item.on, subjects: item.subjects.length, ...counts });
  };
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => processPartialResponse(event, record, processor, { context });
}
