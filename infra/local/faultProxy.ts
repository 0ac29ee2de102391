/**
 * A pass-through HTTP proxy in front of DynamoDB Local for fault tests: on demand it answers write requests with
 * the 500 InternalServerError DynamoDB itself returns under trouble, for a while, then passes them again.
 */
import { createServer, request, type Server } from 'node:http';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

export interface FaultProxy {
  url: string;
  /** Fail every write for `ms` milliseconds from now. */
  failWritesFor(ms: number): void;
  failedWrites(): number;
  close(): Promise<void>;
}

export async function startFaultProxy(port: number, target: { host: string; port: number }): Promise<FaultProxy> {
  let failUntil = 0;
  let failed = 0;
  const server: Server = createServer((req, res) => {
    const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    if (Date.now() < failUntil && WRITES.has(op)) {
      failed++;
      req.resume();
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'injected write failure (fault test)' }));
      return;
    }
    const upstream = request({ host: target.host, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    failWritesFor(ms) {
      failUntil = Date.now() + ms;
    },
    failedWrites: () => failed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
