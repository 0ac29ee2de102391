/** The packaged prod stage (tests/deploy/setup.ts) against issue 12: each check must find nothing. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS, stageFindings } from '../../infra/deploy/checks.js';
import { validateTemplate } from '../../infra/deploy/cfnSpec.js';
import type { Packaged } from '../../infra/deploy/packageStage.js';
import { DEPLOY_DIR } from './setup.js';

const text = readFileSync(resolve(DEPLOY_DIR, 'cloudformation-template-update-stack.json'), 'utf8');
const packaged: Packaged = { stage: 'prod', region: 'cn-north-1', dir: DEPLOY_DIR, template: JSON.parse(text), text };

describe('packaged stage prod', () => {
  for (const [name, check] of Object.entries(CHECKS)) {
    it(name, () => expect(check(packaged)).toEqual([]));
  }

  it('checks a real template, not an empty one', () => {
    const r = validateTemplate(packaged.template);
    expect(r.propertiesChecked).toBeGreaterThan(500);
    expect(r.refs).toBeGreaterThan(100);
    expect(r.getAtts).toBeGreaterThan(40);
  });

  it('leaves the bench baseline out', () => {
    const localOnly = parse(readFileSync(resolve(DEPLOY_DIR, '../../../serverless.yml'), 'utf8')).custom.localOnlyFunctions;
    expect(localOnly).toContain('benchBaseline');
    expect(stageFindings(packaged, localOnly)).toEqual([]);
    expect(Object.keys(packaged.template.Resources)).not.toContain('BenchBaselineLambdaFunction');
  });

  it('reads the JWT secret from SSM, even when the packaging shell had JWT_SECRET set', () => {
    expect(text).not.toContain('gov-it-lifecycle-local-development-secret-not-for-production');
    const env = (packaged.template.Resources.BudgetGateLambdaFunction.Properties as any).Environment.Variables;
    expect(env.JWT_SECRET_PARAMETER).toBe('/gov-it-lifecycle/prod/jwt-secret');
  });

  it('fans out both daily scans to the scan queue, and grants both scheduled functions the send (decision 090 §6)', () => {
    const inputs = Object.values(packaged.template.Resources as Record<string, any>)
      .filter((r) => r.Type === 'AWS::Events::Rule')
      .flatMap((r) => (r.Properties.Targets ?? []).map((t: any) => (typeof t.Input === 'string' ? JSON.parse(t.Input) : undefined)))
      .filter((i) => i && /^daily-/.test(i.job));
    expect(inputs.map((i) => [i.job, i.fanOut]).sort()).toEqual([['daily-deadline-scan', true], ['daily-filing-scan', true]]);
    for (const fn of ['AcceptanceTrackerLambdaFunction', 'FilingLambdaFunction']) {
      expect((packaged.template.Resources[fn].Properties as any).Environment.Variables.SCAN_QUEUE_NAME).toBeTruthy();
    }
  });
});
