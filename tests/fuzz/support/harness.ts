/**
 * The fuzz driver: builds one request per generated case for any route of `apiRoutes()`, sends them with bounded
 * concurrency, checks every response (no 5xx, JSON, the error shape, no stack trace or internals, the exact refusal
 * where the outcome is known in advance) and, per batch, that refused requests changed no state.
 *
 * Which outcome is known in advance: a bad or missing token (401), a role the route does not allow (403), a body
 * that is not JSON (400 INVALID_JSON) or that the route's own zod schema refuses (400 VALIDATION_FAILED), and a
 * project id the caller may not see (404). Such "refused" cases use their own department and target project
 * (`rej`), so the state they must not change is never touched by the cases that may be accepted (`ok`).
 */
import fc from 'fast-check';
import { SignJWT, base64url } from 'jose';
import type { ApiRoute } from '@gov/schemas';
import { LOCAL_DEV_SECRET, MAX_BODY_BYTES, duplicateKeyPath, isJsonContentType, reservedKeyPath } from '@gov/http';
import { token } from '../../support/api.js';
import { arbitraryFor } from './zodArbitrary.js';
import { encodeSegment, hugeString, deepNesting, invalidJsonText, mutate, mutation, oddQuery, oddSegment, pollutionPayload, withOwnKey, type Mutation } from './hostile.js';
import { applicationSchema } from '@gov/schemas';
import * as samples from '../../support/applications.js';

export const ROLES = ['department', 'bureau', 'finance', 'auditor', 'admin'] as const;
type Role = (typeof ROLES)[number];
const JURISDICTIONS = ['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan'];

export interface FuzzContext {
  baseUrl: string;
  /** tokens[scope][role]: hongshan tokens; department tokens carry dept D-FZ-REJ / D-FZ-OK. */
  tokens: Record<'rej' | 'ok', Record<Role, string>>;
  /** Valid bijie tokens (another jurisdiction); department dept is D-FZ-REJ too. */
  foreign: Record<Role, string>;
  attacks: Record<'expired' | 'badsig' | 'algnone' | 'tampered', string>;
  admin: string;
  targets: { rej: string; ok: string; victim: string };
}

export interface Expectation {
  /** The request must be refused (4xx) and must change nothing. */
  refused: boolean;
  status?: number;
  codes?: string[];
  why: string;
}

export interface FuzzCase {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
  expect: Expectation;
  kind: string;
}

const ATTACK_KINDS = ['none', 'garbage', 'expired', 'badsig', 'algnone', 'tampered'] as const;
const GARBAGE_AUTH = ['Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.e30.', 'bearer x', 'Bearer ' + 'A'.repeat(8000), 'Bearer \u00ff\u00fe', 'Bearer a.b', 'Bearer ..', 'Token abc', 'Bearer null', 'Bearer undefined', 'Bearer {}'];

export async function makeContext(baseUrl: string, targets: FuzzContext['targets']): Promise<FuzzContext> {
  const mk = async (jur: string, dept: string) =>
    Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await token({ sub: `fuzz-${role}`, role, jur: jur as never, ...(role === 'department' ? { dept } : {}) })]))) as Record<Role, string>;
  const key = new TextEncoder().encode(process.env.JWT_SECRET || LOCAL_DEV_SECRET);
  const claims = { role: 'admin', jur: 'hongshan' };
  const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('fz').setIssuer(process.env.JWT_ISSUER || 'gov-it-lifecycle-local').setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
  const badsig = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('fz').setIssuer('gov-it-lifecycle-local').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret-0123456789abcdef!!'));
  const algnone = `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url.encode(JSON.stringify({ ...claims, sub: 'fz', iss: 'gov-it-lifecycle-local', exp: Math.floor(Date.now() / 1000) + 3600 }))}.`;
  const dept = await token({ sub: 'fz', role: 'department', dept: 'D-FZ-REJ', jur: 'hongshan' });
  const [h, , s] = dept.split('.');
  const tampered = `${h}.${base64url.encode(JSON.stringify({ sub: 'fz', role: 'admin', jur: 'hongshan', iss: 'gov-it-lifecycle-local', exp: Math.floor(Date.now() / 1000) + 3600 }))}.${s}`;
  const rej = await mk('hongshan', 'D-FZ-REJ');
  return { baseUrl, tokens: { rej, ok: await mk('hongshan', 'D-FZ-OK') }, foreign: await mk('bijie', 'D-FZ-REJ'), attacks: { expired, badsig, algnone, tampered }, admin: rej.admin, targets };
}

