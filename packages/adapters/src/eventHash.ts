/**
 * The per-project hash chain of the event log: each event carries the hash of the previous one and its own hash
 * over a canonical JSON form, so changing or removing any stored event breaks every link after it.
 */
import { createHash } from 'node:crypto';

export const GENESIS = 'GENESIS';

/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export function eventHash(event: Record<string, unknown>, prevHash: string): string {
  const { hash: _h, ...body } = event;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson({ ...body, prevHash })).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: 'prevHash does not match the previous event' | 'hash does not match the event' | 'sequence gap';
}

/** The first broken link of a project's events (ordered by seq), or null when the chain holds. */
export function verifyChain(events: readonly { seq: number; hash?: string; prevHash?: string }[]): ChainBreak | null {
  let prev = GENESIS;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.seq !== i + 1) return { seq: e.seq, reason: 'sequence gap' };
    if (e.prevHash !== prev) return { seq: e.seq, reason: 'prevHash does not match the previous event' };
    if (e.hash !== eventHash(e as Record<string, unknown>, prev)) return { seq: e.seq, reason: 'hash does not match the event' };
    prev = e.hash!;
  }
  return null;
}
