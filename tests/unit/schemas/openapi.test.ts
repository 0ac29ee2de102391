/** The OpenAPI document: valid for a real validator, and covering every HTTP route of serverless.yml. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { apiRoutes, errorStatusesOf, openApiDocument } from '@gov/schemas';

const root = resolve(import.meta.dirname, '../../..');

function serverlessRoutes(): string[] {
  // CloudFormation tags (!Ref …) are not used in serverless.yml; plain YAML parsing is enough.
  const doc = parse(readFileSync(resolve(root, 'serverless.yml'), 'utf8'));
  const out: string[] = [];
  for (const fn of Object.values(doc.functions) as { events?: { http?: { method: string; path: string } }[] }[]) {
    // The catch-all only answers 404 in the error shape; it is no route of the API.
    for (const e of fn.events ?? []) if (e.http && e.http.path !== '/{proxy+}') out.push(`${e.http.method.toLowerCase()} ${e.http.path}`);
  }
  return out.sort();
}

describe('GET /v1/openapi.json document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await openApiDocument();
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents every HTTP route declared in serverless.yml, and no other', async () => {
    const doc = await openApiDocument();
    const documented = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`)).sort();
    expect(documented).toEqual(serverlessRoutes());
  });

  it('describes request bodies from the zod schemas, with the error shape for 400', async () => {
    const post = ((await openApiDocument()).paths as any)['/v1/projects'].post;
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Application');
    expect(post.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });

  it('passes Redocly lint (recommended rules) with no error and no warning', () => {
    const out = execFileSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'infra/openapi-lint.ts')], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('redocly lint: 0 errors, 0 warnings');
  }, 60_000);

  it('gives every operation its own operationId', async () => {
    const ids = Object.values((await openApiDocument()).paths ?? {}).flatMap((ops) => Object.values(ops as Record<string, { operationId?: string }>).map((o) => o.operationId));
    expect(ids.filter((id) => typeof id !== 'string' || !/^[a-z][A-Za-z0-9]+$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares the error statuses implied by the shape of each route, each with the error schema', async () => {
    const paths = (await openApiDocument()).paths as Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }>>;
    for (const r of apiRoutes()) {
      const responses = paths[r.path][r.method].responses;
      const declared = Object.keys(responses).map(Number).filter((s) => s >= 400);
      expect(declared, `${r.method} ${r.path}`).toEqual(errorStatusesOf(r));
      for (const s of declared) expect(responses[s].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
      if (r.body) expect(declared).toEqual(expect.arrayContaining([400, 413, 415]));
      if (r.headers?.shape['idempotency-key']) expect(declared).toEqual(expect.arrayContaining([409, 422]));
    }
  });

  it('describes file downloads with their own media type, not JSON', async () => {
    const paths = (await openApiDocument()).paths as any;
    expect(Object.keys(paths['/v1/plans/{id}/workbook'].get.responses['200'].content)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(Object.keys(paths['/v1/plans/{id}/print'].get.responses['200'].content)).toEqual(['text/html']);
  });
});
