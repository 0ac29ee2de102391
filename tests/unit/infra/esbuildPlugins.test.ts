/** The bundles' esbuild plugins change what is shipped, never what the code answers: the bundled module against the source. */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chineseDaysEntries, chineseDaysHasYear, chineseDaysYears } from '../../../packages/rules/src/calendar/chineseDaysData.js';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const plugins = require(resolve(root, 'infra/serverless/esbuild-plugins.cjs')) as Plugin[];

describe('chinese-days schedules only', () => {
  it('answers every year as the full data does, from less than two thirds of its bytes', async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'plugins-')), 'chineseDaysData.cjs');
    const { metafile } = await build({
      entryPoints: [resolve(root, 'packages/rules/src/calendar/chineseDaysData.ts')],
      outfile, bundle: true, platform: 'node', format: 'cjs', plugins, metafile: true, logLevel: 'error',
    });
    const bundled = require(outfile) as typeof import('../../../packages/rules/src/calendar/chineseDaysData.js');
    expect(bundled.chineseDaysYears()).toEqual(chineseDaysYears());
    expect(chineseDaysYears()).toContain(2004);
    expect(chineseDaysYears()).toContain(2026);
    for (let y = 2000; y <= 2030; y++) {
      expect(bundled.chineseDaysHasYear(y)).toBe(chineseDaysHasYear(y));
      expect(bundled.chineseDaysEntries(y)).toEqual(chineseDaysEntries(y));
    }
    const json = Object.entries(metafile.inputs).find(([p]) => p.endsWith('chinese-days.json'))!;
    expect(json[1].bytes).toBeLessThan(37_430 * (2 / 3));
  });
});

describe('catalogue entries as rows', () => {
  it('exports exactly the entries of the JSON, from less than half its bytes', async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'plugins-')), 'catalogue.cjs');
    const source = resolve(root, 'packages/rules/src/catalogue/entries.json');
    await build({
      stdin: { contents: `export { default } from ${JSON.stringify(source)} with { type: 'json' };`, resolveDir: root, loader: 'ts' },
      outfile, bundle: true, minify: true, charset: 'utf8', platform: 'node', format: 'cjs', plugins, logLevel: 'error',
    });
    const entries = JSON.parse(readFileSync(source, 'utf8'));
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.some((e: { markedOverridable: boolean }) => e.markedOverridable)).toBe(true);
    expect(entries.some((e: { markedOverridable: boolean }) => !e.markedOverridable)).toBe(true);
    expect((require(outfile) as { default: unknown }).default).toEqual(entries);
    expect(statSync(outfile).size).toBeLessThan(statSync(source).size / 2);
  });
});
