import { createServer } from 'node:net';
import { describePortOwner } from './portOwner.js';

/** Resolves when 127.0.0.1:port can be bound; rejects with a message naming the port and what wanted it. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用,无法启动${what};${describePortOwner(port)}。请停止该进程(如仍在运行的本地环境或测试环境),或设置对应的端口环境变量后重试。 / port ${port} is in use`
        : `无法检查端口 ${port}: ${e.message}`)),
    );
    s.listen(port, '127.0.0.1', () => s.close(() => resolve()));
  });
}

/**
 * Polls `probe` until it answers, the deadline passes, or `exited()` reports that the process being waited for has
 * died; the error names the component, what it waited for and where its log is.
 */
export async function waitFor(what: string, probe: () => Promise<boolean>, deadline: number, opts: { exited?: () => string | undefined; log?: string } = {}): Promise<void> {
  const started = Date.now();
  const where = opts.log ? `;日志 / log: ${opts.log}` : '';
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    const exit = opts.exited?.();
    if (exit) throw new Error(`${what} 启动失败 / failed to start: ${exit}${where}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} 未在时限内就绪 / did not become ready within ${Math.round((Date.now() - started) / 1000)} s (start-up budget STACK_START_TIMEOUT_SECONDS)${where}`);
}
