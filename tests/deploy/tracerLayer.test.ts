/** Powertools Tracer from the layer `tracer`, not from each bundle (decision 192), in the packaged prod stage. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZipEntry } from '../../infra/deploy/zip.js';
import { DEPLOY_DIR } from './setup.js';

const template = JSON.parse(readFileSync(resolve(DEPLOY_DIR, 'cloudformation-template-update-stack.json'), 'utf8'));
const resources = Object.entries(template.Resources as Record<string, { Type: string; Properties: any }>);
const functions = resources.filter(([, r]) => r.Type === 'AWS::Lambda::Function');
const LAYER_PATH = 'nodejs/node_modules/@aws-lambda-powertools/tracer/';

describe('the Tracer layer', () => {
  it('is one layer version, and every function uses it', () => {
    expect(resources.filter(([, r]) => r.Type === 'AWS::Lambda::LayerVersion').map(([id]) => id)).toEqual(['TracerLambdaLayer']);
    expect(functions.length).toBeGreaterThanOrEqual(9);
    for (const [id, fn] of functions) expect([id, fn.Properties.Layers]).toEqual([id, [{ Ref: 'TracerLambdaLayer' }]]);
  });

  // (`captureAWSv3Client` stays: it is our own call, in packages/observability/src/tracer.ts.)
  it('no function bundle carries the Tracer or the X-Ray SDK; each requires the Tracer by name', () => {
    const zips = readdirSync(DEPLOY_DIR).filter((f) => f.endsWith('.zip') && f !== 'tracer.zip');
    expect(zips.length).toBe(functions.length);
    for (const zip of zips) {
      const handler = readZipEntry(resolve(DEPLOY_DIR, zip), (n) => n.endsWith('handler.cjs'));
      expect(handler, zip).toBeDefined();
      expect([zip, /aws-xray-sdk|cls-hooked|AWSXRay/.test(handler!.text)]).toEqual([zip, false]);
      expect([zip, handler!.text.includes('require("@aws-lambda-powertools/tracer")')]).toEqual([zip, true]);
    }
  });

  it('resolves from the layer path on NODE_PATH (the runtime\'s /opt/nodejs/node_modules) with nothing else installed', () => {
    const opt = mkdtempSync(join(tmpdir(), 'tracer-layer-'));
    for (const file of ['index.js', 'package.json']) {
      const entry = readZipEntry(resolve(DEPLOY_DIR, 'tracer.zip'), (n) => n === LAYER_PATH + file);
      expect(entry, file).toBeDefined();
      mkdirSync(dirname(join(opt, entry!.name)), { recursive: true });
      writeFileSync(join(opt, entry!.name), entry!.text);
    }
    const script = `const { Tracer } = require('@aws-lambda-powertools/tracer');
      const t = new Tracer({ serviceName: 'layer-check' });
      process.stdout.write(typeof t.captureAWSv3Client + ' ' + typeof t.annotateColdStart);`;
    // cwd outside the repository, so no node_modules of ours can answer instead of the layer.
    const out = execFileSync(process.execPath, ['-e', script], {
      cwd: opt,
      env: { PATH: process.env.PATH, NODE_PATH: join(opt, 'nodejs/node_modules'), AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' },
      encoding: 'utf8',
    });
    expect(out).toBe('function function');
  });
});
