/**
 * `pnpm audit:verify` as a script sees it: it finds DynamoDB through DYNAMODB_PORT (the probe's stack ran on 8300
 * while the command read 8000), and its exit code tells intact (0), broken (1), usage error (2) and cannot
 * connect (3) apart.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { saveProject, type StoredProject } from '@gov/adapters';
import { useStack } from '../setup/context.js';

const stack = useStack();
const root = resolve(import.meta.dirname, '../..');
const port = new URL(stack.env.DYNAMODB_ENDPOINT).port;

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const { DYNAMODB_ENDPOINT: _e, ...rest } = process.env;
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', resolve(root, 'infra/audit-verify.ts'), ...args], { cwd: root, env: { ...rest, PROJECTS_TABLE: stack.env.PROJECTS_TABLE, ...env } }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: stdout + stderr }));
  });
}

async function project(): Promise<string> {
  const id = `cli-${randomUUID()}`;
  const state: StoredProject = { id, version: 1, jurisdiction: 'hongshan', departmentId: 'D-CLI', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), status: 'submitted' };
  await saveProject(state, { projectId: id, seq: 1, type: 'submitted', actor: 't', at: state.createdAt, payload: { amount: 1 } }, 0);
  return id;
}

describe('pnpm audit:verify', () => {
  it('reads the database on DYNAMODB_PORT and exits 0 for an intact chain', async () => {
    const id = await project();
    const r = await cli(['--project', id], { DYNAMODB_PORT: port });
    expect(r.out).toContain(`OK ${id}`);
    expect(r.code).toBe(0);
  });

  it('exits 1 for a broken chain', async () => {
    const id = await project();
    const ddb = new DynamoDBClient({ endpoint: stack.env.DYNAMODB_ENDPOINT, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ddb.send(new UpdateItemCommand({ TableName: stack.env.PROJECTS_TABLE, Key: { pk: { S: `PROJECT#${id}` }, sk: { S: 'EVENT#000001' } }, UpdateExpression: 'SET payload.amount = :x', ExpressionAttributeValues: { ':x': { N: '2' } } }));
    const r = await cli(['--project', id], { DYNAMODB_PORT: port });
    expect(r.out).toContain(`BROKEN ${id}`);
    expect(r.code).toBe(1);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli(['--bogus'], { DYNAMODB_PORT: port })).code).toBe(2);
    expect((await cli(['--jur', 'atlantis'], { DYNAMODB_PORT: port })).code).toBe(2);
  });

  it('exits 3, naming the endpoint, when nothing listens on DYNAMODB_PORT', async () => {
    const r = await cli([], { DYNAMODB_PORT: '1' });
    expect(r.code).toBe(3);
    expect(r.out).toContain('http://127.0.0.1:1');
  });
});
