/**
 * DynamoDB adapter of the documents' store (same table as projects). Upload requests: pk UPLOAD#<id>, sk UPLOAD,
 * settled once by a conditional update (pending → verified | rejected). Verified versions: pk
 * DOCS#<jurisdiction>#<department>, sk SHA#<sha256> — content-addressed and written only if absent, so a version
 * once verified is never overwritten. Shapes mirror packages/domain/src/documents/ports.ts (checked where wired).
 */
import { BatchGetCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dynamo } from './clients.js';
import { projectsTable } from './projectStore.js';

export interface UploadItem {
  uploadId: string;
  jurisdiction: string;
  departmentId: string;
  state: 'pending' | 'verified' | 'rejected';
  sha256: string;
}

export interface VerifiedItem {
  sha256: string;
  jurisdiction: string;
  departmentId: string;
}

const uploadKey = (id: string) => ({ pk: `UPLOAD#${id}`, sk: 'UPLOAD' });
const docKey = (jurisdiction: string, departmentId: string, sha256: string) => ({ pk: `DOCS#${jurisdiction}#${departmentId}`, sk: `SHA#${sha256}` });
const strip = <T>(item: Record<string, unknown> | undefined): T | undefined => {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
};
const isConditionFailure = (e: unknown) => e instanceof ConditionalCheckFailedException || (e as { name?: string })?.name === 'ConditionalCheckFailedException';

export function dynamoDocumentStore<U extends UploadItem, V extends VerifiedItem>() {
  return {
    async putUpload(u: U): Promise<void> {
      await dynamo().send(new PutCommand({ TableName: projectsTable(), Item: { ...u, ...uploadKey(u.uploadId) }, ConditionExpression: 'attribute_not_exists(pk)' }));
    },
    async getUpload(uploadId: string): Promise<U | undefined> {
      const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: uploadKey(uploadId), ConsistentRead: true }));
      return strip<U>(r.Item);
    },
    async settleUpload(u: U): Promise<boolean> {
      try {
        await dynamo().send(new PutCommand({
          TableName: projectsTable(), Item: { ...u, ...uploadKey(u.uploadId) },
          ConditionExpression: '#s = :pending', ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':pending': 'pending' },
        }));
        return true;
      } catch (e) {
        if (isConditionFailure(e)) return false;
        throw e;
      }
    },
    async putVerified(d: V): Promise<V> {
      const key = docKey(d.jurisdiction, d.departmentId, d.sha256);
      try {
        await dynamo().send(new PutCommand({ TableName: projectsTable(), Item: { ...d, ...key }, ConditionExpression: 'attribute_not_exists(pk)' }));
        return d;
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
        const r = await dynamo().send(new GetCommand({ TableName: projectsTable(), Key: key, ConsistentRead: true }));
        return strip<V>(r.Item)!;
      }
    },
    async verified(jurisdiction: string, departmentId: string, sha256s: readonly string[]): Promise<V[]> {
      const unique = [...new Set(sha256s)];
      const out: V[] = [];
      // BatchGet takes at most 100 keys; an application declares at most 100 documents.
      for (let i = 0; i < unique.length; i += 100) {
        let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((s) => docKey(jurisdiction, departmentId, s));
        for (let round = 0; keys?.length && round < 5; round++) {
          const r = await dynamo().send(new BatchGetCommand({ RequestItems: { [projectsTable()]: { Keys: keys, ConsistentRead: true } } }));
          for (const item of r.Responses?.[projectsTable()] ?? []) out.push(strip<V>(item)!);
          keys = r.UnprocessedKeys?.[projectsTable()]?.Keys as Record<string, unknown>[] | undefined;
        }
      }
      return out;
    },
  };
}
