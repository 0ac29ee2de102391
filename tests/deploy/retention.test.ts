/**
 * Decision 090: tables of production stages are retained and protected; other stages' tables go with the stack.
 * Prod is checked on the packaged template (CHECKS in template.test.ts); dev here on the resolved serverless.yml.
 */
import { describe, expect, it } from 'vitest';
import { productionStages, tableRetentionFindings } from '../../infra/deploy/checks.js';
import { resolvedConfig } from '../../infra/local/serverlessConfig.js';
import { DEPLOY_DIR } from './setup.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const prod = JSON.parse(readFileSync(resolve(DEPLOY_DIR, 'cloudformation-template-update-stack.json'), 'utf8')).Resources;

describe('table retention by stage', () => {
  it('prod is a production stage and dev is not', () => {
    expect(productionStages()).toContain('prod');
    expect(productionStages()).not.toContain('dev');
  });

  it('prod: Retain on delete and replace, deletion protection, point-in-time recovery', () => {
    expect(prod.ProjectsTable).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(prod.ProjectsTable.Properties).toMatchObject({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } });
    expect(tableRetentionFindings(prod, true)).toEqual([]);
    // The same table judged as a disposable stage's is wrong on all three counts.
    expect(tableRetentionFindings(prod, false)).toHaveLength(3);
  });

  it('dev: the table goes with the stack, unprotected', async () => {
    const dev = (await resolvedConfig('dev', { ...process.env, SLS_TELEMETRY_DISABLED: '1' })).resources.Resources as any;
    expect(dev.ProjectsTable).toMatchObject({ DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
    expect(dev.ProjectsTable.Properties.DeletionProtectionEnabled).toBe(false);
    expect(tableRetentionFindings(dev, false)).toEqual([]);
    expect(tableRetentionFindings(dev, true)).toHaveLength(3);
  }, 60_000);
});
