import request from 'supertest';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** With REDIS_URL set (CI) the applications use Redis, and readiness checks it too. */
const backendChecks = process.env['REDIS_URL'] ? ['database', 'redis'] : ['database'];
/** The storefront also checks its storage cache's LISTEN connection. */
const storefrontChecks = [...backendChecks, 'storage-cache'];
const checksOf = { storefront: storefrontChecks, backend: backendChecks } as const;

describe('health: /health/live, /health/ready and Glue’s health-check', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let backend: RunningApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url, { storageCache: {} });
    backend = await startBackend(database.url);
  });

  afterAll(async () => {
    await storefront?.app.close();
    await backend?.app.close();
    await database?.drop();
  });

  it.each(['storefront', 'backend'] as const)(
    '%s: /health/live answers plain JSON in terminus’s shape, with any Accept or none, never cached',
    async (which) => {
      const http = (which === 'storefront' ? storefront : backend).http;
      for (const accept of [undefined, 'application/xml', JSON_API]) {
        const call = request(http).get('/health/live');
        const response = await (accept === undefined ? call : call.set('Accept', accept));
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/json');
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
      }
    },
  );

  it.each(['storefront', 'backend'] as const)(
    '%s: /health/ready checks the database (and Redis when configured, and the storefront its storage cache listener), public even with a bad token',
    async (which) => {
      const http = (which === 'storefront' ? storefront : backend).http;
      const checks = checksOf[which];
      const response = await request(http).get('/health/ready').set('Authorization', bearer('not-a-token'));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json');
      expect(response.body).toMatchObject({ status: 'ok', error: {} });
      expect(Object.keys(response.body.details as object)).toEqual(checks);
      for (const name of checks) {
        expect(response.body.details[name]).toMatchObject({ status: 'up', responseTime: expect.any(Number) });
      }
    },
  );

  it('keeps the health endpoints out of the API description', async () => {
    const document = await request(storefront.http).get('/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths as object).filter((path) => path.startsWith('/health/'))).toEqual(
      [],
    );
  });

  it('storefront: GET /health-check is Glue’s resource, one healthy resource listing the services', async () => {
    const response = await request(storefront.http).get('/health-check').set('Accept', JSON_API);
    expect(response.status).toBe(200);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.data).toEqual([
      {
        type: 'health-check',
        id: 'storefront',
        attributes: {
          status: 'healthy',
          statusCode: 200,
          message: null,
          healthCheckServiceResponses: storefrontChecks.map((name) => ({
            name,
            status: true,
            message: null,
          })),
        },
        links: { self: expect.stringMatching(/\/health-check$/) },
      },
    ]);
  });

  it('storefront: ?services= checks only the services named; an unknown one is 400', async () => {
    const only = await request(storefront.http)
      .get('/health-check?services=database')
      .set('Accept', JSON_API);
    expect(only.status).toBe(200);
    expect(only.body.data[0].attributes.healthCheckServiceResponses).toEqual([
      { name: 'database', status: true, message: null },
    ]);

    const unknown = await request(storefront.http)
      .get('/health-check?services=search')
      .set('Accept', JSON_API);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({
      status: '400',
      source: { parameter: 'services' },
      detail: expect.stringMatching(/^Requested services not found\. Unknown: search\./),
    });
  });

  it('backend: has no health-check resource (Glue serves it to storefront clients)', async () => {
    await request(backend.http).get('/health-check').set('Accept', JSON_API).expect(404);
  });
});
