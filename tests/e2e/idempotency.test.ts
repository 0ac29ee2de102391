/** Retries and duplicates: one project per Idempotency-Key under concurrency, one event per duplicated message. */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);

describe('Idempotency-Key under concurrency', () => {
  it('20 concurrent POSTs with one key create exactly one project', async () => {
    const t = await token({ sub: 'idem', role: 'department', dept: `D-IDEM-${randomUUID().slice(0, 6)}`, jur: 'hongshan' });
    const key = `idem-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => http.post('/v1/projects', hongshanSmallBuild(), t, { 'idempotency-key': key })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(202));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const list = await http.get('/v1/projects', t);
    expect(list.body.items).toHaveLength(1);
    const id = answers[0].body.id;
    await eventually(() => http.get(`/v1/projects/${id}`, t), (r) => !['submitted', 'classified'].includes(r.body?.status));
    const events = (await http.get(`/v1/projects/${id}/events`, t)).body.items.map((e: { type: string }) => e.type);
    expect(events.filter((e: string) => e === 'submitted')).toHaveLength(1);
    expect(events.filter((e: string) => e === 'classified')).toHaveLength(1);
  });

  it('an invalid Idempotency-Key is refused before anything is stored', async () => {
    const t = await token({ sub: 'idem', role: 'department', dept: `D-IDEM-${randomUUID().slice(0, 6)}`, jur: 'hongshan' });
    const r = await http.post('/v1/projects', hongshanSmallBuild(), t, { 'idempotency-key': 'short' });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('headers.idempotency-key');
    expect((await http.get('/v1/projects', t)).body.items).toEqual([]);
  });
});

describe('at-least-once delivery', () => {
  it('the same SQS message delivered twice yields one event', async () => {
    const t = await token({ sub: 'dup', role: 'department', dept: `D-DUP-${randomUUID().slice(0, 6)}`, jur: 'hongshan' });
    const created = await http.post('/v1/projects', hongshanSmallBuild(), t);
    const id = created.body.id;
    const done = await eventually(() => http.get(`/v1/projects/${id}`, t), (r) => !['submitted', 'classified'].includes(r.body?.status));
    const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    for (const logicalId of ['ClassificationQueue', 'PreReviewQueue']) {
      const q = stack.queues.find((x) => x.logicalId === logicalId)!;
      for (let i = 0; i < 2; i++) await sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: JSON.stringify({ projectId: id, version: 1 }) }));
    }
    await new Promise((r) => setTimeout(r, 3000));
    const after = await http.get(`/v1/projects/${id}`, t);
    expect(after.body.version).toBe(done.body.version);
    const types = (await http.get(`/v1/projects/${id}/events`, t)).body.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(['submitted', 'classified', 'pre_reviewed']);
  });
});
