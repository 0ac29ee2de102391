/**
 * The invariants the load and fault suites hold the system to after a run: every accepted submission present
 * exactly once, in a terminal pipeline state that its event log explains (complete, in order, hash chain intact),
 * and nothing left in a dead-letter queue.
 */
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { api, token } from './api.js';
import type { LocalQueue } from '../../infra/local/resources.js';

export const TERMINAL = ['returned', 'rejected', 'pending_review', 'in_library'];

export interface Accepted {
  id: string;
  name: string;
  jurisdiction: string;
  departmentId: string;
}

export interface InvariantReport {
  accepted: number;
  missing: string[];
  duplicated: string[];
  notTerminal: { id: string; status: string }[];
  badHistory: { id: string; problem: string }[];
  dlqMessages: Record<string, number>;
}

export async function dlqDepths(sqs: SQSClient, queues: LocalQueue[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const q of queues.filter((x) => queues.some((y) => y.dlqName === x.name))) {
    const r = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: q.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    out[q.name] = Number(r.Attributes?.ApproximateNumberOfMessages ?? 0) + Number(r.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
  }
  return out;
}

/** Waits until every accepted project is terminal (or the time is up), then checks everything. */
export async function checkInvariants(baseUrl: string, accepted: Accepted[], sqs: SQSClient, queues: LocalQueue[], timeoutMs: number): Promise<InvariantReport> {
  const http = api(baseUrl);
  const admins = new Map<string, string>();
  const admin = async (jur: string) => {
    if (!admins.has(jur)) admins.set(jur, await token({ sub: 'invariants', role: 'admin', jur: jur as never }));
    return admins.get(jur)!;
  };
  const report: InvariantReport = { accepted: accepted.length, missing: [], duplicated: [], notTerminal: [], badHistory: [], dlqMessages: {} };

  const until = Date.now() + timeoutMs;
  let pending = [...accepted];
  while (pending.length && Date.now() < until) {
    const statuses = await mapLimit(pending, 16, async (a) => (await readWithRetry(http, `/v1/projects/${a.id}`, await admin(a.jurisdiction))).body?.status);
    pending = pending.filter((_, i) => !TERMINAL.includes(statuses[i]));
    if (pending.length) await new Promise((r) => setTimeout(r, 1000));
  }
  for (const a of pending) report.notTerminal.push({ id: a.id, status: (await readWithRetry(http, `/v1/projects/${a.id}`, await admin(a.jurisdiction))).body?.status ?? 'missing' });

  // Exactly once: each department's listing holds each accepted name once and nothing else.
  const byDept = new Map<string, Accepted[]>();
  for (const a of accepted) byDept.set(`${a.jurisdiction}#${a.departmentId}`, [...(byDept.get(`${a.jurisdiction}#${a.departmentId}`) ?? []), a]);
  for (const [key, list] of byDept) {
    const [jur, dept] = key.split('#');
    const t = await token({ sub: 'invariants', role: 'department', dept, jur: jur as never });
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await readWithRetry(http, `/v1/projects?limit=100${cursor ? `&cursor=${cursor}` : ''}`, t);
      names.push(...page.body.items.map((p) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    for (const a of list) {
      const n = names.filter((x) => x === a.name).length;
      if (n === 0) report.missing.push(a.id);
      if (n > 1) report.duplicated.push(a.id);
    }
  }

  await mapLimit(accepted, 8, async (a) => {
    const t = await admin(a.jurisdiction);
    const events: { seq: number; type: string }[] = (await readWithRetry(http, `/v1/projects/${a.id}/events`, t)).body?.items ?? [];
    const types = events.map((e) => e.type);
    if (events.some((e, i) => e.seq !== i + 1)) report.badHistory.push({ id: a.id, problem: `sequence ${events.map((e) => e.seq).join(',')}` });
    else if (types.filter((x) => x === 'submitted').length !== 1 || types[1] !== 'classified' || types[2] !== 'pre_reviewed') {
      report.badHistory.push({ id: a.id, problem: `event types ${types.join(',')}` });
    }
    const chain = (await readWithRetry(http, `/v1/audit/chains?projectId=${a.id}`, t)).body;
    if (!chain?.ok) report.badHistory.push({ id: a.id, problem: `hash chain ${JSON.stringify(chain?.firstBreak)}` });
  });
  report.dlqMessages = await dlqDepths(sqs, queues);
  return report;
}

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }));
  return out;
}

/**
 * A read with retries on network errors and 5xx: on a loaded machine a local function can time out (504) while the
 * data is intact; the invariants judge the data, so a read is retried rather than counted as a loss. 4xx is final.
 */
async function readWithRetry(http: ReturnType<typeof api>, path: string, t: string, attempts = 6) {
  for (let i = 1; ; i++) {
    try {
      const r = await http.get(path, t);
      if (r.status < 500 || i >= attempts) return r;
    } catch (e) {
      if (i >= attempts) throw e;
    }
    await new Promise((r) => setTimeout(r, 500 * i));
  }
}

/** POST with retries on network errors and 5xx, always with the same Idempotency-Key: the client side of "never lost". */
export async function submitWithRetry(baseUrl: string, body: unknown, t: string, key: string, attempts = 20): Promise<{ status: number; id?: string; tries: number }> {
  const http = api(baseUrl);
  for (let i = 1; i <= attempts; i++) {
    try {
      const r = await http.post('/v1/projects', body, t, { 'idempotency-key': key });
      if (r.status < 500) return { status: r.status, id: r.body?.id, tries: i };
    } catch {
      // connection refused while a process restarts
    }
    await new Promise((r) => setTimeout(r, Math.min(250 * i, 3000)));
  }
  return { status: 0, tries: attempts };
}
