/**
 * `pnpm audit:verify [--project <id>] [--jur <jurisdiction>]`: checks the event hash chains of one project or the
 * whole library against the running local DynamoDB and names the first broken link of each broken project.
 * DynamoDB is DYNAMODB_ENDPOINT, else 127.0.0.1:DYNAMODB_PORT (as `pnpm start` uses it), else 127.0.0.1:8000.
 *
 * Exit codes (README): 0 every chain intact, 1 a chain is broken, 2 usage error, 3 DynamoDB or its table cannot
 * be reached — so a script never takes "could not look" for "tampered" or the reverse.
 */
import { parseArgs } from 'node:util';
import { JURISDICTION_IDS } from '../packages/http/src/auth.js';

export const EXIT = { intact: 0, broken: 1, usage: 2, unreachable: 3 } as const;
const USAGE = `usage: pnpm audit:verify [--project <id>] [--jur ${JURISDICTION_IDS.join('|')}]  (DYNAMODB_PORT or DYNAMODB_ENDPOINT selects the database)`;

let values: { project?: string; jur?: string };
try {
  ({ values } = parseArgs({ options: { project: { type: 'string' }, jur: { type: 'string' } }, strict: true, allowPositionals: false }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(EXIT.usage);
}
if (values.jur !== undefined && !(JURISDICTION_IDS as readonly string[]).includes(values.jur)) {
  console.error(`--jur must be one of ${JURISDICTION_IDS.join(', ')}\n${USAGE}`);
  process.exit(EXIT.usage);
}
const port = process.env.DYNAMODB_PORT ?? '8000';
if (!process.env.DYNAMODB_ENDPOINT && !/^\d{1,5}$/.test(port)) {
  console.error(`DYNAMODB_PORT must be a port number, got ${JSON.stringify(port)}\n${USAGE}`);
  process.exit(EXIT.usage);
}
process.env.DYNAMODB_ENDPOINT ||= `http://127.0.0.1:${port}`;
process.env.PROJECTS_TABLE ??= 'gov-it-lifecycle-local-projects';
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

const { verifyLibraryChains, verifyProjectChain } = await import('../packages/domain/src/audit.js');
const { awsDeps } = await import('../services/wiring.js');
const deps = awsDeps();

const unreachable = (e: unknown): never => {
  console.error(`cannot read ${process.env.PROJECTS_TABLE} at ${process.env.DYNAMODB_ENDPOINT}: ${(e as Error).name}: ${(e as Error).message}`);
  console.error('is the local stack running (pnpm start), on this DYNAMODB_PORT?');
  process.exit(EXIT.unreachable);
};

if (values.project) {
  const a = await verifyProjectChain(deps, values.project).catch(unreachable);
  console.log(a.ok ? `OK ${a.projectId}: ${a.events} events, chain intact` : `BROKEN ${a.projectId}: first broken link at event ${a.firstBreak!.seq} (${a.firstBreak!.reason})`);
  process.exit(a.ok ? EXIT.intact : EXIT.broken);
}
const lib = await verifyLibraryChains(deps, values.jur ? [values.jur] : undefined).catch(unreachable);
console.log(`checked ${lib.projects} projects, ${lib.events} events`);
for (const b of lib.broken) console.log(`BROKEN ${b.projectId}: first broken link at event ${b.firstBreak!.seq} (${b.firstBreak!.reason})`);
console.log(lib.broken.length ? `${lib.broken.length} broken chain(s)` : 'all chains intact');
process.exit(lib.broken.length ? EXIT.broken : EXIT.intact);
