/**
 * Test stacks use fixed ports away from `pnpm start`'s; TEST_PORT_OFFSET shifts them all so that two test runs
 * (e.g. two developers' worktrees on one machine) never collide.
 */
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);

export const INTEGRATION_PORTS = { http: 0, lambda: 0, dynamodb: 18000 + offset, sqs: 19324 + offset };
export const E2E_PORTS = { http: 13000 + offset, lambda: 13002 + offset, dynamodb: 18100 + offset, sqs: 19424 + offset };
export const E2E_BUILD_FOLDER = `.esbuild-e2e${offset ? `-${offset}` : ''}`;

/** The browser suite's own full stack plus the console server (ports no other suite uses: load has 18200/19524). */
export const BROWSER_PORTS = { http: 13200 + offset, lambda: 13202 + offset, dynamodb: 18500 + offset, sqs: 19824 + offset, console: 15173 + offset };
export const BROWSER_BUILD_FOLDER = `.esbuild-browser${offset ? `-${offset}` : ''}`;
