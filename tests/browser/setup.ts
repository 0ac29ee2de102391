import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../infra/local/stack.js';
import { ensureConsoleBuilt, startConsoleServer } from '../../infra/local/consoleServer.js';
import { BROWSER_BUILD_FOLDER, BROWSER_PORTS } from '../setup/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

/** The whole local system as `pnpm start` runs it (console included), on the browser suite's own ports. */
export default async function setup(project: TestProject) {
  // Against a running `pnpm start` instead (quick iterations on the console): BROWSER_CONSOLE_URL=http://127.0.0.1:5173
  if (process.env.BROWSER_CONSOLE_URL) {
    project.provide('consoleUrl', process.env.BROWSER_CONSOLE_URL);
    return;
  }
  ensureConsoleBuilt(() => {});
  const { console: consolePort, ...ports } = BROWSER_PORTS;
  const stack = await startStack({
    ports,
    output: { logDir: resolve(import.meta.dirname, `../../.local/logs/browser${process.env.TEST_PORT_OFFSET ? `-${process.env.TEST_PORT_OFFSET}` : ''}`) },
    buildFolder: BROWSER_BUILD_FOLDER,
    log: () => {},
  });
  const web = await startConsoleServer({ port: consolePort, apiPort: ports.http, secret: stack.env.JWT_SECRET, s3Endpoint: stack.env.SQS_ENDPOINT });
  project.provide('consoleUrl', web.url);
  return async () => {
    await web.close();
    await stack.stop();
  };
}
