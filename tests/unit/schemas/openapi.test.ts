/** The OpenAPI document: valid for a real validator, and covering every HTTP route of serverless.yml. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@gov/schemas';

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
    const doc = openApiDocument();
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents every HTTP route declared in serverless.yml, and no other', () => {
    const doc = openApiDocument();
    const documented = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`)).sort();
    expect(documented).toEqual(serverlessRoutes());
  });

  it('describes request bodies from the zod schemas, with the error shape for 400', () => {
    const post = (openApiDocument().paths as any)['/v1/projects'].post;
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/Application');
    expect(post.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });
});
