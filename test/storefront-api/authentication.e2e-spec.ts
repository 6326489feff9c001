import request from 'supertest';
import {
  JSON_API,
  startStorefront,
  TEST_SIGNING_KEYS,
  type RunningApplication,
} from '../support/applications.js';
import { bearer, DEMO_CUSTOMER, DEMO_CUSTOMER_REFERENCE, passwordGrant } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { decodePayload, TokenForge } from '../support/token-forge.js';

const STOREFRONT = { issuer: 'urn:glue:storefront', audience: 'urn:glue:storefront-api' };

describe('storefront authentication (token, access-tokens, refresh-tokens)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;

  const jsonApi = (method: 'post' | 'delete' | 'get', path: string, token?: string) => {
    const call = request(storefront.http)[method](path).set('Accept', JSON_API);
    return token === undefined ? call : call.set('Authorization', bearer(token));
  };
  const accessTokens = (attributes: Record<string, unknown>) =>
    jsonApi('post', '/access-tokens')
      .set('Content-Type', JSON_API)
      .send({ data: { type: 'access-tokens', attributes } });
  const refreshTokens = (refreshToken: string) =>
    jsonApi('post', '/refresh-tokens')
      .set('Content-Type', JSON_API)
      .send({ data: { type: 'refresh-tokens', attributes: { refreshToken } } });
  const ownCustomer = (token: string) => jsonApi('get', `/customers/${DEMO_CUSTOMER_REFERENCE}`, token);

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
  });

  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  it('POST /token keeps Glue’s sub shape: a JSON string with customer_reference and id_customer', async () => {
    const { accessToken } = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const payload = decodePayload(accessToken);
    expect(JSON.parse(String(payload.sub))).toEqual({
      customer_reference: DEMO_CUSTOMER_REFERENCE,
      id_customer: 1,
    });
    expect(payload).toMatchObject({ iss: STOREFRONT.issuer, aud: STOREFRONT.audience, scope: 'customer' });
    expect((await ownCustomer(accessToken)).status).toBe(200);
  });

  it('POST /access-tokens logs a customer in (JSON:API, 201)', async () => {
    const response = await accessTokens({
      username: DEMO_CUSTOMER.username,
      password: DEMO_CUSTOMER.password,
    });
    expect(response.status).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.data).toMatchObject({
      type: 'access-tokens',
      attributes: {
        tokenType: 'Bearer',
        expiresIn: 900,
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        refreshTokenExpiresIn: 30 * 24 * 3600,
      },
    });
    expect((await ownCustomer(response.body.data.attributes.accessToken)).status).toBe(200);
  });

  it('answers wrong credentials with 401 and Glue’s code 003, and missing ones with 422', async () => {
    const wrong = await accessTokens({ username: DEMO_CUSTOMER.username, password: 'not-it-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0]).toMatchObject({ status: '401', code: '003' });
    const missing = await accessTokens({ username: DEMO_CUSTOMER.username });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].source).toEqual({ pointer: '/data/attributes/password' });
  });

  it('POST /refresh-tokens rotates; a reused token fails with 004 and revokes the family', async () => {
    const login = await accessTokens({ username: DEMO_CUSTOMER.username, password: DEMO_CUSTOMER.password });
    const first = login.body.data.attributes.refreshToken as string;
    const rotated = await refreshTokens(first);
    expect(rotated.status).toBe(201);
    expect(rotated.body.data.type).toBe('refresh-tokens');
    const second = rotated.body.data.attributes.refreshToken as string;
    expect(second).not.toBe(first);
    expect((await ownCustomer(rotated.body.data.attributes.accessToken)).status).toBe(200);

    const reuse = await refreshTokens(first);
    expect(reuse.status).toBe(401);
    expect(reuse.body.errors[0]).toMatchObject({ status: '401', code: '004' });
    expect((await refreshTokens(second)).status).toBe(401);
  });

  // Strict mode answers an unknown token with 404: glue-compatible-bodies.e2e-spec.ts.
  it('DELETE /refresh-tokens/{token} revokes one session; an unknown token is 204 too (Glue)', async () => {
    const session = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const other = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const revoke = await jsonApi('delete', `/refresh-tokens/${session.refreshToken}`, other.accessToken);
    expect(revoke.status).toBe(204);
    expect(revoke.headers['content-type']).toBeUndefined();
    expect((await refreshTokens(session.refreshToken)).status).toBe(401);
    expect((await refreshTokens(other.refreshToken)).status).toBe(201);
    expect((await jsonApi('delete', '/refresh-tokens/not-a-token', other.accessToken)).status).toBe(204);
    expect((await jsonApi('delete', `/refresh-tokens/${other.refreshToken}`)).status).toBe(401);
  });

  it('DELETE /refresh-tokens/mine logs the customer out everywhere', async () => {
    const one = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const two = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    expect((await jsonApi('delete', '/refresh-tokens/mine', one.accessToken)).status).toBe(204);
    expect((await refreshTokens(one.refreshToken)).status).toBe(401);
    expect((await refreshTokens(two.refreshToken)).status).toBe(401);
  });

  it('answers a blocked login on access-tokens with 429, Retry-After and code 4401', async () => {
    const guarded = await startStorefront(database.url, {
      auth: { loginBlocker: { maxFailuresPerAccount: 5, maxFailuresPerIp: 30, windowSeconds: 60 } },
    });
    try {
      const attempt = (password: string) =>
        request(guarded.http)
          .post('/access-tokens')
          .set('Accept', JSON_API)
          .set('Content-Type', JSON_API)
          .send({
            data: { type: 'access-tokens', attributes: { username: DEMO_CUSTOMER.username, password } },
          });
      for (let failure = 1; failure <= 5; failure += 1)
        expect((await attempt(`wrong-${failure}`)).status).toBe(401);
      const blocked = await attempt(DEMO_CUSTOMER.password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.errors[0]).toMatchObject({ status: '429', code: '4401' });
    } finally {
      await guarded.app.close();
    }
  });

  it('lets an expired token through on a public route, and refuses it on a protected one', async () => {
    const forge = new TokenForge(TEST_SIGNING_KEYS.storefront, STOREFRONT);
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await forge.sign({
      sub: JSON.stringify({ customer_reference: DEMO_CUSTOMER_REFERENCE, id_customer: 1 }),
      scope: 'customer',
      iat: past,
      nbf: past,
      exp: past + 60,
    });
    expect((await jsonApi('get', '/stores', expired)).status).toBe(200);
    const response = await ownCustomer(expired);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
  });
});
