/**
 * The walking skeleton over HTTP against the local stack: a submission travels intake → SQS → classification →
 * SQS → pre-review, and the project's status and event log show it.
 */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { useStack } from '../setup/context.js';
import { api, eventually, token } from '../support/api.js';
import { hongshanSmallBuild } from '../support/applications.js';

const stack = useStack();
const http = api(stack.baseUrl);
const PRE_REVIEWED = ['returned', 'rejected', 'pending_review', 'in_library'];

describe('POST /v1/projects → classification → pre-review', () => {
  it('accepts an application with 202 and the project reaches its pre-review status', async () => {
    const t = await token({ sub: 'e2e-dept', role: 'department', dept: 'D001', jur: 'hongshan' });
    const created = await http.post('/v1/projects', hongshanSmallBuild(), t);
    expect(created.status).toBe(202);
    expect(created.body.status).toBe('submitted');
    expect(created.headers.get('location')).toBe(`/v1/projects/${created.body.id}`);

    const done = await eventually(() => http.get(`/v1/projects/${created.body.id}`, t), (r) => PRE_REVIEWED.includes(r.body?.status));
    expect(PRE_REVIEWED).toContain(done.body.status);
    expect(done.body.classification.category).toBe('build');
    expect(done.body.classification.approvalPath).not.toBe('');
    expect(done.body.preReview.packVersion).toBeTruthy();

    const events = await http.get(`/v1/projects/${created.body.id}/events`, t);
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(['submitted', 'classified', 'pre_reviewed']);
    expect(events.body.items[1].ruleIds).toContain('HS-12-path-below-600k');
  });

  it('honours Idempotency-Key: a retried POST returns the first project', async () => {
    const t = await token({ sub: 'e2e-dept', role: 'department', dept: 'D002', jur: 'hongshan' });
    const key = `e2e-${randomUUID()}`;
    const first = await http.post('/v1/projects', hongshanSmallBuild(), t, { 'idempotency-key': key });
    const again = await http.post('/v1/projects', hongshanSmallBuild(), t, { 'idempotency-key': key });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await http.post('/v1/projects', hongshanSmallBuild({ name: '另一个项目' }), t, { 'idempotency-key': key });
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('bad input gets 4xx with the error shape and stores nothing', () => {
  it('bad JSON → 400 INVALID_JSON', async () => {
    const t = await token({ sub: 'e2e-dept', role: 'department', dept: 'D003', jur: 'hongshan' });
    const r = await http.raw('POST', '/v1/projects', { token: t, raw: '{"name": "x"' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'INVALID_JSON', details: [{ path: '(body)' }] });
    expect((await http.get('/v1/projects', t)).body.items).toEqual([]);
  });

  it('a body failing validation → 400 VALIDATION_FAILED with Chinese messages and field paths', async () => {
    const t = await token({ sub: 'e2e-dept', role: 'department', dept: 'D003', jur: 'hongshan' });
    const r = await http.post('/v1/projects', hongshanSmallBuild({ amounts: { total: '58万' }, targetYear: 'next' }), t);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    const paths = r.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['amounts.total', 'targetYear']));
    expect(r.body.error.details.find((d: { path: string }) => d.path === 'amounts.total').message).toMatch(/金额/);
    expect((await http.get('/v1/projects', t)).body.items).toEqual([]);
  });

  it('no token → 401; a finance token on the project routes → 403', async () => {
    expect((await http.post('/v1/projects', hongshanSmallBuild())).status).toBe(401);
    const fin = await token({ sub: 'e2e-fin', role: 'finance', jur: 'hongshan' });
    const r = await http.post('/v1/projects', hongshanSmallBuild(), fin);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('FORBIDDEN');
  });

  it("a department cannot read another department's project (404, nothing revealed)", async () => {
    const owner = await token({ sub: 'e2e-owner', role: 'department', dept: 'D010', jur: 'hongshan' });
    const other = await token({ sub: 'e2e-other', role: 'department', dept: 'D011', jur: 'hongshan' });
    const created = await http.post('/v1/projects', hongshanSmallBuild(), owner);
    const r = await http.get(`/v1/projects/${created.body.id}`, other);
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain('红山区政务服务事项管理系统');
  });
});

describe('a poison message in the real pipeline queue', () => {
  it('ends in the classification DLQ while the project messages of its batch are classified', async () => {
    const t = await token({ sub: 'e2e-dept', role: 'department', dept: 'D020', jur: 'hongshan' });
    const sqs = new SQSClient({ endpoint: stack.env.SQS_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const queue = stack.queues.find((q) => q.logicalId === 'ClassificationQueue')!;
    const dlq = stack.queues.find((q) => q.name === queue.dlqName)!;
    const a = await http.post('/v1/projects', hongshanSmallBuild({ name: '批次项目甲' }), t);
    const b = await http.post('/v1/projects', hongshanSmallBuild({ name: '批次项目乙' }), t);
    const poison = `not-json-${randomUUID()}`;
    await sqs.send(new SendMessageBatchCommand({
      QueueUrl: queue.url,
      Entries: [
        { Id: '1', MessageBody: JSON.stringify({ projectId: a.body.id, version: 1 }) },
        { Id: '2', MessageBody: poison },
        { Id: '3', MessageBody: JSON.stringify({ projectId: b.body.id, version: 1 }) },
      ],
    }));
    const dead = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }))).Messages ?? [],
      (m) => m.some((x) => x.Body === poison),
      90_000,
    );
    expect(dead.map((m) => m.Body)).toContain(poison);
    for (const id of [a.body.id, b.body.id]) {
      const p = await eventually(() => http.get(`/v1/projects/${id}`, t), (r) => PRE_REVIEWED.includes(r.body?.status));
      expect(PRE_REVIEWED).toContain(p.body.status);
      const events = await http.get(`/v1/projects/${id}/events`, t);
      expect(events.body.items.filter((e: { type: string }) => e.type === 'classified')).toHaveLength(1);
    }
  }, 150_000);
});