const isProjectRoute = (r: ApiRoute) => r.path.startsWith('/v1/projects/{id}');
const pathParams = (r: ApiRoute) => [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

type Param = { kind: 'own' | 'victim' | 'missing' | 'odd'; odd?: { raw: string } | { value: string }; jur: string };
type BodyPlan = { kind: 'none' } | { kind: 'text'; text: string; label: string };

function bodyArbitrary(r: ApiRoute): fc.Arbitrary<BodyPlan> {
  const schemaArb = r.body ? arbitraryFor(r.body) : fc.constant({});
  const valid: fc.Arbitrary<unknown> =
    r.body === applicationSchema
      ? fc.oneof({ weight: 2, arbitrary: schemaArb }, { weight: 1, arbitrary: fc.constantFrom(...Object.values(samples).map((f) => (f as () => unknown)())) })
      : schemaArb;
  const text = (label: string) => (v: unknown): BodyPlan => ({ kind: 'text', text: stringifyDeep(v), label });
  return fc.oneof(
    { weight: 3, arbitrary: valid.map(text('valid')) },
    { weight: 8, arbitrary: fc.tuple(valid, mutation).map(([v, m]: [unknown, Mutation]) => text(`mutated:${m.kind}`)(mutate(v, m))) },
    { weight: 1, arbitrary: fc.tuple(valid, fc.array(mutation, { minLength: 2, maxLength: 5 })).map(([v, ms]) => text('mutated:many')(ms.reduce((acc, m) => mutate(acc, m), v))) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(null, 0, 'x', [], true)).map(text('wrong-whole')) },
    { weight: 1, arbitrary: invalidJsonText.map((t): BodyPlan => ({ kind: 'text', text: t, label: 'invalid-json' })) },
    { weight: 1, arbitrary: fc.tuple(valid, fc.nat()).map(([v, n]) => text('truncated')(v)).map((b) => (b.kind === 'text' ? { ...b, text: b.text.slice(0, Math.max(0, b.text.length - 1 - (b.text.length % 7))) } : b)) },
    { weight: 1, arbitrary: fc.tuple(valid, pollutionPayload, fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([v, p, k]) => text('pollution')(v && typeof v === 'object' && !Array.isArray(v) ? withOwnKey(v as Record<string, unknown>, k, p) : p)) },
    { weight: 1, arbitrary: fc.tuple(valid, hugeString).map(([v, s]) => text('huge')(v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as object), name: s } : s)) },
    { weight: 1, arbitrary: deepNesting.map(text('deep')) },
    { weight: 1, arbitrary: fc.constant<BodyPlan>({ kind: 'none' }) },
    { weight: 1, arbitrary: fc.tuple(valid, fc.constantFrom('"name":1,', '"name":{"a":1},', '"__proto__":{"polluted":"yes"},', '"amounts":null,')).map(([v, dup]) => { const t = JSON.stringify(v) ?? 'null'; return { kind: 'text', text: t.startsWith('{') && t.length > 2 ? `{${dup}${t.slice(1)}` : t, label: 'duplicate-key' } as BodyPlan; }) },
  );
}

/** JSON.stringify, except that nesting too deep for the test process's own stack (stacked deep mutations) becomes
 *  5,000 levels of arrays written as text — still the hostile body intended. */
