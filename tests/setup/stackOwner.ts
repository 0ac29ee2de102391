/**
 * A process that owns a stack and nothing else, for the lifecycle test: starts the emulators on the ports given as
 * arguments, prints "up" and waits to be killed. `node --import tsx tests/setup/stackOwner.ts <dynamodb> <sqs> <logDir>`
 */
import { startStack } from '../../infra/local/stack.js';

const [dynamodb, sqs, logDir] = process.argv.slice(2);
await startStack({ ports: { http: 0, lambda: 0, dynamodb: Number(dynamodb), sqs: Number(sqs) }, emulatorsOnly: true, output: { logDir }, log: () => {} });
console.log('up');
setInterval(() => {}, 60_000);
