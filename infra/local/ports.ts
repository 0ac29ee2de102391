import { createServer } from 'node:net';

/** Resolves when 127.0.0.1:port can be bound; rejects with a message naming the port and what wanted it. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE'
        ? `端口 ${port} 已被占用,无法启动${what}。请停止占用该端口的进程(如已在运行的本地环境:lsof -i :${port}),或设置对应的端口环境变量后重试。`
        : `无法检查端口 ${port}: ${e.message}`)),
    );
    s.listen(port, '127.0.0.1', () => s.close(() => resolve()));
  });
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000}s`);
}
