/** The console's committed API document and generated types match what the API serves today (else: pnpm console:api). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILE, generateApiFiles, TYPES_FILE } from '../../../packages/console/scripts/apiTypes.js';

describe('console API client types', () => {
  it('are generated from the current OpenAPI document', async () => {
    const { document, types } = await generateApiFiles();
    expect(readFileSync(DOCUMENT_FILE, 'utf8'), 'packages/console/src/api/openapi.json is stale: run pnpm console:api').toBe(document);
    expect(readFileSync(TYPES_FILE, 'utf8'), 'packages/console/src/api/schema.d.ts is stale: run pnpm console:api').toBe(types);
    // The generated types name the routes the console calls.
    for (const path of ['/v1/projects', '/v1/projects/{id}/reviews', '/v1/budget-gate/checks', '/v1/audit/chains']) expect(types).toContain(`"${path}"`);
    // Generating the types takes seconds when the machine is loaded (CI runs the stacks beside it).
  }, 60_000);
});
