/**
 * The rules read no clock: "today" is always a parameter (the evaluation day), so a decision can be replayed for any
 * date. dependency-cruiser cannot see `Date.now()` or `new Date()` (globals, not imports); this test can.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const RULES = join(ROOT, 'packages/rules/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Lines reading the clock: Date.now(), new Date() without arguments, performance.now(). */
function clockReads(text: string): number[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
  return code.split('\n').flatMap((line, i) => (/\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bperformance\.now\s*\(/.test(line) ? [i + 1] : []));
}

describe('packages/rules reads no clock', () => {
  it('the detector sees each form and ignores dates built from a value or mentioned in comments', () => {
    expect(clockReads('const a = Date.now();\nconst b = new Date();\nconst c = new Date( );\nconst d = performance.now();')).toEqual([1, 2, 3, 4]);
    expect(clockReads("const a = new Date('2026-01-01');\n// Date.now() is not used\n/* new Date() */\nconst b = new Date(ms);")).toEqual([]);
  });

  it('no source file of packages/rules reads the clock', () => {
    const files = sources(RULES);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) => clockReads(readFileSync(f, 'utf8')).map((line) => `${relative(ROOT, f)}:${line}`));
    expect(offenders).toEqual([]);
  });
});
