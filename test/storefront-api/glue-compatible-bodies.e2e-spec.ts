import request from 'supertest';
import type { App } from 'supertest/types.js';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER, DEMO_CUSTOMER_REFERENCE, passwordGrant } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'Teapot-2024-green';
const ADDRESSES = `/customers/${DEMO_CUSTOMER_REFERENCE}/addresses`;
/** What Glue's storefront clients label their JSON:API documents with (glue-reference.md). */
const TEXT_PLAIN = 'text/plain;charset=UTF-8';

const registration = (email: string) => ({
  email,
  password: PASSWORD,
  confirmPassword: PASSWORD,
  salutation: 'Ms',
  firstName: 'Greta',
  lastName: 'Green',
  acceptedTerms: true,
});

const address = {
  salutation: 'Ms',
  firstName: 'Sonia',
  lastName: 'Wagner',
  address1: 'Julie-Wolfthorn-Straße',
  address2: '1',
  zipCode: '10115',
  city: 'Berlin',
  iso2Code: 'DE',
};

/** A JSON:API document sent as `contentType`, with `*\/*` as Glue clients accept. */
function send(
  http: App,
  method: 'post' | 'patch',
  path: string,
  contentType: string,
  body: unknown,
  token?: string,
) {
  const call = request(http)[method](path).set('Accept', '*/*').set('Content-Type', contentType);
  return (token === undefined ? call : call.set('Authorization', bearer(token))).send(
    typeof body === 'string' ? body : JSON.stringify(body),
  );
}

