import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER, DEMO_CUSTOMER_REFERENCE, passwordGrant } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'Teapot-2024-green';
const NEW_PASSWORD = 'Brand-new-2025';

/**
 * A session is what one login starts; its access tokens are refused on the very next request once
 * it has ended (docs/security.md, "Sessions and revocation").
 */
describe('storefront sessions end at once (logout, refresh-token reuse, password change)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;

  const jsonApi = (method: 'post' | 'delete' | 'get' | 'patch', path: string, token?: string) => {
    const call = request(storefront.http)[method](path).set('Accept', JSON_API);
    return token === undefined ? call : call.set('Authorization', bearer(token));
  };
  const customer = (reference: string, token: string) => jsonApi('get', `/customers/${reference}`, token);
  const refresh = (refreshToken: string) =>
    jsonApi('post', '/refresh-tokens')
      .set('Content-Type', JSON_API)
      .send({ data: { type: 'refresh-tokens', attributes: { refreshToken } } });
  const expectSessionEnded = async (response: request.Response | Promise<request.Response>) => {
    const answer = await response;
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer realm="storefront", error="invalid_token"/);
    expect(answer.body.errors[0]).toMatchObject({ status: '401', code: '001' });
    expect(answer.body.errors[0].detail).toMatch(/session .*has ended/);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
  });

  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  it('refuses the access token of a session ended by DELETE /refresh-tokens/{token}, and only that one', async () => {
    const leaving = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const staying = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    expect((await customer(DEMO_CUSTOMER_REFERENCE, leaving.accessToken)).status).toBe(200);

    const logout = await jsonApi('delete', `/refresh-tokens/${leaving.refreshToken}`, leaving.accessToken);
    expect(logout.status).toBe(204);

    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, leaving.accessToken));
    expect((await customer(DEMO_CUSTOMER_REFERENCE, staying.accessToken)).status).toBe(200);
    // A public route serves a caller with an ended session anonymously, as it does any bad token.
    expect((await jsonApi('get', '/stores', leaving.accessToken)).status).toBe(200);
  });

  it('refuses every access token of the customer after DELETE /refresh-tokens/mine', async () => {
    const one = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const two = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    expect((await customer(DEMO_CUSTOMER_REFERENCE, two.accessToken)).status).toBe(200);

    expect((await jsonApi('delete', '/refresh-tokens/mine', one.accessToken)).status).toBe(204);

    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, one.accessToken));
    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, two.accessToken));
    // A new login starts a new session.
    const again = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    expect((await customer(DEMO_CUSTOMER_REFERENCE, again.accessToken)).status).toBe(200);
  });

  it('ends the session when a used refresh token comes back: its access tokens are refused', async () => {
    const login = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const rotated = await refresh(login.refreshToken);
    expect(rotated.status).toBe(201);
    const successor = rotated.body.data.attributes as { accessToken: string; refreshToken: string };
    expect((await customer(DEMO_CUSTOMER_REFERENCE, successor.accessToken)).status).toBe(200);

    const reuse = await refresh(login.refreshToken);
    expect(reuse.status).toBe(401);
    expect(reuse.body.errors[0]).toMatchObject({ status: '401', code: '004' });

    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, successor.accessToken));
    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, login.accessToken));
  });

  it('POST /revoke (RFC 7009) ends the session of an access token', async () => {
    const session = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    const revoked = await request(storefront.http)
      .post('/revoke')
      .type('form')
      .send({ token: session.accessToken, token_type_hint: 'access_token' });
    expect(revoked.status).toBe(200);
    await expectSessionEnded(customer(DEMO_CUSTOMER_REFERENCE, session.accessToken));
    expect((await refresh(session.refreshToken)).status).toBe(401);
  });

  it("a password change ends the customer's other sessions; the session making it survives", async () => {
    const registered = await jsonApi('post', '/customers')
      .set('Content-Type', JSON_API)
      .send({
        data: {
          type: 'customers',
          attributes: {
            email: 'rotating.keys@example.com',
            password: PASSWORD,
            confirmPassword: PASSWORD,
            salutation: 'Ms',
            firstName: 'Rita',
            lastName: 'Rotating',
            acceptedTerms: true,
          },
        },
      });
    expect(registered.status).toBe(201);
    const reference = registered.body.data.id as string;
    const credentials = { username: 'rotating.keys@example.com', password: PASSWORD };
    const changing = await passwordGrant(storefront.http, credentials);
    const other = await passwordGrant(storefront.http, credentials);
    const bystander = await passwordGrant(storefront.http, DEMO_CUSTOMER);
    expect((await customer(reference, other.accessToken)).status).toBe(200);

    const change = await jsonApi('patch', `/customers/${reference}`, changing.accessToken)
      .set('Content-Type', JSON_API)
      .send({
        data: {
          type: 'customers',
          id: reference,
          attributes: { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, currentPassword: PASSWORD },
        },
      });
    expect(change.status).toBe(200);

    // The other session: its access token at once, its refresh token too.
    await expectSessionEnded(customer(reference, other.accessToken));
    const refused = await refresh(other.refreshToken);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0]).toMatchObject({ status: '401', code: '004' });

    // The changing session goes on, and can still be refreshed.
    expect((await customer(reference, changing.accessToken)).status).toBe(200);
    const renewed = await refresh(changing.refreshToken);
    expect(renewed.status).toBe(201);
    expect((await customer(reference, renewed.body.data.attributes.accessToken as string)).status).toBe(200);

    // Another customer's session is not touched.
    expect((await customer(DEMO_CUSTOMER_REFERENCE, bystander.accessToken)).status).toBe(200);
  });
});
