import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER_REFERENCE, storefrontToken } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const UNKNOWN_EXTENSION = 'https://example.com/ext/unknown';
const ATOMIC = 'https://jsonapi.org/ext/atomic';

/** JSON:API 1.1 §5.1/§5.2: an extension the server does not support is 415 (Content-Type) or 406 (Accept). */
describe('JSON:API media type extensions (ext)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let token: string;

  const get = (accept: string) => request(storefront.http).get('/stores').set('Accept', accept);
  const patch = (contentType: string) =>
    request(storefront.http)
      .patch(`/customers/${DEMO_CUSTOMER_REFERENCE}`)
      .set('Accept', JSON_API)
      .set('Content-Type', contentType)
      .set('Authorization', bearer(token))
      .send(
        JSON.stringify({
          data: { type: 'customers', id: DEMO_CUSTOMER_REFERENCE, attributes: { firstName: 'Sonia' } },
        }),
      );

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    token = await storefrontToken(storefront.http);
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  it('refuses a Content-Type naming an unsupported extension with 415', async () => {
    const response = await patch(`${JSON_API}; ext="${UNKNOWN_EXTENSION}"`).expect(415);
    expect(response.body.errors[0]).toMatchObject({
      status: '415',
      code: '415',
      source: { header: 'Content-Type' },
      detail: `${JSON_API}: the extension "${UNKNOWN_EXTENSION}" is not supported here (supported: none).`,
    });
  });

  it('refuses a Content-Type naming several extensions the application does not support', async () => {
    await patch(`${JSON_API}; ext="${ATOMIC} ${UNKNOWN_EXTENSION}"`).expect(415);
  });

  it('refuses an Accept whose every JSON:API instance names an unsupported extension with 406', async () => {
    const response = await get(`${JSON_API}; ext="${UNKNOWN_EXTENSION}", ${JSON_API}; ext=${ATOMIC}`).expect(
      406,
    );
    expect(response.body.errors[0]).toMatchObject({
      status: '406',
      code: '010',
      source: { header: 'Accept' },
    });
    expect(response.body.errors[0].detail).toContain(`"${UNKNOWN_EXTENSION}", "${ATOMIC}"`);
  });

  it('serves JSON:API when one instance in Accept names no extension', async () => {
    const response = await get(`${JSON_API}; ext="${UNKNOWN_EXTENSION}", ${JSON_API}`).expect(200);
    expect(response.headers['content-type']).toBe(JSON_API);
  });

  it('keeps profile ignorable, in Accept and in Content-Type', async () => {
    await get(`${JSON_API}; profile="https://example.com/profiles/timestamps"`).expect(200);
    await patch(`${JSON_API}; profile="https://example.com/profiles/timestamps"`).expect(200);
  });
});
