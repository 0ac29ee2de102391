/**
 * The daily scans fanned out (docs/decisions/090 §6): the schedule only queries the due-date index and enqueues the
 * subjects it found, `SCAN_BATCH` per work item; consumers re-evaluate one item's subjects each. A deadline shared by
 * thousands of projects (xichuan's annual catalogue, 12-31) is then many short invocations, not one that times out.
 */
import { JURISDICTIONS, type Jurisdiction } from '@gov/rules';
import type { Deps, ScanWorkItem } from '../ports/ports.js';
import type { ObligationScan } from '../ports/records.js';
import { dueSubjects, scanSubjects, type SubjectKey, type SubjectsScanned } from './scan.js';

/** Subjects per work item: each is a read and a transaction, so 25 stay far inside a consumer's timeout. */
export const SCAN_BATCH = 25;

export interface EnqueueResult {
  job: ObligationScan;
  on: string;
  due: number;
  alreadyFlagged: number;
  subjects: number;
  /** Work items sent. */
  items: number;
}

export class ScanEnqueueError extends Error {}

/** Splits subjects into work items of at most `size`. */
export function workItems(job: ObligationScan, on: string, subjects: readonly SubjectKey[], size = SCAN_BATCH): ScanWorkItem[] {
  const items: ScanWorkItem[] = [];
  for (let i = 0; i < subjects.length; i += size) items.push({ job, on, subjects: subjects.slice(i, i + size) });
  return items;
}

/**
 * The schedule's part: finds the subjects due on `on` and enqueues them. Items the queue refused fail the run, so
 * the schedule's retry (and then its failure destination) takes over; a repeated item raises nothing twice.
 */
export async function enqueueDailyScan(deps: Deps, job: ObligationScan, on: string, jurisdictions: readonly Jurisdiction[] = JURISDICTIONS): Promise<EnqueueResult> {
  const found = await dueSubjects(deps, job, on, jurisdictions);
  const items = workItems(job, on, found.subjects);
  const refused = await deps.scanQueue.send(items);
  if (refused.length) throw new ScanEnqueueError(`${refused.length} of ${items.length} scan work items were not enqueued`);
  return { job, on, due: found.due, alreadyFlagged: found.alreadyFlagged, subjects: found.subjects.length, items: items.length };
}

/** The consumer's part: one work item's subjects re-evaluated; `failed` names those to retry. */
export function handleScanItem(deps: Deps, item: ScanWorkItem, now: Date): Promise<SubjectsScanned> {
  return scanSubjects(deps, item.job, item.on, item.subjects, now);
}
