/** `pnpm start`: the whole local system in one command; Ctrl-C stops everything it started. */
import { DEV_PORTS, startStack } from './stack.js';
import { ensureConsoleBuilt, startConsoleServer } from './consoleServer.js';
import { assertPortFree } from './ports.js';

const ports = {
  http: Number(process.env.HTTP_PORT ?? DEV_PORTS.http),
  lambda: Number(process.env.LAMBDA_PORT ?? DEV_PORTS.lambda),
  dynamodb: Number(process.env.DYNAMODB_PORT ?? DEV_PORTS.dynamodb),
  sqs: Number(process.env.SQS_PORT ?? DEV_PORTS.sqs),
};

try {
  const consolePort = Number(process.env.CONSOLE_PORT ?? 5173);
  await assertPortFree(consolePort, ' 控制台');
  ensureConsoleBuilt();
  const stack = await startStack({ ports, output: 'inherit' });
  const web = await startConsoleServer({ port: consolePort, apiPort: ports.http, s3Endpoint: stack.env.SQS_ENDPOINT });
  console.log(`
本地环境已启动 / local stack is up
  控制台 / console:  ${web.url}   (开发登录:选择角色、部门、辖区)
  API:        ${stack.baseUrl}/v1   (e.g. GET ${stack.baseUrl}/v1/rule-packs)
  DynamoDB:   ${stack.env.DYNAMODB_ENDPOINT}
  SQS:        ${stack.env.SQS_ENDPOINT}
  开发令牌 / dev token:  pnpm --silent token --role department --dept D001 --jur hongshan
  按 Ctrl-C 停止 / Ctrl-C stops everything.
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('正在停止本地环境… / stopping…');
    await web.close();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (e) {
  console.error(`启动失败 / failed to start: ${(e as Error).message}`);
  process.exit(1);
}
