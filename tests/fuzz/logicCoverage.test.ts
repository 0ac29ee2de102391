/**
 * Every write route of the API has a generator in the logic fuzz (support/logicCases.ts), so a new route cannot be
 * forgotten: it fails here until it gets one or is listed below as a known gap, with why. A gap that gets a
 * generator must leave the list (the list stays true).
 */
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '@gov/schemas';
import { LOGIC_ROUTES } from './support/logicCases.js';

/** Write routes not yet fuzzed from valid states, and why (docs/reliability.md, "logic fuzz"). */
export const LOGIC_GAPS: Record<string, string> = {
  'POST /v1/projects': 'a new application, not a change of a state; the hostile suite (routes.test.ts) reaches its 2xx',
  'POST /v1/bench/baseline': 'enabled only under pnpm bench (the fuzz stack answers 404 by design)',
};

const writeRoutes = apiRoutes().filter((r) => r.method.toLowerCase() !== 'get').map((r) => `${r.method.toUpperCase()} ${r.path}`);

describe('logic fuzz coverage', () => {
  it('every write route from apiRoutes() has a logic generator or is a documented gap', () => {
    expect(writeRoutes.length).toBeGreaterThan(10);
    const missing = writeRoutes.filter((r) => !(r in LOGIC_ROUTES) && !(r in LOGIC_GAPS));
    expect(missing, 'write routes with no logic generator: add one to LOGIC_ROUTES (support/logicCases.ts)').toEqual([]);
  });

  it('the gap list names only write routes that still have no generator', () => {
    const stale = Object.keys(LOGIC_GAPS).filter((r) => !writeRoutes.includes(r) || r in LOGIC_ROUTES);
    expect(stale).toEqual([]);
    const unknown = Object.keys(LOGIC_ROUTES).filter((r) => !writeRoutes.includes(r));
    expect(unknown).toEqual([]);
  });
});
