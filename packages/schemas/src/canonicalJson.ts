/**
 * JSON with object keys sorted at every depth, so that two bodies meaning the same thing (keys in another order)
 * serialise, and hash, the same: an Idempotency-Key retry whose client reordered the keys is the same request.
 * Array order is meaning and is kept.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
  return out;
}
