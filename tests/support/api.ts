/** A tiny HTTP client for the e2e suites: tokens from the same code as `pnpm token`, JSON in and out. */
import { mintToken, type Caller } from '../../packages/http/src/auth.js';
import { servedContract } from './contract.js';

/** Set for the e2e project (vitest.config.ts): every answer is checked against the served OpenAPI document. */
const checkContract = process.env.API_CONTRACT_CHECK === '1';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function api(baseUrl: string) {
  const call = async <T = any>(method: string, path: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body !== undefined || opts.raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...opts.headers,
      },
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await r.text();
    const body = text ? JSON.parse(text) : undefined;
    if (checkContract) {
      const problems = (await servedContract(baseUrl)).check(method, path, r.status, r.headers.get('content-type'), body);
      if (problems.length) throw new Error(`the answer breaks the OpenAPI document:\n${problems.join('\n')}`);
    }
    return { status: r.status, headers: r.headers, body };
  };
  return {
    get: <T = any>(path: string, token?: string) => call<T>('GET', path, { token }),
    post: <T = any>(path: string, body: unknown, token?: string, headers?: Record<string, string>) => call<T>('POST', path, { token, body, headers }),
    raw: call,
  };
}

export const token = (c: Caller) => mintToken(c, { secret: process.env.JWT_SECRET });

export async function eventually<T>(probe: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}
