/**
 * Bearer JWT (HS256) with the claims of design.md: sub, role, dept (departments), jur. Locally the documented
 * development secret signs them (`pnpm --silent token …`); on a deployed stage the secret is a SecureString in SSM
 * Parameter Store (JWT_SECRET_PARAMETER), read at run time and cached, never written into the template.
 */
import { SignJWT, jwtVerify } from 'jose';
import { log } from '@gov/observability';
import { ApiError, unauthorized } from './errors.js';

export const ROLES = ['department', 'bureau', 'finance', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const JURISDICTION_IDS = ['hongshan', 'bijie', 'jinjiang', 'shandong', 'xichuan'] as const;

export interface Caller {
  sub: string;
  role: Role;
  /** Department id, for role department. */
  dept?: string;
  jur: (typeof JURISDICTION_IDS)[number];
}

/** The documented local development signing secret. Never used when JWT_SECRET is configured. */
export const LOCAL_DEV_SECRET = 'gov-it-lifecycle-local-development-secret-not-for-production';
export const DEFAULT_ISSUER = 'gov-it-lifecycle-local';

const key = (secret: string) => new TextEncoder().encode(secret);

/** The longest lifetime (exp − iat) a token may have: one working day. */
export const MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
/** Clock difference tolerated between the issuer and this system when checking that iat is not in the future. */
const CLOCK_SKEW_SECONDS = 60;
/** Claims are stored (actor, department) and logged: bounded, one line, visible ASCII. */
const CLAIM = /^[\x21-\x7e]{1,64}$/;

export async function mintToken(caller: Caller, opts: { secret?: string; issuer?: string; ttlSeconds?: number } = {}): Promise<string> {
  const ttl = opts.ttlSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  if (!(ttl > 0 && ttl <= MAX_TOKEN_LIFETIME_SECONDS)) throw new RangeError(`token lifetime must be 1..${MAX_TOKEN_LIFETIME_SECONDS} seconds`);
  const jwt = new SignJWT({ role: caller.role, jur: caller.jur, ...(caller.dept ? { dept: caller.dept } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.sub)
    .setIssuer(opts.issuer ?? DEFAULT_ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttl}s`);
  return jwt.sign(key(opts.secret ?? LOCAL_DEV_SECRET));
}

/** How long a read secret is reused (s): a rotated secret takes effect within this time, at one SSM call per window. */
const SECRET_MAX_AGE_SECONDS = 300;

/** JWT_SECRET (stage local) wins; else the SSM parameter named by JWT_SECRET_PARAMETER; else none. */
export async function signingSecret(): Promise<string | undefined> {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const name = process.env.JWT_SECRET_PARAMETER;
  if (!name) return undefined;
  try {
    // Loaded on first use: the SSM client is not needed for a function's initialisation (cold start, decision 032).
    const { getParameter } = await import('@aws-lambda-powertools/parameters/ssm');
    return (await getParameter(name, { decrypt: true, maxAge: SECRET_MAX_AGE_SECONDS })) || undefined;
  } catch (e) {
    log('error', 'jwt secret: SSM parameter unreadable', { parameter: name, error: String(e) });
    throw new ApiError(503, 'AUTH_UNAVAILABLE', '身份校验服务暂不可用,请稍后重试');
  }
}

export async function verifyBearer(header: string | undefined): Promise<Caller> {
  const secret = await signingSecret();
  if (!secret) throw unauthorized('服务未配置令牌签发方,拒绝访问');
  const m = header ? /^Bearer\s+([A-Za-z0-9_.-]+)$/.exec(header.trim()) : null;
  if (!m) throw unauthorized('缺少身份令牌:请在 Authorization 头中提供 Bearer 令牌');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(m[1], key(secret), {
      algorithms: ['HS256'],
      issuer: process.env.JWT_ISSUER || DEFAULT_ISSUER,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch {
    throw unauthorized('身份令牌无效或已过期');
  }
  const { sub, role, dept, jur, iat, exp } = payload as Record<string, unknown> & { iat: number; exp: number };
  if (iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) throw unauthorized('身份令牌的签发时间(iat)在未来');
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) throw unauthorized('身份令牌有效期超过12小时');
  if (typeof sub !== 'string' || !CLAIM.test(sub) || (dept !== undefined && (typeof dept !== 'string' || !CLAIM.test(dept)))) {
    throw unauthorized('身份令牌的 sub 或 dept 声明格式不正确(最多64个可见 ASCII 字符)');
  }
  if (typeof sub !== 'string' || !ROLES.includes(role as Role) || !JURISDICTION_IDS.includes(jur as Caller['jur'])) {
    throw unauthorized('身份令牌缺少必要的声明(sub、role、jur)');
  }
  if (role === 'department' && (typeof dept !== 'string' || dept.length === 0)) {
    throw unauthorized('部门令牌缺少 dept 声明');
  }
  return { sub, role: role as Role, jur: jur as Caller['jur'], ...(role === 'department' ? { dept: dept as string } : {}) };
}
