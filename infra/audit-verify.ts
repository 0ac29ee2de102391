/**
 * `pnpm audit:verify [--project <id>] [--jur <jurisdiction>]`: checks the event hash chains of one project or the
 * whole library against the running local DynamoDB (or DYNAMODB_ENDPOINT / PROJECTS_TABLE), names the first broken
 * link of each broken project, and exits 1 when any chain is broken.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { project: { type: 'string' }, jur: { type: 'string' } } });
process.env.DYNAMODB_ENDPOINT ??= 'http://127.0.0.1:8000';
process.env.PROJECTS_TABLE ??= 'gov-it-lifecycle-local-projects';
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';

const { verifyLibraryChains, verifyProjectChain } = await import('../packages/domain/src/audit.js');
const { awsDeps } = await import('../services/wiring.js');
const deps = awsDeps();

if (values.project) {
  const a = await verifyProjectChain(deps, values.project);
  console.log(a.ok ? `OK ${a.projectId}: ${a.events} events, chain intact` : `BROKEN ${a.projectId}: first broken link at event ${a.firstBreak!.seq} (${a.firstBreak!.reason})`);
  process.exit(a.ok ? 0 : 1);
}
const lib = await verifyLibraryChains(deps, values.jur ? [values.jur] : undefined);
console.log(`checked ${lib.projects} projects, ${lib.events} events`);
for (const b of lib.broken) console.log(`BROKEN ${b.projectId}: first broken link at event ${b.firstBreak!.seq} (${b.firstBreak!.reason})`);
console.log(lib.broken.length ? `${lib.broken.length} broken chain(s)` : 'all chains intact');
process.exit(lib.broken.length ? 1 : 0);