function stringifyDeep(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return `${'['.repeat(5000)}1${']'.repeat(5000)}`;
  }
}

function headerValueOk(v: string): boolean {
  return /^[\x21-\x7e\x80-\xff](?:[\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/.test(v);
}

/** Everything about one request except the context-dependent parts (tokens, target ids). */
export function caseArbitrary(r: ApiRoute) {
  const roles = r.roles === 'public' ? [] : r.roles;
  const forbiddenRoles = r.roles === 'public' ? [] : ROLES.filter((x) => !roles.includes(x));
  const params = pathParams(r);
  const tokenArb = fc.oneof(
    { weight: 16, arbitrary: fc.constant('allowed') },
    { weight: 3, arbitrary: fc.constantFrom(...ATTACK_KINDS) },
    { weight: forbiddenRoles.length ? 2 : 0, arbitrary: fc.constant('forbidden') },
    { weight: params.includes('id') ? 2 : 0, arbitrary: fc.constant('foreign') },
  );
  const paramArb: fc.Arbitrary<Param> = fc.record({
    kind: fc.constantFrom<Param['kind']>('own', 'own', 'own', 'own', 'own', 'own', 'victim', 'missing', 'odd', 'odd', 'odd'),
    odd: oddSegment,
    jur: fc.constantFrom(...JURISDICTIONS),
  });
  const queryArb = fc.oneof(
    { weight: r.query ? 6 : 0, arbitrary: r.query ? arbitraryFor(r.query).map((q) => ({ kind: 'schema' as const, q: q as Record<string, unknown> })) : fc.constant({ kind: 'none' as const, q: {} }) },
    { weight: 3, arbitrary: fc.constant({ kind: 'none' as const, q: {} }) },
    { weight: 2, arbitrary: oddQuery.map((s) => ({ kind: 'odd' as const, q: {}, s })) },
  );
  const headerArb = r.headers ? arbitraryFor(r.headers).map((h) => h as Record<string, unknown>) : fc.constant({});
  const hostileHeader = fc.oneof(
    { weight: 4, arbitrary: fc.constant({} as Record<string, string>) },
    { weight: 1, arbitrary: fc.record({ 'idempotency-key': fc.constantFrom('short', 'x'.repeat(129), 'a b c d e f g h', '\u00ff\u00fe\u00fd\u00fc\u00fb\u00fa\u00f9\u00f8', '../../../../', 'null-null-null'), 'if-match': fc.constantFrom('"1"', '0', '-1', '1e400', 'W/"1"', '*', '"abc"', '99999999999999999999', '1.5', '0x1') }, { requiredKeys: [] }) },
  );
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/vnd.api+json', '*/*', 'application/json, text/plain', 'garbage') },
  );
  return fc.record({
    token: tokenArb,
    role: roles.length ? fc.constantFrom(...roles) : fc.constant('admin' as Role),
    forbiddenRole: forbiddenRoles.length ? fc.constantFrom(...forbiddenRoles) : fc.constant('admin' as Role),
    garbage: fc.constantFrom(...GARBAGE_AUTH),
    params: fc.array(paramArb, { minLength: params.length, maxLength: params.length }),
    body: r.method === 'get' ? fc.constant<BodyPlan>({ kind: 'none' }) : bodyArbitrary(r),
    query: queryArb,
    headers: headerArb,
    hostileHeaders: hostileHeader,
    contentType,
  });
}

export type CaseDraft = ReturnType<typeof caseArbitrary> extends fc.Arbitrary<infer T> ? T : never;

const parseJson = (t: string): { ok: true; v: unknown } | { ok: false } => {
  try {
    return { ok: true, v: JSON.parse(t) };
  } catch {
    return { ok: false };
  }
};

/** Resolves a draft into a concrete request with its expected outcome. */
export function buildCase(r: ApiRoute, draft: CaseDraft, ctx: FuzzContext): FuzzCase | undefined {
  const params = pathParams(r);
  // A token of the victim's own jurisdiction may legitimately act on it: aim such tokens at our own target instead.
  const d = draft.token === 'foreign' ? { ...draft, params: draft.params.map((p) => (p.kind === 'victim' ? { ...p, kind: 'own' as const } : p)) } : draft;
  const method = r.method.toUpperCase();
  let expect: Expectation = { refused: false, why: 'may be accepted' };
  const refuse = (why: string, status?: number, codes?: string[]) => {
    if (!expect.refused) expect = { refused: true, status, codes, why };
  };
  const json = isJsonContentType(d.contentType);
  // 1. token
  let auth: string | undefined;
  if (r.roles !== 'public') {
    switch (d.token) {
      case 'none': auth = undefined; refuse('no token', 401, ['UNAUTHORIZED']); break;
      case 'garbage': auth = d.garbage; refuse('garbage authorization', 401, ['UNAUTHORIZED']); break;
      case 'expired': case 'badsig': case 'algnone': case 'tampered': auth = `Bearer ${ctx.attacks[d.token]}`; refuse(`token ${d.token}`, 401, ['UNAUTHORIZED']); break;
      case 'forbidden': auth = `Bearer ${ctx.tokens.rej[d.forbiddenRole as Role]}`; refuse(`role ${d.forbiddenRole} not allowed`, 403, ['FORBIDDEN']); break;
      default: break;
    }
  }
  // 2. path parameters (a too long one is refused by the router before the body is read)
  const segs: Record<string, { seg: string; param: Param }> = {};
  for (const [i, name] of params.entries()) {
    const p = d.params[i];
    let value: { raw: string } | { value: string };
    if (p.kind === 'odd') value = p.odd!;
    else if (name === 'id') value = { value: p.kind === 'victim' ? ctx.targets.victim : p.kind === 'missing' ? `p-${'0'.repeat(8)}-fuzz-${p.jur}` : '@own' };
    else if (name === 'jurisdiction') value = { value: p.kind === 'own' ? p.jur : p.kind === 'victim' ? 'atlantis' : 'hongshan\u0000' };
    else value = { value: p.kind === 'own' ? 'x1' : 'missing-0' };
    if ('value' in value && value.value === '@own') {
      segs[name] = { seg: '@own', param: p };
      continue;
    }
    const seg = encodeSegment(value);
    if (seg === undefined) return undefined;
    segs[name] = { seg, param: p };
    let decoded: string | undefined;
    try { decoded = decodeURIComponent(seg); } catch { decoded = undefined; }
    if (decoded !== undefined && Buffer.byteLength(decoded) > 512) refuse('path parameter longer than 512 bytes', 404, ['NOT_FOUND']);
  }
  // 3. query: the router refuses a parameter the route does not document, or one given twice, before the body
  let query = '';
  const allowedQuery = Object.keys(r.query?.shape ?? {});
  if (d.query.kind === 'schema') {
    const q = Object.fromEntries(Object.entries(d.query.q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    query = new URLSearchParams(q).toString();
    if (r.query && !r.query.safeParse(q).success) refuse('query fails the route schema', 400, ['VALIDATION_FAILED']);
  } else if (d.query.kind === 'odd') {
    query = (d.query as { s: string }).s;
    const keys = [...new URLSearchParams(query).keys()];
    // Every unknown key (the empty one of "=" too: the gateway passes it on) or repeated key is refused.
    if (keys.some((k) => !allowedQuery.includes(k)) || keys.some((k, i) => keys.indexOf(k) !== i)) refuse('unknown or repeated query parameter', 400);
    // A documented parameter with a bad value (limit=101, cursor=!!!) fails the route's schema, before any access
    // check of a path id (a paged list under /v1/projects/{id}/… answers 400 here, not 404).
    else if (r.query && !r.query.safeParse(Object.fromEntries(new URLSearchParams(query))).success) refuse('odd query fails the route schema', 400, ['VALIDATION_FAILED']);
  }
  // 4. body: JSON content type (415), size (413), JSON (400), duplicate keys (400), reserved keys, schema
  let body: string | undefined;
  if (d.body.kind === 'text') body = d.body.text;
  if (r.body) {
    const parsed = parseJson(body ?? '');
    if (!json || body === undefined) refuse(`content-type ${d.contentType || '(none)'}`, 415, ['UNSUPPORTED_MEDIA_TYPE']);
    else if (Buffer.byteLength(body) > MAX_BODY_BYTES) refuse('body over 64 KiB', 413, ['PAYLOAD_TOO_LARGE']);
    else if (!parsed.ok) refuse('body is not JSON', 400, ['INVALID_JSON']);
    else if (duplicateKeyPath(body)) refuse('a key twice in one object', 400, ['INVALID_JSON']);
    else if (reservedKeyPath(parsed.v)) refuse('prototype-pollution key in body', 400, ['VALIDATION_FAILED']);
    else if (!r.body.safeParse(parsed.v).success) refuse('body fails the route schema', 400, ['VALIDATION_FAILED']);
  }
  // 5. headers the route documents (idempotency-key, if-match), then hostile ones
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...d.headers, ...d.hostileHeaders })) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (!headerValueOk(t)) continue;
    headers[k] = t;
  }
  if (r.headers && !r.headers.safeParse(headers).success) {
    if (r.method === 'post' && r.path === '/v1/projects' && headers['idempotency-key'] !== undefined) refuse('idempotency-key fails the route schema', 400, ['VALIDATION_FAILED']);
  }
  // 6. targets the caller may not see (project routes: 404, whatever the role)
  if (isProjectRoute(r) && segs.id) {
    const p = segs.id.param;
    if (p.kind === 'victim' || p.kind === 'missing' || p.kind === 'odd') refuse(`project ${p.kind}`, 404, ['PROJECT_NOT_FOUND', 'NOT_FOUND']);
    if (d.token === 'foreign' && p.kind === 'own' && d.role !== 'admin') refuse('token of another jurisdiction', 404, ['PROJECT_NOT_FOUND']);
  }
  if (r.path === '/v1/rule-packs/{jurisdiction}' && segs.jurisdiction && segs.jurisdiction.param.kind !== 'own') refuse('no such rule pack', 404, ['RULE_PACK_NOT_FOUND', 'NOT_FOUND']);
  // An If-Match the handler cannot read is refused (400) before the project is looked up.
  // So is an Idempotency-Key the recording wrapper cannot read (services/idempotent.ts checks it first).
  const unreadableKey = headers['idempotency-key'] !== undefined && r.headers?.shape['idempotency-key'] !== undefined && !r.headers.safeParse(headers).success;
  if ((headers['if-match'] !== undefined || unreadableKey) && expect.status === 404) expect = { ...expect, status: undefined, codes: undefined };
  const scope: 'rej' | 'ok' = expect.refused ? 'rej' : 'ok';
  if (r.roles !== 'public' && d.token === 'allowed') {
    // The victim may be changed by an admin, by design: refused cases never use admin against it.
    const role = d.role === 'admin' && segs.id?.param.kind === 'victim' && r.roles.length > 1 ? (r.roles.find((x) => x !== 'admin') as Role) : (d.role as Role);
    auth = `Bearer ${ctx.tokens[scope][role]}`;
    if (role === 'admin' && segs.id?.param.kind === 'victim') {
      if (isProjectRoute(r)) expect = { refused: false, why: 'admin may see every project' };
    }
  }
  if (d.token === 'foreign') auth = `Bearer ${ctx.foreign[d.role as Role]}`;
  let path = r.path;
  for (const name of params) path = path.replace(`{${name}}`, segs[name].seg === '@own' ? ctx.targets[scope] : segs[name].seg);
  const hdrs: Record<string, string> = { ...headers, ...(auth !== undefined ? { authorization: auth } : {}) };
  if (body !== undefined && d.contentType) hdrs['content-type'] = d.contentType;
  return { method, path, query, headers: hdrs, body: method === 'GET' ? undefined : body, expect, kind: `${d.token}/${d.body.kind === 'text' ? d.body.label : 'no-body'}/${d.query.kind}` };
}

/* ----------------------------------------------------------------- checks -- */

const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat \S+ \(/],
  ['stack frame', /\n\s+at /],
  ['node_modules path', /node_modules/],
  ['source position', /\.(?:ts|js|cjs|mjs):\d+/],
  ['file path', /\/work\/|\/home\/|\/var\/task|\.esbuild/],
  ['JS error name', /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|ValidationException|ConditionalCheckFailed|TransactionCanceled|ResourceNotFoundException)\b/],
  ['storage key', /PROJECT#|EVENT#\d|"(?:pk|sk|deptKey|jurKey|createdKey)"|ExclusiveStartKey|requestHash/],
  ['secret or endpoint', /gov-it-lifecycle-local-development-secret|JWT_SECRET|AWS_SECRET|DYNAMODB_ENDPOINT|SQS_ENDPOINT|127\.0\.0\.1:\d/],
  ['gateway error', /Serverless-offline|errorMessage|errorType|stackTrace/],
];

