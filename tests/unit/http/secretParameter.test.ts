/** On a deployed stage the JWT secret is read from SSM Parameter Store at run time and cached. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mintToken, verifyBearer } from '@gov/http';

const ssm = mockClient(SSMClient);
const SECRET = 'a-secret-that-only-ssm-knows-0123456789';
const PARAM = '/gov-it-lifecycle/prod/jwt-secret';

beforeEach(() => {
  ssm.reset();
  delete process.env.JWT_SECRET;
  delete process.env.JWT_ISSUER;
  process.env.JWT_SECRET_PARAMETER = PARAM;
  process.env.AWS_REGION = 'cn-north-1';
});
afterEach(() => delete process.env.JWT_SECRET_PARAMETER);

describe('JWT secret from SSM', () => {
  it('verifies with the decrypted parameter and reads it once for many requests', async () => {
    ssm.on(GetParameterCommand, { Name: PARAM, WithDecryption: true }).resolves({ Parameter: { Value: SECRET } });
    const t = await mintToken({ sub: 'f1', role: 'finance', jur: 'bijie' }, { secret: SECRET });
    expect(await verifyBearer(`Bearer ${t}`)).toEqual({ sub: 'f1', role: 'finance', jur: 'bijie' });
    expect(await verifyBearer(`Bearer ${t}`)).toEqual({ sub: 'f1', role: 'finance', jur: 'bijie' });
    expect(ssm.commandCalls(GetParameterCommand).length).toBeLessThanOrEqual(1);
    // A token signed with the local development secret is refused where SSM holds another one.
    const local = await mintToken({ sub: 'f1', role: 'finance', jur: 'bijie' });
    await expect(verifyBearer(`Bearer ${local}`)).rejects.toMatchObject({ status: 401 });
  });

  it('answers 503, not 500, when the parameter cannot be read', async () => {
    process.env.JWT_SECRET_PARAMETER = '/gov-it-lifecycle/other/jwt-secret';
    ssm.on(GetParameterCommand).rejects(new Error('AccessDeniedException'));
    const t = await mintToken({ sub: 'f1', role: 'finance', jur: 'bijie' }, { secret: SECRET });
    await expect(verifyBearer(`Bearer ${t}`)).rejects.toMatchObject({ status: 503, code: 'AUTH_UNAVAILABLE' });
  });
});
