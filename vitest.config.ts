import { defineConfig } from 'vitest/config';

/**
 * Three suites in one run: unit (pure, mocks allowed for AWS clients), integration (real DynamoDB Local and SQS
 * emulator, started by the setup) and e2e (the whole local stack over HTTP). Each stack-backed suite uses its own
 * ports, so they can run side by side and next to a developer's `pnpm start`.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/setup/summaryReporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The deployable stage: packaged once (serverless package, offline), then its template and bundles checked.
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], globalSetup: ['tests/deploy/setup.ts'], hookTimeout: 240_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/emulators.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The files share the emulators' queues: one at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/localStack.ts'],
          // Every answer is validated against the served OpenAPI document (tests/support/contract.ts).
          env: { API_CONTRACT_CHECK: '1' },
          testTimeout: 90_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        // Hostile input over HTTP against its own local stack (ports of its own, so it runs beside e2e). Short by
        // default (FUZZ_RUNS=60 per route); `pnpm test:fuzz` runs the full form (FUZZ_RUNS=10000).
        test: {
          name: 'fuzz',
          include: ['tests/fuzz/**/*.test.ts'],
          globalSetup: ['tests/fuzz/setup/fuzzStack.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        // The web console in Debian's Chromium (playwright-core) against its own full stack plus the console server.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          // A journey takes ~2 min on a loaded 2-core machine (pipeline waits, axe on every page).
          testTimeout: 360_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      // Each starts its own stack (the fault suite restarts parts of it); small N by default, full sizes by command.
      { test: { name: 'load', include: ['tests/load/**/*.test.ts'], testTimeout: 1_800_000, hookTimeout: 240_000 } },
      { test: { name: 'faults', include: ['tests/faults/**/*.test.ts'], testTimeout: 1_800_000, hookTimeout: 240_000 } },
    ],
  },
});
