import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RouteTable } from '#glue-core';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER, DEMO_CUSTOMER_REFERENCE, storefrontToken } from '../support/auth.js';
import { publicWriteRequest, publicWriteRoutes } from '../support/rate-limits.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'Teapot-2024-green';

const registration = (email: string) => ({
  data: {
    type: 'customers',
    attributes: {
      email,
      password: PASSWORD,
      confirmPassword: PASSWORD,
      salutation: 'Ms',
      firstName: 'Rita',
      lastName: 'Rate',
      acceptedTerms: true,
    },
  },
});

/** The memory store always; Redis too where REDIS_URL is set (CI sets it). */
const stores: [string, string | null][] = [['memory', null]];
if (process.env['REDIS_URL']) stores.push(['redis', process.env['REDIS_URL']]);

/**
 * Unauthenticated writes (registration, logins, every `@Public()` POST/PUT/PATCH/DELETE) are
 * limited per client address and per account they name, with small limits here; reads and
 * authenticated writes are not.
 */
describe.each(stores)('storefront rate limits (%s store)', (_store, redisUrl) => {
  let database: TestDatabase;
  const running: RunningApplication[] = [];

  const start = async (
    limits: { readonly perIp: number; readonly perAccount: number },
    trustProxy?: number,
  ): Promise<RunningApplication> => {
    const app = await startStorefront(database.url, {
      rateLimit: { ...limits, windowSeconds: 60 },
      redisUrl,
      ...(trustProxy !== undefined && { trustProxy }),
    });
    running.push(app);
    return app;
  };
  const register = (app: RunningApplication, email: string, forwardedFor?: string) => {
    const call = request(app.http).post('/customers').set('Accept', JSON_API).set('Content-Type', JSON_API);
    return (forwardedFor === undefined ? call : call.set('X-Forwarded-For', forwardedFor)).send(
      JSON.stringify(registration(email)),
    );
  };
  const token = (app: RunningApplication, username: string, forwardedFor: string) =>
    request(app.http)
      .post('/token')
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', forwardedFor)
      .type('form')
      .send({ grant_type: 'password', username, password: DEMO_CUSTOMER.password });
  const accessTokens = (app: RunningApplication, username: string, forwardedFor: string) =>
    request(app.http)
      .post('/access-tokens')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('X-Forwarded-For', forwardedFor)
      .send({ data: { type: 'access-tokens', attributes: { username, password: DEMO_CUSTOMER.password } } });

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(running.map((app) => app.app.close()));
    await database?.drop();
  });

  it('refuses the registration over the limit per client address with 429, Retry-After and code 429 in JSON:API', async () => {
    const app = await start({ perIp: 3, perAccount: 100 });
    for (let index = 0; index < 3; index += 1) {
      expect((await register(app, `rita-${index}-${randomUUID()}@example.com`)).status).toBe(201);
    }
    const refused = await register(app, `rita-4-${randomUUID()}@example.com`);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['content-type']).toBe(JSON_API);
    expect(refused.body).toBeValidJsonApiDocument();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ status: '429', code: '429', detail: expect.stringMatching(/Too many/) }),
    ]);

    // Reads and authenticated writes are not limited.
    for (let index = 0; index < 5; index += 1) {
      expect((await request(app.http).get('/stores').set('Accept', JSON_API)).status).toBe(200);
    }
    const sonia = await storefrontToken(app.http);
    for (let index = 0; index < 5; index += 1) {
      const update = await request(app.http)
        .patch(`/customers/${DEMO_CUSTOMER_REFERENCE}`)
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .set('Authorization', bearer(sonia))
        .send({
          data: { type: 'customers', id: DEMO_CUSTOMER_REFERENCE, attributes: { lastName: 'Example' } },
        });
      expect(update.status).toBe(200);
    }
  });

  it('limits logins and registrations naming one account, whatever the client address', async () => {
    const app = await start({ perIp: 100, perAccount: 2 }, 1);
    expect((await token(app, DEMO_CUSTOMER.username, '203.0.113.1')).status).toBe(200);
    expect((await token(app, ' Sonia@Example.com', '203.0.113.2')).status).toBe(200);
    const refused = await token(app, 'SONIA@example.com', '203.0.113.3');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      error: 'invalid_request',
      error_description: expect.stringMatching(/Too many/),
    });
    // Another account is not affected, nor is the same account on another route.
    expect((await token(app, 'someone-else@example.com', '203.0.113.4')).status).toBe(400);
    expect((await accessTokens(app, DEMO_CUSTOMER.username, '203.0.113.5')).status).toBe(201);

    const email = `twice-${randomUUID()}@example.com`;
    expect((await register(app, email, '203.0.113.6')).status).toBe(201);
    expect((await register(app, email, '203.0.113.7')).status).toBe(422);
    const third = await register(app, email.toUpperCase(), '203.0.113.8');
    expect(third.status).toBe(429);
    expect(third.body.errors[0]).toMatchObject({ status: '429', code: '429' });
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy (TRUST_PROXY)', async () => {
    const direct = await start({ perIp: 2, perAccount: 100 });
    expect((await register(direct, `a-${randomUUID()}@example.com`, '198.51.100.1')).status).toBe(201);
    expect((await register(direct, `b-${randomUUID()}@example.com`, '198.51.100.2')).status).toBe(201);
    // A forged X-Forwarded-For changes nothing: the peer is the client.
    expect((await register(direct, `c-${randomUUID()}@example.com`, '198.51.100.3')).status).toBe(429);

    const proxied = await start({ perIp: 2, perAccount: 100 }, 1);
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await register(proxied, `d-${randomUUID()}@example.com`, client)).status).toBe(201);
    }
    expect((await register(proxied, `e-${randomUUID()}@example.com`, '198.51.100.1')).status).toBe(201);
    expect((await register(proxied, `f-${randomUUID()}@example.com`, '198.51.100.1')).status).toBe(429);
  });

  it('limits every public write the storefront declares, found from its routes', async () => {
    const app = await start({ perIp: 1, perAccount: 100 });
    const routes = publicWriteRoutes(app.app.get(RouteTable));
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'POST /customers',
        'POST /token',
        'POST /access-tokens',
        'POST /refresh-tokens',
      ]),
    );
    for (const route of routes) {
      const first = await publicWriteRequest(app.http, route);
      expect([first.status, `${route.method} ${route.path}`]).not.toEqual([429, expect.anything()]);
      const second = await publicWriteRequest(app.http, route);
      expect([second.status, `${route.method} ${route.path}`]).toEqual([
        429,
        `${route.method} ${route.path}`,
      ]);
      expect(second.headers['retry-after']).toMatch(/^\d+$/);
    }
  });
});
