/**
 * Runs a scheduled scan against the running local stack (`pnpm start`) for a given day:
 *   pnpm scan deadlines --date 2027-01-05
 *   pnpm scan filing --date 2027-01-05
 * Invokes the scheduled function through serverless-offline's Lambda port (LAMBDA_PORT, default 3002), so DynamoDB
 * and SQS are the stack's own (the DYNAMODB_PORT / SQS_PORT it was started with). Prints the scan result as JSON.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SCAN_USAGE, ScanUsageError, scanInvocation } from './local/scanCommand.js';

const service = String(parse(readFileSync(resolve(import.meta.dirname, '../serverless.yml'), 'utf8')).service);

let call;
try {
  call = scanInvocation(process.argv.slice(2), process.env, service);
} catch (e) {
  if (!(e instanceof ScanUsageError)) throw e;
  console.error(`${e.message}\n${SCAN_USAGE}`);
  process.exit(2);
}

let r: Response;
try {
  r = await fetch(call.url, { method: 'POST', body: JSON.stringify(call.event) });
} catch (e) {
  console.error(`无法连接本地环境的 Lambda 端口(${new URL(call.url).host}):请先运行 pnpm start,或将 LAMBDA_PORT 设为其 Lambda 端口。/ cannot reach the local stack: ${(e as Error).cause ?? (e as Error).message}`);
  process.exit(1);
}
const text = await r.text();
let body: unknown = text;
try {
  body = JSON.parse(text);
} catch {
  // not JSON: printed as is
}
// The Lambda invoke API reports a handler failure with 200 and an errorMessage body (or the X-Amz-Function-Error header).
const failed = !r.ok || r.headers.has('x-amz-function-error') || (typeof body === 'object' && body !== null && 'errorMessage' in body);
if (failed) {
  console.error(`${call.title} 失败 / failed (HTTP ${r.status}): ${text.slice(0, 2000)}`);
  process.exit(1);
}
console.error(`${call.title},评估日期 ${call.event.on}:`);
console.log(JSON.stringify(body, null, 2));