export interface Outcome {
  status: number;
  failure?: string;
  /** Refused by the local HTTP gateway (Node's parser / hapi in serverless-offline) before any function ran. */
  gateway?: boolean;
}

/**
 * The local gateway's own refusals: an empty 400/414/431 from Node's HTTP parser (request line too long) or hapi's
 * {"statusCode","error","message"} for a path it cannot percent-decode. They never reach our code (in the cloud,
 * API Gateway answers these), so they are counted apart — still required to be < 500 and free of internals.
 */
export function isGatewayRefusal(status: number, text: string): boolean {
  if (status >= 500 || status < 400) return false;
  if (text === '') return [400, 414, 431].includes(status);
  try {
    const b = JSON.parse(text);
    return b && typeof b === 'object' && Object.keys(b).sort().join(',') === 'error,message,statusCode' && b.statusCode === status;
  } catch {
    return false;
  }
}

function describeCase(c: FuzzCase): string {
  const b = c.body === undefined ? '' : ` body(${c.body.length} chars)=${JSON.stringify(c.body.slice(0, 160))}`;
  return `${c.method} ${c.path.slice(0, 160)}${c.query ? `?${c.query.slice(0, 120)}` : ''} [${c.kind}; expect ${c.expect.refused ? `refusal ${c.expect.status ?? '4xx'} (${c.expect.why})` : c.expect.why}; ct=${c.headers['content-type'] ?? '-'}]${b}`;
}

