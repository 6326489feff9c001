import request from 'supertest';
import {
  JSON_API,
  newPrivateKeyPem,
  startBackend,
  startStorefront,
  TEST_SIGNING_KEYS,
  type RunningApplication,
} from '../support/applications.js';
import {
  backendToken,
  bearer,
  createBackendUser,
  DEMO_ADMIN,
  passwordGrant,
  storefrontToken,
  tokenRequest,
} from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { decodeHeader, decodePayload, tamper, TokenForge } from '../support/token-forge.js';

const BACKEND = { issuer: 'urn:glue:backend', audience: 'urn:glue:backend-api' };

describe('backend authentication (POST /token, bearer tokens, scopes)', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let storefront: RunningApplication;
  let adminId: string;
  const forge = new TokenForge(TEST_SIGNING_KEYS.backend, BACKEND);

  const products = (authorization?: string) => {
    const call = request(backend.http).get('/products?page[limit]=1').set('Accept', JSON_API);
    return authorization === undefined ? call : call.set('Authorization', authorization);
  };
  const expectInvalidToken = async (token: string, detail: RegExp) => {
    const response = await products(bearer(token));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="backend", error="invalid_token"/);
    expect(response.body.errors[0]).toMatchObject({ status: '401', code: '001' });
    expect(response.body.errors[0].detail).toMatch(detail);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    [backend, storefront] = await Promise.all([startBackend(database.url), startStorefront(database.url)]);
    const token = await backendToken(backend.http);
    adminId = String(decodePayload(token).sub);
  });

  afterAll(async () => {
    await Promise.all([backend?.app.close(), storefront?.app.close()]);
    await database?.drop();
  });

  describe('POST /token (RFC 6749)', () => {
    it('issues tokens for the demo admin from a form body, and they open the products resource', async () => {
      const response = await request(backend.http)
        .post('/token')
        .type('form')
        .send('grant_type=password&username=admin@example.com&password=change123');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 900,
        refresh_token: expect.any(String),
        refresh_token_expires_in: 30 * 24 * 3600,
        scope: expect.stringContaining('products:read'),
      });
      expect((await products(bearer(response.body.access_token))).status).toBe(200);
    });

    it('accepts a JSON body too', async () => {
      const response = await request(backend.http)
        .post('/token')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ grant_type: 'password', ...DEMO_ADMIN }));
      expect(response.status).toBe(200);
    });

    it('accepts a JSON body labelled application/x-www-form-urlencoded, as Glue’s /token does', async () => {
      const response = await request(backend.http)
        .post('/token')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(JSON.stringify({ grant_type: 'password', ...DEMO_ADMIN }));
      expect(response.status).toBe(200);
      expect(response.body.token_type).toBe('Bearer');
      const wrong = await request(backend.http)
        .post('/token')
        .set('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8')
        .send(JSON.stringify({ grant_type: 'password', username: DEMO_ADMIN.username, password: 'a&b=c' }));
      expect(wrong.status).toBe(400);
      expect(wrong.body.error).toBe('invalid_grant');
    });

    it('signs RS256 access tokens with kid, iss, aud, exp, iat, jti and scopes', async () => {
      const token = await backendToken(backend.http);
      expect(decodeHeader(token)).toMatchObject({ alg: 'RS256', kid: forge.kid });
      const payload = decodePayload(token);
      expect(payload).toMatchObject({ iss: BACKEND.issuer, aud: BACKEND.audience, sub: adminId });
      expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
      expect(payload.jti).toEqual(expect.any(String));
      expect(String(payload['scope']).split(' ')).toEqual(
        expect.arrayContaining(['products:read', 'products:write', 'users:write', 'audit-logs:read']),
      );
    });

    it.each([
      ['a wrong password', 'grant_type=password&username=admin@example.com&password=nope', 'invalid_grant'],
      [
        'an unknown user',
        'grant_type=password&username=ghost@example.com&password=change123',
        'invalid_grant',
      ],
      ['no grant type', 'username=admin@example.com&password=change123', 'invalid_request'],
      ['no password', 'grant_type=password&username=admin@example.com', 'invalid_request'],
      ['another grant type', 'grant_type=client_credentials', 'unsupported_grant_type'],
      ['an unknown refresh token', 'grant_type=refresh_token&refresh_token=abc', 'invalid_grant'],
    ])('answers %s with 400 and an RFC 6749 error', async (_case, body, error) => {
      const response = await request(backend.http).post('/token').type('form').send(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error, error_description: expect.any(String) });
    });

    it('refuses a body that is neither a form nor JSON with 415', async () => {
      const response = await request(backend.http)
        .post('/token')
        .set('Content-Type', 'text/plain')
        .send('grant_type=password');
      expect(response.status).toBe(415);
      expect(response.body.error).toBe('invalid_request');
    });

    it('publishes the public keys, and only those, at /.well-known/jwks.json', async () => {
      const response = await request(backend.http)
        .get('/.well-known/jwks.json')
        .set('Accept', 'application/json');
      expect(response.status).toBe(200);
      expect(response.body.keys).toEqual([
        { kty: 'RSA', kid: forge.kid, alg: 'RS256', use: 'sig', n: expect.any(String), e: 'AQAB' },
      ]);
    });
  });

  describe('protected routes', () => {
    it('answers no token with 401, code 002 and a Bearer challenge', async () => {
      const response = await products();
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="backend"');
      expect(response.body.errors[0]).toMatchObject({ status: '401', code: '002' });
    });

    it('refuses an Authorization header that is not a bearer token', async () => {
      const response = await products('Basic YWRtaW46Y2hhbmdlMTIz');
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    });

    it('refuses an unsigned token (alg: none)', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectInvalidToken(
        forge.unsigned({
          ...BACKEND,
          iss: BACKEND.issuer,
          aud: BACKEND.audience,
          sub: adminId,
          exp: now + 60,
        }),
        /algorithm|not valid/,
      );
    });

    it('refuses an HS256 token signed with the public key', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = forge.hmacWithPublicKey({
        iss: BACKEND.issuer,
        aud: BACKEND.audience,
        sub: adminId,
        iat: now,
        exp: now + 60,
        jti: 'x',
        scope: 'products:read',
      });
      await expectInvalidToken(token, /algorithm/);
    });

    it('refuses an expired token', async () => {
      const past = Math.floor(Date.now() / 1000) - 3600;
      await expectInvalidToken(
        await forge.sign({ sub: adminId, iat: past, nbf: past, exp: past + 60 }),
        /expired/,
      );
    });

    it('refuses a token that is not valid yet', async () => {
      const future = Math.floor(Date.now() / 1000) + 3600;
      await expectInvalidToken(
        await forge.sign({ sub: adminId, nbf: future, exp: future + 60 }),
        /not valid yet/,
      );
    });

    it('refuses a tampered payload', async () => {
      const token = await backendToken(backend.http);
      await expectInvalidToken(
        tamper(token, (payload) => ({ ...payload, scope: `${String(payload['scope'])} root` })),
        /not valid/,
      );
    });

    it('refuses a wrong issuer and a wrong audience', async () => {
      await expectInvalidToken(await forge.sign({ sub: adminId, iss: 'https://evil.example' }), /issuer/);
      await expectInvalidToken(await forge.sign({ sub: adminId, aud: 'urn:glue:storefront-api' }), /"aud"/);
    });

    it('refuses a token signed with an unknown key', async () => {
      const stranger = new TokenForge(newPrivateKeyPem(), BACKEND);
      await expectInvalidToken(await stranger.sign({ sub: adminId, scope: 'products:read' }), /unknown key/);
      await expectInvalidToken(await forge.sign({ sub: adminId }, { kid: 'retired-key' }), /unknown key/);
    });

    it('refuses a storefront token on the backend, and a backend token on the storefront', async () => {
      await expectInvalidToken(await storefrontToken(storefront.http), /issuer/);
      const response = await request(storefront.http)
        .get('/customers/DE--1')
        .set('Accept', JSON_API)
        .set('Authorization', bearer(await backendToken(backend.http)));
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(
        /^Bearer realm="storefront", error="invalid_token"/,
      );
    });

    it('answers a token without the route scope with 403', async () => {
      const support = await createBackendUser(backend.http, await backendToken(backend.http), {
        email: 'support.agent@example.com',
        password: 'helpdesk42',
        firstName: 'Sam',
        lastName: 'Support',
        roles: ['support'],
      });
      expect((await products(bearer(support))).status).toBe(200);
      const write = await request(backend.http)
        .delete('/products/001')
        .set('Accept', JSON_API)
        .set('Authorization', bearer(support));
      expect(write.status).toBe(403);
      expect(write.body.errors[0]).toMatchObject({ status: '403', code: '403' });
      expect(write.body.errors[0].detail).toContain('products:write');
    });
  });

  describe('refresh tokens', () => {
    const refresh = (token: string) =>
      tokenRequest(backend.http, { grant_type: 'refresh_token', refresh_token: token });

    it('rotates on every use, and a reused token revokes its whole family', async () => {
      const first = await passwordGrant(backend.http, DEMO_ADMIN);
      const second = await refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refresh_token).not.toBe(first.refreshToken);
      expect((await products(bearer(second.body.access_token))).status).toBe(200);

      const reuse = await refresh(first.refreshToken);
      expect(reuse.status).toBe(400);
      expect(reuse.body.error).toBe('invalid_grant');
      // The thief's replay also locked out the successor: the family is gone.
      expect((await refresh(second.body.refresh_token)).status).toBe(400);
      // Other sessions of the same user are untouched.
      const other = await passwordGrant(backend.http, DEMO_ADMIN);
      expect((await refresh(other.refreshToken)).status).toBe(200);
    });
  });

  describe('signing key rotation', () => {
    it('adds a second key and retires the first without logging anybody out', async () => {
      const oldKey = TEST_SIGNING_KEYS.backend;
      const newKey = newPrivateKeyPem();
      const before = await passwordGrant(backend.http, DEMO_ADMIN);

      // Step 1: the new key signs, the old one still verifies.
      const both = await startBackend(database.url, { auth: { signingKeysPem: `${newKey}\n${oldKey}` } });
      try {
        const call = (token: string) =>
          request(both.http)
            .get('/products?page[limit]=1')
            .set('Accept', JSON_API)
            .set('Authorization', bearer(token));
        expect((await call(before.accessToken)).status).toBe(200);
        const fresh = await backendToken(both.http);
        expect(decodeHeader(fresh)['kid']).toBe(new TokenForge(newKey, BACKEND).kid);
        const jwks = await request(both.http).get('/.well-known/jwks.json').set('Accept', 'application/json');
        expect(jwks.body.keys).toHaveLength(2);
      } finally {
        await both.app.close();
      }

      // Step 2: the old key is retired. Its access tokens stop working; the session does not.
      const retired = await startBackend(database.url, { auth: { signingKeysPem: newKey } });
      try {
        const call = (token: string) =>
          request(retired.http)
            .get('/products?page[limit]=1')
            .set('Accept', JSON_API)
            .set('Authorization', bearer(token));
        expect((await call(before.accessToken)).status).toBe(401);
        const renewed = await tokenRequest(retired.http, {
          grant_type: 'refresh_token',
          refresh_token: before.refreshToken,
        });
        expect(renewed.status).toBe(200);
        expect((await call(renewed.body.access_token)).status).toBe(200);
      } finally {
        await retired.app.close();
      }
    });
  });
});
