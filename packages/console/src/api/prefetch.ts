/** A list's first page asked for by index.html's inline script while the JavaScript loads (decision 221). */

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

declare global {
  interface Window {
    /** Started by index.html's inline script for a list's first page. */
    __firstPage?: { url: string; response: Promise<Response> };
  }
}

/**
 * The first page index.html already asked for, if it asked for this URL (taken once: later reads go to the API). A
 * refused or failed prefetch yields undefined, and the page asks again through the client, which reports errors.
 */
export async function prefetched<T>(url: string, w: Pick<Window, '__firstPage'> = window): Promise<Page<T> | undefined> {
  const first = w.__firstPage;
  if (!first || first.url !== url) return undefined;
  w.__firstPage = undefined;
  try {
    const r = await first.response;
    return r.ok ? ((await r.json()) as Page<T>) : undefined;
  } catch {
    return undefined;
  }
}

