import request from 'supertest';
import { randomUUID } from 'node:crypto';
import {
  JSON_API,
  startBackend,
  TEST_SIGNING_KEYS,
  type RunningApplication,
} from '../support/applications.js';
import {
  backendToken,
  bearer,
  DEMO_ADMIN,
  passwordGrant,
  tokenRequest,
  type Credentials,
} from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { decodePayload, TokenForge } from '../support/token-forge.js';

const PASSWORD = 'Kettle-2024-blue';

/**
 * A back-office user's sessions end at once when the user is deactivated, loses a role, gets a new
 * password, reuses a refresh token or revokes a token (RFC 7009): the next request with one of
 * their access tokens is refused (docs/security.md, "Sessions and revocation").
 */
describe('backend sessions end at once (deactivation, role loss, password, reuse, revocation)', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let adminToken: string;

  const products = (token: string) =>
    request(backend.http)
      .get('/products?page[limit]=1')
      .set('Accept', JSON_API)
      .set('Authorization', bearer(token));
  const createUser = async (
    email: string,
    roles: readonly string[],
  ): Promise<{ id: string } & Credentials> => {
    const created = await request(backend.http)
      .post('/users')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(adminToken))
      .send({
        data: {
          type: 'users',
          attributes: { email, password: PASSWORD, firstName: 'Sam', lastName: 'Session', roles },
        },
      });
    expect(created.status).toBe(201);
    return { id: created.body.data.id as string, username: email, password: PASSWORD };
  };
  const patchUser = (id: string, attributes: object, token = adminToken) =>
    request(backend.http)
      .patch(`/users/${id}`)
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(token))
      .send({ data: { type: 'users', id, attributes } });
  const refresh = (refreshToken: string) =>
    tokenRequest(backend.http, { grant_type: 'refresh_token', refresh_token: refreshToken });
  const revoke = (parameters: Record<string, string>) =>
    request(backend.http).post('/revoke').set('Accept', 'application/json').type('form').send(parameters);
  const expectSessionEnded = async (response: request.Response | Promise<request.Response>) => {
    const answer = await response;
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer realm="backend", error="invalid_token"/);
    expect(answer.body.errors[0]).toMatchObject({ status: '401', code: '001' });
    expect(answer.body.errors[0].detail).toMatch(/session .*has ended/);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url);
    adminToken = await backendToken(backend.http);
  });

  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
  });

  it('ends every session of a deactivated user on the next request', async () => {
    const user = await createUser('deactivated.session@example.com', ['catalog-manager']);
    const one = await passwordGrant(backend.http, user);
    const two = await passwordGrant(backend.http, user);
    expect((await products(one.accessToken)).status).toBe(200);

    expect((await patchUser(user.id, { isActive: false })).status).toBe(200);

    await expectSessionEnded(products(one.accessToken));
    await expectSessionEnded(products(two.accessToken));
    expect((await refresh(two.refreshToken)).status).toBe(400);
  });

  it('ends every session of a user who loses a role, and no other user’s', async () => {
    const demoted = await createUser('demoted.session@example.com', ['catalog-manager', 'support']);
    const unrelated = await createUser('unrelated.session@example.com', ['catalog-manager']);
    const promoted = await createUser('promoted.session@example.com', ['support']);
    const demotedSession = await passwordGrant(backend.http, demoted);
    const unrelatedSession = await passwordGrant(backend.http, unrelated);
    const promotedSession = await passwordGrant(backend.http, promoted);

    expect((await patchUser(demoted.id, { roles: ['support'] })).status).toBe(200);
    // Gaining a role takes nothing away: the session goes on (the new scopes come with the next refresh).
    expect((await patchUser(promoted.id, { roles: ['support', 'catalog-manager'] })).status).toBe(200);
    // A change that is not about access (a name) ends nothing either.
    expect((await patchUser(unrelated.id, { lastName: 'Renamed' })).status).toBe(200);

    await expectSessionEnded(products(demotedSession.accessToken));
    expect((await refresh(demotedSession.refreshToken)).status).toBe(400);
    expect((await products(unrelatedSession.accessToken)).status).toBe(200);
    expect((await products(promotedSession.accessToken)).status).toBe(200);
    expect((await products(adminToken)).status).toBe(200);
    // The demoted user logs in again with the scopes of the remaining role.
    const again = await passwordGrant(backend.http, demoted);
    expect((await products(again.accessToken)).status).toBe(200);
  });

  it("ends a user's sessions when an admin sets a new password; the admin's own session survives", async () => {
    const user = await createUser('new.password@example.com', ['catalog-manager']);
    const session = await passwordGrant(backend.http, user);
    expect((await patchUser(user.id, { password: 'Kettle-2025-red' })).status).toBe(200);
    await expectSessionEnded(products(session.accessToken));
    expect((await products(adminToken)).status).toBe(200);
  });

  it('ends the session when a used refresh token comes back to POST /token', async () => {
    const login = await passwordGrant(backend.http, DEMO_ADMIN);
    const rotated = await refresh(login.refreshToken);
    expect(rotated.status).toBe(200);
    expect((await products(rotated.body.access_token as string)).status).toBe(200);

    expect((await refresh(login.refreshToken)).status).toBe(400);

    await expectSessionEnded(products(rotated.body.access_token as string));
    await expectSessionEnded(products(login.accessToken));
  });

  it('refuses a token of its own that names no session, or a session it does not know', async () => {
    const forge = new TokenForge(TEST_SIGNING_KEYS.backend, {
      issuer: 'urn:glue:backend',
      audience: 'urn:glue:backend-api',
    });
    const sub = String(decodePayload(adminToken).sub);
    const noSession = await products(await forge.sign({ sub, scope: 'products:read' }));
    expect(noSession.status).toBe(401);
    expect(noSession.body.errors[0]).toMatchObject({
      code: '001',
      detail: expect.stringMatching(/no session/),
    });
    await expectSessionEnded(products(await forge.sign({ sub, scope: 'products:read', sid: randomUUID() })));
  });

  describe('POST /revoke (RFC 7009)', () => {
    it('ends the session of a refresh token: its access tokens and the refresh token are refused', async () => {
      const session = await passwordGrant(backend.http, DEMO_ADMIN);
      const other = await passwordGrant(backend.http, DEMO_ADMIN);
      const revoked = await revoke({ token: session.refreshToken, token_type_hint: 'refresh_token' });
      expect(revoked.status).toBe(200);
      expect(revoked.headers['cache-control']).toBe('no-store');
      await expectSessionEnded(products(session.accessToken));
      expect((await refresh(session.refreshToken)).status).toBe(400);
      expect((await products(other.accessToken)).status).toBe(200);
    });

    it('ends the session of an access token, whatever the hint says', async () => {
      const session = await passwordGrant(backend.http, DEMO_ADMIN);
      expect((await revoke({ token: session.accessToken, token_type_hint: 'refresh_token' })).status).toBe(
        200,
      );
      await expectSessionEnded(products(session.accessToken));
      expect((await refresh(session.refreshToken)).status).toBe(400);
    });

    it('answers 200 for a token it does not know, and 400 without a token', async () => {
      expect((await revoke({ token: 'not-a-token' })).status).toBe(200);
      const missing = await revoke({ token_type_hint: 'access_token' });
      expect(missing.status).toBe(400);
      expect(missing.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) });
    });
  });
});
