/**
 * The commands that publish the built console to its deployed site (decision 220): hashed assets cached for a year,
 * index.html never cached (it names the current assets), files gone from the build deleted, then CloudFront told to
 * drop its copy of index.html. Pure, so a unit test checks them without AWS.
 */
export interface ConsoleSite {
  bucket: string;
  distributionId: string;
  region: string;
  /** The built console (packages/console/dist). */
  dist: string;
}

export const stackName = (service: string, stage: string) => `${service}-${stage}`;

/** `aws` argument lists, in order. */
export function consoleUploadCommands(s: ConsoleSite): string[][] {
  const target = `s3://${s.bucket}`;
  return [
    ['s3', 'sync', s.dist, target, '--region', s.region, '--delete', '--exclude', 'index.html', '--cache-control', 'public,max-age=31536000,immutable'],
    ['s3', 'cp', `${s.dist}/index.html`, `${target}/index.html`, '--region', s.region, '--cache-control', 'no-cache', '--content-type', 'text/html; charset=utf-8'],
    ['cloudfront', 'create-invalidation', '--distribution-id', s.distributionId, '--paths', '/index.html'],
  ];
}

/** The stack outputs the upload needs, from `aws cloudformation describe-stacks` JSON. */
export function siteOutputs(describeStacks: { Stacks?: { Outputs?: { OutputKey: string; OutputValue: string }[] }[] }): { bucket: string; distributionId: string; url?: string } {
  const outputs = new Map((describeStacks.Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const bucket = outputs.get('ConsoleBucketName');
  const distributionId = outputs.get('ConsoleDistributionId');
  if (!bucket || !distributionId) throw new Error('the stack has no ConsoleBucketName / ConsoleDistributionId output: deploy it first (npx serverless deploy)');
  return { bucket, distributionId, url: outputs.get('ConsoleUrl') };
}
