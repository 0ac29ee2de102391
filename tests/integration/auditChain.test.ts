/** The event log's hash chain against the real DynamoDB Local: intact chains verify, a tampered event is named. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UpdateItemCommand, DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { getProject, saveProject, type StoredProject } from '@gov/adapters';
import { verifyProjectChain } from '@gov/domain';
import { awsDeps } from '../../services/wiring.js';
import { useStack } from '../setup/context.js';

const stack = useStack();
const ddb = new DynamoDBClient({ endpoint: stack.env.DYNAMODB_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

async function projectWithEvents(n: number): Promise<string> {
  const id = `chain-${randomUUID()}`;
  let state: StoredProject = { id, version: 1, jurisdiction: 'hongshan', departmentId: 'D-CHAIN', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), status: 'submitted' };
  await saveProject(state, { projectId: id, seq: 1, type: 'submitted', actor: 't', at: state.createdAt, payload: { amount: 1 } }, 0);
  for (let v = 2; v <= n; v++) {
    // Callers re-read the state (it carries lastEventHash) before writing the next version.
    state = { ...(await getProject(id))!, version: v, status: `step-${v}` };
    await saveProject(state, { projectId: id, seq: v, type: `step-${v}`, actor: 't', at: new Date().toISOString(), payload: { amount: v } }, v - 1);
  }
  return id;
}

const eventKey = (id: string, seq: number) => ({ pk: { S: `PROJECT#${id}` }, sk: { S: `EVENT#${String(seq).padStart(6, '0')}` } });

describe('event hash chain', () => {
  it('verifies an untouched history', async () => {
    const id = await projectWithEvents(4);
    expect(await verifyProjectChain(awsDeps(), id)).toEqual({ projectId: id, events: 4, ok: true, firstBreak: null });
  });

  it('names the first tampered event', async () => {
    const id = await projectWithEvents(5);
    await ddb.send(new UpdateItemCommand({ TableName: stack.env.PROJECTS_TABLE, Key: eventKey(id, 3), UpdateExpression: 'SET payload.amount = :x', ExpressionAttributeValues: { ':x': { N: '999999' } } }));
    const a = await verifyProjectChain(awsDeps(), id);
    expect(a.ok).toBe(false);
    expect(a.firstBreak).toEqual({ seq: 3, reason: 'hash does not match the event' });
  });

  it('names a removed event as a sequence gap', async () => {
    const id = await projectWithEvents(4);
    await ddb.send(new DeleteItemCommand({ TableName: stack.env.PROJECTS_TABLE, Key: eventKey(id, 2) }));
    expect((await verifyProjectChain(awsDeps(), id)).firstBreak).toEqual({ seq: 3, reason: 'sequence gap' });
  });
});
