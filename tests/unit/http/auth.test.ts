/** Bearer-token verification: the claims of design.md, and the usual attacks refused with 401. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, base64url } from 'jose';
import { LOCAL_DEV_SECRET, mintToken, verifyBearer } from '@gov/http';

beforeAll(() => {
  process.env.JWT_SECRET = LOCAL_DEV_SECRET;
  delete process.env.JWT_ISSUER;
});

const key = new TextEncoder().encode(LOCAL_DEV_SECRET);
const sign = (claims: Record<string, unknown>, opts: { exp?: string; issuer?: string; secret?: Uint8Array } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(opts.issuer ?? 'gov-it-lifecycle-local').setIssuedAt().setExpirationTime(opts.exp ?? '1h').sign(opts.secret ?? key);

describe('verifyBearer', () => {
  it('accepts a department token and returns its claims', async () => {
    const t = await mintToken({ sub: 'u1', role: 'department', dept: 'D001', jur: 'hongshan' });
    expect(await verifyBearer(`Bearer ${t}`)).toEqual({ sub: 'u1', role: 'department', dept: 'D001', jur: 'hongshan' });
  });

  it('drops dept from non-department roles, so it can never widen their view', async () => {
    const t = await sign({ role: 'finance', jur: 'bijie', dept: 'D001' });
    expect(await verifyBearer(`Bearer ${t}`)).toEqual({ sub: 'u1', role: 'finance', jur: 'bijie' });
  });

  const refused = async (header: string | undefined) => {
    await expect(verifyBearer(header)).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  };

  it('refuses a missing or malformed header', async () => {
    await refused(undefined);
    await refused('Basic dXNlcjpwYXNz');
    await refused('Bearer ');
  });

  it('refuses alg none', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify({ sub: 'u1', role: 'admin', jur: 'hongshan', iss: 'gov-it-lifecycle-local', exp: Math.floor(Date.now() / 1000) + 3600 }));
    await refused(`Bearer ${header}.${payload}.`);
  });

  it('refuses a wrong signature', async () => {
    await refused(`Bearer ${await sign({ role: 'admin', jur: 'hongshan' }, { secret: new TextEncoder().encode('not-the-secret-at-all-0123456789') })}`);
  });

  it('refuses an expired token', async () => {
    await refused(`Bearer ${await sign({ role: 'admin', jur: 'hongshan' }, { exp: '-10s' })}`);
  });

  it('refuses another issuer', async () => {
    await refused(`Bearer ${await sign({ role: 'admin', jur: 'hongshan' }, { issuer: 'someone-else' })}`);
  });

  it('refuses unknown roles and jurisdictions, and a department token without dept', async () => {
    await refused(`Bearer ${await sign({ role: 'superuser', jur: 'hongshan' })}`);
    await refused(`Bearer ${await sign({ role: 'bureau', jur: 'atlantis' })}`);
    await refused(`Bearer ${await sign({ role: 'department', jur: 'hongshan' })}`);
  });

  it('refuses everything when no secret is configured (fail closed)', async () => {
    const t = await mintToken({ sub: 'u1', role: 'admin', jur: 'hongshan' });
    const saved = process.env.JWT_SECRET;
    delete process.env.JWT_SECRET;
    try {
      await refused(`Bearer ${t}`);
    } finally {
      process.env.JWT_SECRET = saved;
    }
  });

  describe('lifetime and claims (issue 15)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const raw = (claims: Record<string, unknown>) => new SignJWT({ sub: 'u1', iss: 'gov-it-lifecycle-local', role: 'admin', jur: 'hongshan', ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key);

    it('a lifetime of exactly 12 hours is accepted; one second more is refused', async () => {
      const iat = now() - 10;
      await expect(verifyBearer(`Bearer ${await raw({ iat, exp: iat + 12 * 3600 })}`)).resolves.toMatchObject({ role: 'admin' });
      await refused(`Bearer ${await raw({ iat, exp: iat + 12 * 3600 + 1 })}`);
      await refused(`Bearer ${await raw({ iat, exp: iat + 365 * 86400 })}`);
    });

    it('an issue time in the future is refused (a minute of clock skew tolerated); a token without iat too', async () => {
      await refused(`Bearer ${await raw({ iat: now() + 3600, exp: now() + 7200 })}`);
      await expect(verifyBearer(`Bearer ${await raw({ iat: now() + 30, exp: now() + 3600 })}`)).resolves.toBeTruthy();
      await refused(`Bearer ${await raw({ exp: now() + 3600 })}`);
    });

    it('refuses the probe\'s 3,000-character dept claim and a sub with spaces or control characters', async () => {
      await refused(`Bearer ${await raw({ iat: now(), exp: now() + 60, role: 'department', dept: 'D'.repeat(3000) })}`);
      await expect(verifyBearer(`Bearer ${await raw({ iat: now(), exp: now() + 60, role: 'department', dept: 'D'.repeat(64) })}`)).resolves.toMatchObject({ dept: 'D'.repeat(64) });
      await refused(`Bearer ${await raw({ iat: now(), exp: now() + 60, sub: 'a b' })}`);
      await refused(`Bearer ${await raw({ iat: now(), exp: now() + 60, sub: 'a\u0000' })}`);
    });

    it('mintToken refuses to mint a token longer than 12 hours', async () => {
      await expect(mintToken({ sub: 'u', role: 'admin', jur: 'hongshan' }, { ttlSeconds: 12 * 3600 + 1 })).rejects.toThrow(/lifetime/);
    });
  });
});