export function checkResponse(c: FuzzCase, status: number, contentType: string | null, text: string): string | undefined {
  const fail = (m: string) => `${m} — got ${status} ${text.slice(0, 240)} — for ${describeCase(c)}`;
  if (status >= 500) return fail('5xx');
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return fail('response is not JSON');
  }
  if (!contentType?.startsWith('application/json')) return fail(`content-type ${contentType}`);
  if (status >= 400) {
    const e = body?.error;
    const shape = e && typeof e.code === 'string' && e.code && typeof e.message === 'string' && Array.isArray(e.details) && e.details.every((x: any) => typeof x?.path === 'string' && typeof x?.message === 'string');
    if (!shape || Object.keys(body).length !== 1) return fail('not the error shape');
  }
  const requestText = `${c.path}?${c.query} ${c.body ?? ''} ${safeDecode(c.path)} ${safeDecode(c.query)}`;
  // A presigned document URL addresses the storage endpoint by design (locally the emulator on 127.0.0.1): only
  // that field of a success, on the documents bucket, is exempt from the endpoint check.
  const scanned = status < 300 ? text.replace(/"url":"http:\/\/127\.0\.0\.1:\d+\/[a-z0-9-]+-documents\/[^"]*"/g, '"url":"(presigned)"') : text;
  for (const [what, re] of LEAKS) if (re.test(scanned) && !re.test(requestText)) return fail(`leaks ${what}`);
  // A bare JSON string whose text is itself a JSON object reaches the function as that object under serverless-offline
  // (e.g. "\"{}\"" is a valid plan issue locally, 404 PLAN_NOT_FOUND): its outcome is not certain here.
  const wrappedObject = (() => { try { const v = JSON.parse(c.body ?? ''); return typeof v === 'string' && typeof JSON.parse(v) === 'object'; } catch { return false; } })();
  if (c.expect.refused && !wrappedObject) {
    if (status < 400) return fail('accepted a request that must be refused');
    if (c.expect.status !== undefined && status !== c.expect.status) return fail(`expected ${c.expect.status}`);
    // serverless-offline hands a body that is a bare JSON string or null to the function unwrapped (so it no longer
    // parses): INVALID_JSON is as right as VALIDATION_FAILED there.
    const bare = (() => { try { const v = JSON.parse(c.body ?? ''); return v === null || typeof v === 'string'; } catch { return false; } })();
    const codes = c.expect.codes?.includes('VALIDATION_FAILED') && bare ? [...(c.expect.codes ?? []), 'INVALID_JSON'] : c.expect.codes;
    if (codes && !codes.includes(body.error.code)) return fail(`expected code ${codes.join('|')}`);
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function send(baseUrl: string, c: FuzzCase): Promise<Outcome> {
  try {
    const r = await fetch(`${baseUrl}${c.path}${c.query ? `?${c.query}` : ''}`, { method: c.method, headers: c.headers, body: c.body, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    const text = await r.text();
    if (isGatewayRefusal(r.status, text)) {
      const leak = LEAKS.find(([, re]) => re.test(text) && !/Serverless-offline/.test(re.source));
      return { status: r.status, gateway: true, failure: leak ? `gateway refusal leaks ${leak[0]}: ${text.slice(0, 200)} — for ${describeCase(c)}` : undefined };
    }
    return { status: r.status, failure: checkResponse(c, r.status, r.headers.get('content-type'), text) };
  } catch (e) {
    return { status: 0, failure: `request failed (${String(e)}) — for ${describeCase(c)}` };
  }
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  }));
  return out;
}

/* ------------------------------------------------------------------ state -- */

async function getJson(baseUrl: string, path: string, t: string): Promise<any> {
  const r = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${t}` } });
  return { status: r.status, body: await r.json() };
}

/** What refused requests must never change: the refusing department's projects, its target, the victim. */
export async function fingerprint(ctx: FuzzContext): Promise<string> {
  const list = await getJson(ctx.baseUrl, '/v1/projects?limit=100', ctx.tokens.rej.department);
  const parts = [`rej-list:${list.status}:${(list.body.items ?? []).map((p: any) => `${p.id}@${p.version}`).sort().join(',')}`];
  for (const id of [ctx.targets.rej, ctx.targets.victim]) {
    const p = await getJson(ctx.baseUrl, `/v1/projects/${id}`, ctx.admin);
    const e = await getJson(ctx.baseUrl, `/v1/projects/${id}/events`, ctx.admin);
    parts.push(`${id}:${p.body.version}:${p.body.status}:${p.body.updatedAt}:events=${e.body.items?.length}`);
  }
  return parts.join(' | ');
}

export function noPollution(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined) return 'Object.prototype polluted in the test process';
  const own = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (own !== PROTO_KEYS) return `Object.prototype changed: ${own}`;
  return undefined;
}
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
