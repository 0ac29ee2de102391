/**
 * One declaration per route (docs/decisions/200): every declared route is served by exactly one function, through
 * that function's serverless.yml event and its router's handler map, and nothing undeclared is served.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { apiRoutes, flagTypeSchema, jurisdictionSchema } from '@gov/schemas';
import { FLAG_TYPES } from '@gov/domain';
import { JURISDICTIONS } from '@gov/rules';

const root = resolve(import.meta.dirname, '../../..');

interface Fn { handler: string; events?: { http?: { method: string; path: string } }[] }

/** serverless.yml's functions: their handler module and the routes their http events give them. */
function functions(): { name: string; module: string; events: string[] }[] {
  const doc = parse(readFileSync(resolve(root, 'serverless.yml'), 'utf8')) as { functions: Record<string, Fn> };
  return Object.entries(doc.functions).map(([name, fn]) => ({
    name,
    module: resolve(root, `${fn.handler.replace(/\.[^.]+$/, '')}.ts`),
    // The catch-all only answers 404 in the error shape; it is no route of the API.
    events: (fn.events ?? []).flatMap((e) => (e.http && e.http.path !== '/{proxy+}' ? [`${e.http.method.toUpperCase()} ${e.http.path}`] : [])).sort(),
  }));
}

/** The routes a function's router serves (`httpRouter(...).served`), none for a function without HTTP. */
async function served(module: string): Promise<string[]> {
  const m = (await import(module)) as { http?: { served: string[] } };
  return [...(m.http?.served ?? [])].sort();
}

describe('route declarations, routers and serverless.yml', () => {
  it('each function serves exactly the routes of its http events', async () => {
    for (const fn of functions()) expect(await served(fn.module), fn.name).toEqual(fn.events);
  }, 60_000);

  it('every declared route is served by exactly one function, and no function serves an undeclared one', async () => {
    const servedBy = new Map<string, string[]>();
    for (const fn of functions()) for (const key of await served(fn.module)) servedBy.set(key, [...(servedBy.get(key) ?? []), fn.name]);
    const declared = apiRoutes().map((r) => r.key);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...servedBy.keys()].filter((k) => !declared.includes(k as never))).toEqual([]);
    expect(declared.filter((k) => servedBy.get(k)?.length !== 1).map((k) => [k, servedBy.get(k) ?? []])).toEqual([]);
  }, 60_000);

  it('the flag types and jurisdictions of the query schemas are the domain\'s and the rules\' lists', () => {
    expect(flagTypeSchema.options).toEqual([...FLAG_TYPES]);
    expect(jurisdictionSchema.options).toEqual([...JURISDICTIONS]);
  });
});
