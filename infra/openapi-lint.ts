/**
 * `pnpm openapi:lint`: lints the OpenAPI document the API serves with Redocly's recommended rules; any error or
 * warning fails (exit 1). Redocly's telemetry and update check are switched off: nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApiDocument } from '@gov/schemas';

const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(await openApiDocument(), null, 2));
const redocly = resolve(import.meta.dirname, '../node_modules/.bin/redocly');
let report: string;
try {
  report = execFileSync(redocly, ['lint', file, '--format=json'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
} catch (e) {
  report = String((e as { stdout?: string }).stdout ?? '');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { totals, problems } = JSON.parse(report) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
for (const p of problems) console.log(`${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
console.log(`redocly lint: ${totals.errors} errors, ${totals.warnings} warnings`);
process.exit(totals.errors + totals.warnings === 0 ? 0 : 1);
