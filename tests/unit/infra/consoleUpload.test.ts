/** `pnpm deploy:console`'s commands (decision 220), checked without AWS: what is cached, what is deleted, what is invalidated. */
import { describe, expect, it } from 'vitest';
import { consoleUploadCommands, siteOutputs } from '../../../infra/deploy/consoleUpload.js';

const site = { bucket: 'gov-it-lifecycle-prod-console', distributionId: 'E2ABC', region: 'cn-north-1', dist: '/repo/packages/console/dist' };

describe('console upload', () => {
  const [sync, index, invalidate] = consoleUploadCommands(site);

  it('syncs the hashed assets with a year of caching and deletes what the build no longer has, index.html aside', () => {
    expect(sync.slice(0, 4)).toEqual(['s3', 'sync', site.dist, 's3://gov-it-lifecycle-prod-console']);
    expect(sync).toContain('--delete');
    expect(sync[sync.indexOf('--exclude') + 1]).toBe('index.html');
    expect(sync[sync.indexOf('--cache-control') + 1]).toBe('public,max-age=31536000,immutable');
    expect(sync[sync.indexOf('--region') + 1]).toBe('cn-north-1');
  });

  it('uploads index.html uncached after the assets it names, then invalidates only it', () => {
    expect(index.slice(0, 4)).toEqual(['s3', 'cp', '/repo/packages/console/dist/index.html', 's3://gov-it-lifecycle-prod-console/index.html']);
    expect(index[index.indexOf('--cache-control') + 1]).toBe('no-cache');
    expect(invalidate).toEqual(['cloudfront', 'create-invalidation', '--distribution-id', 'E2ABC', '--paths', '/index.html']);
  });

  it('reads the bucket and distribution from the stack outputs, and refuses a stack without them', () => {
    const outputs = [
      { OutputKey: 'ConsoleBucketName', OutputValue: 'b' },
      { OutputKey: 'ConsoleDistributionId', OutputValue: 'E1' },
      { OutputKey: 'ConsoleUrl', OutputValue: 'https://d1.cloudfront.cn' },
    ];
    expect(siteOutputs({ Stacks: [{ Outputs: outputs }] })).toEqual({ bucket: 'b', distributionId: 'E1', url: 'https://d1.cloudfront.cn' });
    expect(() => siteOutputs({ Stacks: [{ Outputs: outputs.slice(1) }] })).toThrow(/ConsoleBucketName/);
    expect(() => siteOutputs({ Stacks: [] })).toThrow(/deploy it first/);
  });
});
