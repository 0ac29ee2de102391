/**
 * Builds each deployed function's bundle with the esbuild settings of serverless.yml (custom.esbuild), the same
 * ones `serverless package` uses, so the cold-start bench measures what would be deployed without packaging zips.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Bundle {
  name: string;
  file: string;
  bytes: number;
  /** Output bytes by package (node_modules) or workspace folder, largest first (esbuild metafile). */
  parts: [string, number][];
}

/** `node_modules/.pnpm/x@1/node_modules/@scope/pkg/…` → `@scope/pkg`; `packages/rules/src/packs/…` → `packages/rules/src/packs`. */
function partOf(input: string): string {
  const m = input.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  return m ? m[1] : input.split('/').slice(0, 4).join('/');
}

interface Config {
  custom: { esbuild: Record<string, any>; localOnlyFunctions?: string[] };
  provider: { environment: Record<string, string> };
  functions: Record<string, { handler: string }>;
}

export function serverlessConfig(): Config {
  return parse(readFileSync(resolve(ROOT, 'serverless.yml'), 'utf8')) as Config;
}

/** The functions a deployed stage has (local-only ones left out) and the bare yardstick. */
export async function buildBundles(outDir: string): Promise<{ functions: Bundle[]; bare: Bundle }> {
  const config = serverlessConfig();
  const e = config.custom.esbuild;
  const plugins = e.plugins ? (createRequire(import.meta.url)(resolve(ROOT, e.plugins)) as Plugin[]) : [];
  mkdirSync(outDir, { recursive: true });
  const one = async (name: string, entry: string): Promise<Bundle> => {
    const file = resolve(outDir, `${name}.cjs`);
    const { metafile } = await build({
      metafile: true,
      entryPoints: [resolve(ROOT, entry)],
      outfile: file,
      bundle: true,
      minify: e.minify,
      minifyWhitespace: e.minifyWhitespace,
      minifySyntax: e.minifySyntax,
      minifyIdentifiers: e.minifyIdentifiers,
      charset: e.charset,
      sourcemap: e.sourcemap,
      target: e.target,
      platform: e.platform,
      format: e.format,
      external: e.exclude,
      supported: e.supported,
      plugins,
      logLevel: 'error',
    });
    const parts = new Map<string, number>();
    for (const out of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
    }
    return { name, file, bytes: statSync(file).size, parts: [...parts].sort((a, b) => b[1] - a[1]) };
  };
  const localOnly = new Set(config.custom.localOnlyFunctions ?? []);
  const functions: Bundle[] = [];
  for (const [name, fn] of Object.entries(config.functions)) {
    if (localOnly.has(name)) continue;
    functions.push(await one(name, fn.handler.replace(/\.[^.]+$/, '.ts')));
  }
  return { functions, bare: await one('bare-handler', 'bench/coldstart/bareHandler.ts') };
}
