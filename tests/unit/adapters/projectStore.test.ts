/** The DynamoDB adapter with a mocked client: what it sends, and how conditional failures surface. */
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { eventHash, GENESIS, getProject, saveProject, verifyChain, VersionConflict, type StoredProject } from '@gov/adapters';

const ddb = mockClient(DynamoDBDocumentClient);
process.env.PROJECTS_TABLE = 'projects-test';

const state = (version: number, extra: Partial<StoredProject> = {}): StoredProject => ({
  id: 'p1', version, jurisdiction: 'hongshan', departmentId: 'D1', createdAt: '2026-11-23T00:00:00.000Z', updatedAt: '2026-11-23T00:00:00.000Z', status: 'submitted', ...extra,
});
const event = (seq: number) => ({ projectId: 'p1', seq, type: 't', actor: 'a', at: '2026-11-23T00:00:00.000Z', payload: { seq } });

beforeEach(() => ddb.reset());

describe('saveProject', () => {
  it('creates: state guarded by attribute_not_exists, event chained to GENESIS, index keys set', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    await saveProject(state(1), event(1), 0);
    const items = ddb.commandCalls(TransactWriteCommand)[0].args[0].input.TransactItems!;
    expect(items[0].Put!.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(items[0].Put!.Item).toMatchObject({ pk: 'PROJECT#p1', sk: 'STATE', deptKey: 'hongshan#D1', jurKey: 'hongshan' });
    const { pk, sk, ...ev } = items[1].Put!.Item!;
    expect({ pk, sk, prevHash: ev.prevHash }).toEqual({ pk: 'PROJECT#p1', sk: 'EVENT#000001', prevHash: GENESIS });
    expect(ev.hash).toBe(eventHash(ev, GENESIS));
    expect(items[0].Put!.Item!.lastEventHash).toBe(ev.hash);
  });

  it('updates: guarded by the expected version, chained to the previous hash', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    await saveProject(state(3, { lastEventHash: 'abc' }), event(3), 2);
    const items = ddb.commandCalls(TransactWriteCommand)[0].args[0].input.TransactItems!;
    expect(items[0].Put!.ConditionExpression).toBe('version = :v');
    expect(items[0].Put!.ExpressionAttributeValues).toEqual({ ':v': 2 });
    expect(items[1].Put!.Item).toMatchObject({ sk: 'EVENT#000003', prevHash: 'abc' });
  });

  it('turns a cancelled transaction on a condition into VersionConflict', async () => {
    ddb.on(TransactWriteCommand).rejects(new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }] }));
    await expect(saveProject(state(2), event(2), 1)).rejects.toBeInstanceOf(VersionConflict);
  });

  it('lets other failures through unchanged', async () => {
    ddb.on(TransactWriteCommand).rejects(new Error('throttled'));
    await expect(saveProject(state(2), event(2), 1)).rejects.toThrow('throttled');
  });

  it('refuses a version that does not advance by one', async () => {
    await expect(saveProject(state(3), event(3), 1)).rejects.toThrow(/advance by one/);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });
});

describe('getProject', () => {
  it('reads consistently and strips the storage keys', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: 'PROJECT#p1', sk: 'STATE', deptKey: 'x', jurKey: 'y', createdKey: 'z', ...state(1) } });
    expect(await getProject('p1')).toEqual(state(1));
    expect(ddb.commandCalls(GetCommand)[0].args[0].input).toMatchObject({ ConsistentRead: true, Key: { pk: 'PROJECT#p1', sk: 'STATE' } });
  });
});

describe('verifyChain', () => {
  it('holds for a correct chain and names a broken one', () => {
    const e1: Record<string, any> = { ...event(1), prevHash: GENESIS };
    e1.hash = eventHash(e1, GENESIS);
    const e2: Record<string, any> = { ...event(2), prevHash: e1.hash };
    e2.hash = eventHash(e2, e1.hash);
    expect(verifyChain([e1, e2] as never)).toBeNull();
    expect(verifyChain([e1, { ...e2, payload: { seq: 99 } }] as never)).toEqual({ seq: 2, reason: 'hash does not match the event' });
  });
});
