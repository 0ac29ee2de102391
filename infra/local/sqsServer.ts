/**
 * The local SQS emulator (fauxqs) as its own process, bound to 127.0.0.1 (fauxqs' own start helper binds every
 * interface). Run: tsx infra/local/sqsServer.ts <port>
 */
import { buildApp } from 'fauxqs';

const port = Number(process.argv[2] ?? 9324);
const app = buildApp({ logger: false });
await app.listen({ port, host: '127.0.0.1' });
console.log(`SQS emulator listening on http://127.0.0.1:${port}`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void app.close().then(() => process.exit(0)));
