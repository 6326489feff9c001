import request, { type Response } from 'supertest';
import {
  adminToken,
  API_KEY_HEADER,
  apiClientHeaders,
  assertJsonApi,
  assertOpenApi,
  bearer,
  customerToken,
  DEMO_CUSTOMER_REFERENCE,
  JSON_API,
  startBackend,
  startStorefront,
  throwawayDatabase,
  type RunningApplication,
  type TestDatabase,
} from './index.js';

/** The response as if the application had sent `body` instead (the audit saw the real one). */
function withBody(response: Response, body: unknown): Response {
  return Object.assign(Object.create(Object.getPrototypeOf(response) as object) as Response, response, {
    text: JSON.stringify(body),
  });
}

describe('the e2e kit (test/support/kit, docs/testing.md)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let backend: RunningApplication;

  beforeAll(async () => {
    database = await throwawayDatabase();
    // Two applications on one throwaway database, as `npm start` runs them on one.
    [storefront, backend] = await Promise.all([startStorefront(database.url), startBackend(database.url)]);
  });
  afterAll(async () => {
    await Promise.all([storefront?.app.close(), backend?.app.close()]);
    await database?.drop();
  });

  it('gives a customer token that the storefront accepts for the customer’s own resources', async () => {
    const response = await request(storefront.http)
      .get(`/customers/${DEMO_CUSTOMER_REFERENCE}`)
      .set('Accept', JSON_API)
      .set('Authorization', bearer(await customerToken(storefront.http)))
      .expect(200);
    assertJsonApi(response);
    assertOpenApi(storefront, response);
  });

  it('gives an admin token that the backend accepts for back-office users', async () => {
    const response = await request(backend.http)
      .get('/users')
      .set('Accept', JSON_API)
      .set('Authorization', bearer(await adminToken(backend.http)))
      .expect(200);
    assertJsonApi(response);
    assertOpenApi(backend, response);
  });

  it('gives an API client the header its API-key strategy reads', () => {
    expect(API_KEY_HEADER).toBe('X-Api-Key');
    expect(apiClientHeaders('partner-key')).toEqual({ 'X-Api-Key': 'partner-key' });
    expect(apiClientHeaders('erp-key', 'x-erp-key')).toEqual({ 'x-erp-key': 'erp-key' });
  });

  it('fails assertJsonApi on another media type and on an invalid document', async () => {
    const store = await request(storefront.http).get('/stores/DE').set('Accept', JSON_API).expect(200);
    assertJsonApi(store);
    expect(() => assertJsonApi(withBody(store, { data: { type: 'stores' } }))).toThrow(
      /GET \/stores\/DE → 200: not a valid JSON:API document/,
    );
    const plain = await request(storefront.http)
      .get('/stores/DE')
      .set('Accept', 'application/json')
      .expect(200);
    expect(() => assertJsonApi(plain)).toThrow(/Content-Type is "application\/json"/);
  });

  it('fails assertOpenApi on a body its operation does not describe, and on an undocumented response', async () => {
    const store = await request(storefront.http).get('/stores/DE').set('Accept', JSON_API).expect(200);
    assertOpenApi(storefront, store);
    const renamed = { data: { ...store.body.data, attributes: { colour: 'red' } } };
    expect(() => assertOpenApi(storefront, withBody(store, renamed))).toThrow(
      /not what OpenAPI operation GET \/stores\/\{name\} \(.+\) → 200 application\/vnd\.api\+json says/,
    );
    const document = await request(storefront.http).get('/docs/openapi.json').expect(200);
    expect(() => assertOpenApi(storefront, document)).toThrow(/no operation .* describes this response/);
  });
});
