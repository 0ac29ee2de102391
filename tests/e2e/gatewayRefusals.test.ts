/**
 * What the local gateway (serverless-offline: hapi on Node's HTTP server) answers itself, before any function runs,
 * next to what our handler stack answers (docs/reliability.md "Requests the local gateway refuses", decision 151).
 * Our 413 is enforced far below the gateway's 10 MB, so every body a client can really send meets our shape; the
 * refusals that remain outside it are pinned here so that the documentation stays true.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { token } from '../support/api.js';

const stack = useStack();

const post = async (path: string, body: string, auth: string) => {
  const r = await fetch(`${stack.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' }, body });
  return { status: r.status, contentType: r.headers.get('content-type') ?? '', text: await r.text() };
};

/** A JSON body of about `bytes` bytes. */
const bodyOf = (bytes: number) => JSON.stringify({ name: 'x'.repeat(bytes - 11) });

describe('local gateway refusals', () => {
  it('a body over our 64 KiB limit and under the gateway’s 10 MB: 413 in our shape (the function answers)', async () => {
    const dept = await token({ sub: 'gw-dept', role: 'department', dept: 'GW-1', jur: 'hongshan' });
    for (const bytes of [64 * 1024 + 1, 9 * 1024 * 1024]) {
      const r = await post('/v1/projects', bodyOf(bytes), dept);
      expect(r.status).toBe(413);
      expect(r.contentType).toMatch(/application\/json/);
      expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', details: [{ path: '(body)' }] } });
    }
  });

  it('over 10 MB the local gateway refuses in its own JSON (documented; API Gateway deployed answers REQUEST_TOO_LARGE in ours)', async () => {
    const dept = await token({ sub: 'gw-dept', role: 'department', dept: 'GW-1', jur: 'hongshan' });
    const r = await post('/v1/projects', bodyOf(10 * 1024 * 1024 + 1), dept);
    expect(r.status).toBe(413);
    const body = JSON.parse(r.text);
    expect(body).not.toHaveProperty('error.code');
    expect(body).toMatchObject({ statusCode: 413, error: 'Request Entity Too Large' });
    expect(r.text).not.toMatch(/node_modules|at \w+ \(|\/work\//);
  });
});
