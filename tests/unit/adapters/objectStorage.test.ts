import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ObjectStorage } from '@gov/adapters';

describe('S3 presigned URLs', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    Object.assign(process.env, { DOCUMENTS_BUCKET: 'docs-bucket', AWS_REGION: 'cn-north-1', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: '' });
  });
  afterAll(() => {
    process.env = saved;
  });

  it('an upload URL signs content type and length and expires', async () => {
    const url = new URL(await s3ObjectStorage().presignPut('incoming/up-1', 'application/pdf', 1234, 900));
    expect(url.pathname).toContain('incoming/up-1');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host']));
  });

  it('a download URL expires after the given seconds and names the file', async () => {
    const url = new URL(await s3ObjectStorage().presignGet('documents/hongshan/D001/abc', 300, '实施方案'));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-disposition')).toContain(encodeURIComponent('实施方案'));
  });
});
