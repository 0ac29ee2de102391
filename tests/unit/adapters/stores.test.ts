/**
 * The DynamoDB side of the domain's ports, with a mocked client: the domain's writes become the transaction items of
 * the due-date index, flags and systems; a lost version race is the port's `conflict` answer, other failures throw.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDbProjectStore, txItemsOf, type ObligationRecord } from '@gov/adapters';

const ddb = mockClient(DynamoDBDocumentClient);
process.env.PROJECTS_TABLE = 'projects-test';
beforeEach(() => ddb.reset());

const obligation: ObligationRecord = {
  subject: 'project', subjectId: 'p1', projectId: 'p1', ruleId: 'SD-23-apply-3m', key: 'main', jurisdiction: 'shandong', departmentId: 'D1',
  scan: 'tracker', due: '2027-02-28', provisional: false, obligation: '提交竣工验收申请报告', state: 'open',
};
const project = { id: 'p1', version: 2, jurisdiction: 'shandong', departmentId: 'D1', createdAt: '2026-01-05T00:00:00.000Z', lastEventHash: 'h1' };
const event = { projectId: 'p1', seq: 2, type: 't', actor: 'a', at: '2026-01-06T00:00:00.000Z', payload: {} };

describe('txItemsOf', () => {
  it('an open obligation enters the byDue index; a met one is written without its index keys', () => {
    const [open] = txItemsOf({ kind: 'obligation.put', obligation });
    expect(open.Put!.Item).toMatchObject({ pk: 'PROJECT#p1', sk: 'OBLIGATION#SD-23-apply-3m#main', dueBucket: 'DUE#tracker#shandong', dueKey: '2027-02-28#p1#SD-23-apply-3m#main' });
    const [met] = txItemsOf({ kind: 'obligation.put', obligation: { ...obligation, state: 'met', metOn: '2027-03-01' } });
    expect(met.Put!.Item).not.toHaveProperty('dueBucket');
    expect(met.Put!.Item).not.toHaveProperty('dueKey');
  });

  it('deletes, flag raises (never overwriting), flag closes and snapshots address the subject’s partition', () => {
    expect(txItemsOf({ kind: 'obligation.delete', subject: 'system', subjectId: 's1', ruleId: 'R', key: 'k' })[0].Delete!.Key).toEqual({ pk: 'SYSTEM#s1', sk: 'OBLIGATION#R#k' });
    const flag = { id: 'fl-1', type: 'overdue_acceptance', status: 'open' as const, subject: 'project' as const, subjectId: 'p1', projectId: 'p1', jurisdiction: 'shandong', departmentId: 'D1', ruleId: 'R', obligationKey: 'R#main', message: 'm', raisedOn: '2026-05-20', raisedAt: '2026-05-20T00:00:00Z' };
    expect(txItemsOf({ kind: 'flag.raise', flag })[0].Put).toMatchObject({ ConditionExpression: 'attribute_not_exists(pk)', Item: { pk: 'PROJECT#p1', sk: 'FLAG#fl-1', jurKey: 'FLAG#shandong' } });
    expect(txItemsOf({ kind: 'flag.close', subject: 'project', subjectId: 'p1', flagId: 'fl-1', closedOn: '2026-05-21', reason: 'r' })[0].Update).toMatchObject({ Key: { pk: 'PROJECT#p1', sk: 'FLAG#fl-1' }, ConditionExpression: 'attribute_exists(pk)' });
    expect(txItemsOf({ kind: 'system.snapshot', systemId: 's1', attributes: { projectVersion: 3 } })[0].Update).toMatchObject({ Key: { pk: 'SYSTEM#s1', sk: 'STATE' }, ExpressionAttributeValues: { ':a0': 3 } });
  });

  it('a system saved inside another transaction is two items: its state guarded by version, its chained event', () => {
    const items = txItemsOf({ kind: 'system.save', state: { id: 's1', version: 1 }, event: { ...event, systemId: 's1', seq: 1 }, expectedVersion: 0 });
    expect(items.map((i) => (i.Put!.Item as { sk: string }).sk)).toEqual(['STATE', 'EVENT#000001']);
    expect(items[0].Put!.ConditionExpression).toBe('attribute_not_exists(pk)');
  });
});

describe('DynamoDbProjectStore.save', () => {
  it('writes state, event and the domain writes in one transaction', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    const r = await new DynamoDbProjectStore().save(project, event, 1, [{ kind: 'obligation.put', obligation }]);
    expect(r).toHaveProperty('state.lastEventHash');
    expect(ddb.commandCalls(TransactWriteCommand)[0].args[0].input.TransactItems).toHaveLength(3);
  });

  it('a failed condition is a conflict; any other failure throws', async () => {
    ddb.on(TransactWriteCommand).rejectsOnce(new TransactionCanceledException({ message: 'x', $metadata: {}, CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }));
    expect(await new DynamoDbProjectStore().save(project, event, 1)).toEqual({ conflict: true });
    ddb.reset();
    ddb.on(TransactWriteCommand).rejects(new Error('network'));
    await expect(new DynamoDbProjectStore().save(project, event, 1)).rejects.toThrow('network');
  });
});
