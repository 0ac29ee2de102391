/**
 * Prints a development JWT signed with the documented local secret, and nothing else, so scripts can use
 *   TOKEN=$(pnpm --silent token --role department --dept D001 --jur hongshan)
 */
import { parseArgs } from 'node:util';
import { JURISDICTION_IDS, LOCAL_DEV_SECRET, MAX_TOKEN_LIFETIME_SECONDS, mintToken, ROLES, type Caller } from '../packages/http/src/auth.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    dept: { type: 'string' },
    jur: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string' },
  },
});

const fail = (m: string): never => {
  console.error(`${m}\nusage: pnpm --silent token --role ${ROLES.join('|')} --jur ${JURISDICTION_IDS.join('|')} [--dept D001] [--sub name] [--ttl seconds]`);
  process.exit(2);
};

const role = values.role as Caller['role'];
if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
const jur = values.jur as Caller['jur'];
if (!JURISDICTION_IDS.includes(jur)) fail(`--jur must be one of ${JURISDICTION_IDS.join(', ')}`);
if (role === 'department' && !values.dept) fail('--dept is required for role department');
if (values.dept !== undefined && !/^[\x21-\x7e]{1,64}$/.test(values.dept)) fail('--dept must be 1..64 visible ASCII characters');
const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
// The API refuses tokens that live longer than 12 hours; minting one would only produce a token that never works.
if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= 1 && ttl <= MAX_TOKEN_LIFETIME_SECONDS)) fail(`--ttl must be 1..${MAX_TOKEN_LIFETIME_SECONDS} seconds (12 hours)`);

const token = await mintToken(
  { sub: values.sub ?? `${role}-${values.dept ?? jur}`, role, jur, ...(role === 'department' ? { dept: values.dept } : {}) },
  { secret: process.env.JWT_SECRET || LOCAL_DEV_SECRET, ttlSeconds: ttl },
);
console.log(token);