describe('Glue-compatible request bodies and tokens (storefront, Glue compatibility on and off)', () => {
  let database: TestDatabase;
  let glue: RunningApplication;
  let strict: RunningApplication;
  let glueToken: string;
  let strictToken: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    [glue, strict] = await Promise.all([
      startStorefront(database.url),
      startStorefront(database.url, { glueCompatibility: false }),
    ]);
    glueToken = (await passwordGrant(glue.http, DEMO_CUSTOMER)).accessToken;
    strictToken = (await passwordGrant(strict.http, DEMO_CUSTOMER)).accessToken;
  });
  afterAll(async () => {
    await glue?.app.close();
    await strict?.app.close();
    await database?.drop();
  });

  describe('Glue compatibility on (the storefront default)', () => {
    it('registers from a JSON:API document labelled application/json, dropping unknown attributes', async () => {
      const response = await send(glue.http, 'post', '/customers', 'application/json', {
        data: {
          type: 'customers',
          attributes: {
            ...registration('glue-json@example.com'),
            customer_reference: 'DE--999',
            isActive: true,
          },
        },
      }).expect(201);
      expect(response.headers['content-type']).toBe(JSON_API);
      expect(response.body.data.id).not.toBe('DE--999');
      expect(response.body.data.attributes).toMatchObject({ email: 'glue-json@example.com' });
      expect(response.body.data.attributes).not.toHaveProperty('customer_reference');
    });

    it('still reads plain JSON labelled application/json on a resource that serves plain JSON', async () => {
      const response = await send(
        glue.http,
        'post',
        '/customers',
        'application/json',
        registration('glue-plain@example.com'),
      )
        .set('Accept', 'application/json')
        .expect(201);
      expect(response.body).toMatchObject({ email: 'glue-plain@example.com' });
    });

    it('logs in from a document labelled text/plain;charset=UTF-8 and answers id null, as Glue', async () => {
      const response = await send(glue.http, 'post', '/access-tokens', TEXT_PLAIN, {
        data: { type: 'access-tokens', attributes: DEMO_CUSTOMER },
      }).expect(201);
      expect(response.body.data).toMatchObject({ type: 'access-tokens', id: null });
      const refreshed = await send(glue.http, 'post', '/refresh-tokens', 'application/json', {
        data: {
          type: 'refresh-tokens',
          attributes: { refreshToken: response.body.data.attributes.refreshToken as string },
        },
      }).expect(201);
      expect(refreshed.body.data).toMatchObject({ type: 'refresh-tokens', id: null });
    });

    it('creates and updates an address as a Glue client sends it: extra id, no data.id on PATCH', async () => {
      const created = await send(
        glue.http,
        'post',
        ADDRESSES,
        TEXT_PLAIN,
        { data: { type: 'addresses', attributes: { ...address, id: 'client-made' } } },
        glueToken,
      ).expect(201);
      const id = created.body.data.id as string;
      expect(id).not.toBe('client-made');
      const updated = await send(
        glue.http,
        'patch',
        `${ADDRESSES}/${id}`,
        'application/json',
        { data: { type: 'addresses', attributes: { city: 'Hamburg', zipCode: '20095', id: 'x' } } },
        glueToken,
      ).expect(200);
      expect(updated.body.data).toMatchObject({ id, attributes: { city: 'Hamburg' } });
      const otherId = await send(
        glue.http,
        'patch',
        `${ADDRESSES}/${id}`,
        'application/json',
        { data: { type: 'addresses', id: 'another', attributes: { city: 'Köln' } } },
        glueToken,
      ).expect(409);
      expect(otherId.body.errors[0].source).toEqual({ pointer: '/data/id' });
    });

    it('answers a wrong data.type with 400, as Glue', async () => {
      const response = await send(glue.http, 'post', '/access-tokens', 'application/json', {
        data: { type: 'customers', attributes: DEMO_CUSTOMER },
      }).expect(400);
      expect(response.body.errors[0]).toMatchObject({ code: '4002', source: { pointer: '/data/type' } });
    });

    it('still answers a body that is not JSON with 400 and an unsupported media type with 415', async () => {
      const broken = await send(glue.http, 'post', '/access-tokens', TEXT_PLAIN, 'username=sonia').expect(
        400,
      );
      expect(broken.body.errors[0]).toMatchObject({ code: '4002' });
      await send(glue.http, 'post', '/access-tokens', 'application/xml', '<data/>').expect(415);
    });

    it('revokes an unknown or already revoked refresh token with 204: logging out is idempotent', async () => {
      const session = await passwordGrant(glue.http, DEMO_CUSTOMER);
      // Revoked from another session: revoking a session also ends its access token.
      const revoke = () =>
        request(glue.http)
          .delete(`/refresh-tokens/${session.refreshToken}`)
          .set('Accept', '*/*')
          .set('Authorization', bearer(glueToken));
      await revoke().expect(204);
      await revoke().expect(204);
      await request(glue.http)
        .post('/token')
        .type('form')
        .send({ grant_type: 'refresh_token', refresh_token: session.refreshToken })
        .expect(400);
      await request(glue.http)
        .delete('/refresh-tokens/not-a-token')
        .set('Accept', '*/*')
        .set('Authorization', bearer(glueToken))
        .expect(204);
    });

    it('answers POST /token without the grant’s credentials with invalid_grant, as Glue words it', async () => {
      for (const body of ['grant_type=password&username=sonia@example.com', 'grant_type=refresh_token']) {
        const response = await request(glue.http).post('/token').type('form').send(body).expect(400);
        expect(response.body).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
      }
    });
  });

  describe('Glue compatibility off (strict JSON:API)', () => {
    it('reads application/json as plain JSON, so a JSON:API document there is refused', async () => {
      const response = await send(strict.http, 'post', '/customers', 'application/json', {
        data: { type: 'customers', attributes: registration('strict-json@example.com') },
      }).expect(422);
      expect(response.body.errors[0].detail).toBe('Attribute "data" is not known.');
      await send(strict.http, 'post', '/access-tokens', TEXT_PLAIN, {
        data: { type: 'access-tokens', attributes: DEMO_CUSTOMER },
      }).expect(415);
    });

    it('refuses unknown attributes with 422, a wrong type with 409 and a PATCH without data.id with 400', async () => {
      const unknown = await send(strict.http, 'post', '/customers', JSON_API, {
        data: {
          type: 'customers',
          attributes: { ...registration('strict@example.com'), customer_reference: 'x' },
        },
      }).expect(422);
      expect(unknown.body.errors[0].source).toEqual({ pointer: '/data/attributes/customer_reference' });
      await send(strict.http, 'post', '/access-tokens', JSON_API, {
        data: { type: 'customers', attributes: DEMO_CUSTOMER },
      }).expect(409);
      const patch = await send(
        strict.http,
        'patch',
        `/customers/${DEMO_CUSTOMER_REFERENCE}`,
        JSON_API,
        { data: { type: 'customers', attributes: { firstName: 'Sonia' } } },
        strictToken,
      ).expect(400);
      expect(patch.body.errors[0].source).toEqual({ pointer: '/data/id' });
    });

    it('gives tokens their id, answers an unknown refresh token with 404 and /token per RFC 6749', async () => {
      const login = await send(strict.http, 'post', '/access-tokens', JSON_API, {
        data: { type: 'access-tokens', attributes: DEMO_CUSTOMER },
      }).expect(201);
      expect(login.body.data.id).toEqual(expect.any(String));
      await request(strict.http)
        .delete('/refresh-tokens/not-a-token')
        .set('Accept', JSON_API)
        .set('Authorization', bearer(strictToken))
        .expect(404);
      const token = await request(strict.http)
        .post('/token')
        .type('form')
        .send('grant_type=password&username=sonia@example.com')
        .expect(400);
      expect(token.body.error).toBe('invalid_request');
    });
  });

  it('sends 422 with RFC 9110’s reason phrase "Unprocessable Content" in both modes, Glue’s 901 for a login', async () => {
    for (const [http, code] of [
      [glue.http, '901'],
      [strict.http, '422'],
    ] as const) {
      const response = await send(http, 'post', '/access-tokens', JSON_API, {
        data: { type: 'access-tokens', attributes: { username: DEMO_CUSTOMER.username } },
      }).expect(422);
      expect(response.body.errors[0]).toMatchObject({
        code,
        source: { pointer: '/data/attributes/password' },
      });
      // superagent keeps Node's response, with the status line's reason phrase, as `res`.
      const { res } = response as unknown as { res: { statusMessage: string } };
      expect(res.statusMessage).toBe('Unprocessable Content');
    }
  });
});
