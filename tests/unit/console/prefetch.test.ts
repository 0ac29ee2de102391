/**
 * The first page index.html asks for while the JavaScript loads (decision 221): taken once, only for its own URL,
 * never in place of an error the client would report; and index.html asks for the URLs the list pages read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefetched } from '../../../packages/console/src/api/prefetch';

const CONSOLE = resolve(import.meta.dirname, '../../../packages/console');
const answer = (status: number, body: unknown) => ({ url: '/v1/projects?limit=20', response: Promise.resolve(new Response(JSON.stringify(body), { status })) });

describe('prefetched first page', () => {
  it('hands over the answer for its URL once, then leaves later reads to the API', async () => {
    const w = { __firstPage: answer(200, { items: [{ id: 'p1' }], nextCursor: 'c' }) };
    expect(await prefetched('/v1/projects?limit=20', w)).toEqual({ items: [{ id: 'p1' }], nextCursor: 'c' });
    expect(w.__firstPage).toBeUndefined();
    expect(await prefetched('/v1/projects?limit=20', w)).toBeUndefined();
  });

  it('is not used for another list, and stays for its own', async () => {
    const w = { __firstPage: answer(200, { items: [] }) };
    expect(await prefetched('/v1/review-queue?limit=20', w)).toBeUndefined();
    expect(w.__firstPage).toBeDefined();
  });

  it('gives nothing for a refused or failed request, so the client asks again and reports the error', async () => {
    expect(await prefetched('/v1/projects?limit=20', { __firstPage: answer(401, { error: { code: 'UNAUTHORIZED' } }) })).toBeUndefined();
    const failed = { url: '/v1/projects?limit=20', response: Promise.reject(new TypeError('network')) };
    failed.response.catch(() => {});
    expect(await prefetched('/v1/projects?limit=20', { __firstPage: failed })).toBeUndefined();
  });

  it('index.html prefetches exactly the first-page URLs the list pages pass', () => {
    const html = readFileSync(resolve(CONSOLE, 'index.html'), 'utf8');
    const paging = readFileSync(resolve(CONSOLE, 'src/api/paging.tsx'), 'utf8');
    const size = /PAGE_SIZE = (\d+)/.exec(paging)![1];
    for (const [route, page, url] of [
      ['/projects', 'MyProjects', `/v1/projects?limit=${size}`],
      ['/review', 'ReviewQueue', `/v1/review-queue?limit=${size}`],
    ]) {
      expect(html).toContain(`'${route}': '${url}'`);
      expect(readFileSync(resolve(CONSOLE, `src/pages/${page}.tsx`), 'utf8')).toContain(`\`${url.replace(size, '${PAGE_SIZE}')}\``);
    }
  });
});
