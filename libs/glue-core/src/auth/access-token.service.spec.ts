import { createHmac, generateKeyPairSync } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { AccessTokenService } from './access-token.service.js';
import { InvalidAccessTokenError } from './bearer-token.js';
import { SigningKeyRing } from './signing-key-ring.js';

const pem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
const keys = SigningKeyRing.fromPem(pem().toString());
const stranger = SigningKeyRing.fromPem(pem().toString());
const tokens = new AccessTokenService({ issuer: 'urn:spec', audience: 'urn:spec-api', ttlSeconds: 60, keys });
const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** Valid claims but for `claims`, signed RS256 with `ring`'s key unless `kid` says otherwise. */
function sign(
  claims: JWTPayload = {},
  { ring = keys, kid }: { ring?: SigningKeyRing; kid?: string } = {},
): Promise<string> {
  const issued = now();
  const payload = {
    iss: 'urn:spec',
    aud: 'urn:spec-api',
    sub: 'u1',
    iat: issued,
    exp: issued + 60,
    jti: 'j',
    ...claims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: kid ?? ring.signingKey.kid })
    .sign(ring.signingKey.privateKey);
}

describe('AccessTokenService: the rules every access token of the application passes', () => {
  it('verifies the tokens it issues', async () => {
    const issued = await tokens.issue({ subject: 'u1', scopes: ['a', 'b'], sessionId: 's1' });
    expect(tokens.verify(issued.accessToken)).toMatchObject({ sub: 'u1', scope: 'a b', sid: 's1' });
  });

  const refusals: readonly (readonly [string, () => Promise<string> | string, RegExp])[] = [
    [
      'an unsigned token (alg: none)',
      () => `${segment({ alg: 'none' })}.${segment({ sub: 'u1' })}.`,
      /algorithm/,
    ],
    [
      'HS256 signed with the public key',
      () => {
        const input = `${segment({ alg: 'HS256', kid: keys.signingKey.kid })}.${segment({ iss: 'urn:spec', sub: 'u1' })}`;
        const secret = keys.signingKey.publicKey.export({ type: 'spki', format: 'pem' });
        return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      },
      /algorithm/,
    ],
    ['an expired token', () => sign({ iat: now() - 600, exp: now() - 60 }), /expired/],
    ['a token not valid yet', () => sign({ nbf: now() + 600 }), /not valid yet/],
    ['another audience', () => sign({ aud: 'urn:other-api' }), /"aud"/],
    ['another issuer', () => sign({ iss: 'urn:other' }), /"iss"/],
    ['a key of another ring', () => sign({}, { ring: stranger }), /unknown key/],
    ['a retired kid', () => sign({}, { kid: 'retired' }), /unknown key/],
    ['a token without jti', () => sign({ jti: undefined }), /"jti"/],
    ['a token whose iat is no number', () => sign({ iat: 'yesterday' as unknown as number }), /"iat"/],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await sign()).split('.');
        return `${header}.${segment({ iss: 'urn:spec', aud: 'urn:spec-api', sub: 'root', exp: now() + 60 })}.${signature}`;
      },
      /not valid/,
    ],
    ['something that is no JWT', () => 'not-a-jwt', /algorithm|not valid/],
  ];

  it.each(refusals)('refuses %s with InvalidAccessTokenError', async (_case, token, detail) => {
    const value = await token();
    expect(() => tokens.verify(value)).toThrow(InvalidAccessTokenError);
    expect(() => tokens.verify(value)).toThrow(detail);
  });
});
