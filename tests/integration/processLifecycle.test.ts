/**
 * Every process a stack starts stops with its owner: killed with SIGKILL (its whole process group at once, as a
 * CI runner or a failing suite does), the owner leaves nothing listening; a start that fails tears down what it
 * started and names the component; a taken port is reported with its holder.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStack } from '../../infra/local/stack.js';
import { portOwner } from '../../infra/local/portOwner.js';

const root = resolve(import.meta.dirname, '../..');
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
const logDir = resolve(root, `.local/logs/lifecycle${offset ? `-${offset}` : ''}`);
const PORTS = { dynamodb: 18600 + offset, sqs: 19900 + offset };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

let blocker: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (blocker ? blocker.close(r) : r(undefined)));
  blocker = undefined;
});

describe('process lifecycle', () => {
  it('a SIGKILLed owner (its whole process group) leaves nothing listening', async () => {
    const owner = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'tests/setup/stackOwner.ts'), String(PORTS.dynamodb), String(PORTS.sqs), logDir], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ready, fail) => {
      owner.stdout!.on('data', (d: Buffer) => d.toString().includes('up') && ready());
      owner.once('exit', (code) => fail(new Error(`owner exited early (${code})`)));
    });
    const children = [portOwner(PORTS.dynamodb), portOwner(PORTS.sqs)];
    expect(children.every((c) => c && c.pid !== owner.pid)).toBe(true);

    process.kill(-owner.pid!, 'SIGKILL');
    const gone = await until(() => !portOwner(PORTS.dynamodb) && !portOwner(PORTS.sqs) && children.every((c) => !alive(c!.pid)), 20_000);
    expect({ dynamodb: portOwner(PORTS.dynamodb), sqs: portOwner(PORTS.sqs) }).toEqual({ dynamodb: undefined, sqs: undefined });
    expect(gone).toBe(true);
  }, 120_000);

  it('a taken port is named with the process holding it, before anything starts', async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker!.listen(PORTS.sqs, '127.0.0.1', r));
    const start = startStack({ ports: { http: 0, lambda: 0, ...PORTS }, emulatorsOnly: true, output: { logDir }, log: () => {} });
    await expect(start).rejects.toThrow(new RegExp(`端口 ${PORTS.sqs} 已被占用.*pid ${process.pid}`));
    expect(portOwner(PORTS.dynamodb)).toBeUndefined();
  });

  it('a start that runs out of budget names the component and stops what it started', async () => {
    process.env.STACK_START_TIMEOUT_SECONDS = '0.5';
    try {
      await expect(startStack({ ports: { http: 0, lambda: 0, ...PORTS }, emulatorsOnly: true, output: { logDir }, log: () => {} })).rejects.toThrow(/SQS 模拟器 \/ SQS emulator \(127\.0\.0\.1:\d+\) 未在时限内就绪.*sqs\.log/);
    } finally {
      delete process.env.STACK_START_TIMEOUT_SECONDS;
    }
    expect(await until(() => !portOwner(PORTS.dynamodb) && !portOwner(PORTS.sqs), 15_000)).toBe(true);
  }, 60_000);
});
