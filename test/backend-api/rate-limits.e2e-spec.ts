import request from 'supertest';
import { RouteTable } from '#glue-core';
import { startBackend, type RunningApplication } from '../support/applications.js';
import { DEMO_ADMIN } from '../support/auth.js';
import { publicWriteRequest, publicWriteRoutes } from '../support/rate-limits.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The memory store always; Redis too where REDIS_URL is set (CI sets it). */
const stores: [string, string | null][] = [['memory', null]];
if (process.env['REDIS_URL']) stores.push(['redis', process.env['REDIS_URL']]);

describe.each(stores)('backend rate limits (%s store)', (_store, redisUrl) => {
  let database: TestDatabase;
  const running: RunningApplication[] = [];

  const start = async (
    limits: { readonly perIp: number; readonly perAccount: number },
    trustProxy?: number,
  ) => {
    const app = await startBackend(database.url, {
      rateLimit: { ...limits, windowSeconds: 60 },
      redisUrl,
      ...(trustProxy !== undefined && { trustProxy }),
    });
    running.push(app);
    return app;
  };
  const token = (app: RunningApplication, username: string, forwardedFor = '203.0.113.10') =>
    request(app.http)
      .post('/token')
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', forwardedFor)
      .type('form')
      .send({ grant_type: 'password', username, password: DEMO_ADMIN.password });

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(running.map((app) => app.app.close()));
    await database?.drop();
  });

  it('refuses POST /token over the limit per client address with 429 and Retry-After in the OAuth format', async () => {
    const app = await start({ perIp: 2, perAccount: 100 });
    expect((await token(app, DEMO_ADMIN.username)).status).toBe(200);
    expect((await token(app, 'nobody@example.com')).status).toBe(400);
    const refused = await token(app, DEMO_ADMIN.username);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.body).toEqual({
      error: 'invalid_request',
      error_description: expect.stringMatching(/Too many/),
    });
  });

  it('refuses POST /token over the limit per account named, from any client address', async () => {
    const app = await start({ perIp: 100, perAccount: 2 }, 1);
    expect((await token(app, DEMO_ADMIN.username, '203.0.113.21')).status).toBe(200);
    expect((await token(app, DEMO_ADMIN.username, '203.0.113.22')).status).toBe(200);
    expect((await token(app, 'Admin@Example.com', '203.0.113.23')).status).toBe(429);
    expect((await token(app, 'support@example.com', '203.0.113.24')).status).not.toBe(429);
  });

  it('limits every public write the backend declares, found from its routes', async () => {
    const app = await start({ perIp: 1, perAccount: 100 });
    const routes = publicWriteRoutes(app.app.get(RouteTable));
    expect(routes.map((route) => `${route.method} ${route.path}`)).toContain('POST /token');
    for (const route of routes) {
      expect((await publicWriteRequest(app.http, route)).status).not.toBe(429);
      const second = await publicWriteRequest(app.http, route);
      expect([second.status, `${route.method} ${route.path}`]).toEqual([
        429,
        `${route.method} ${route.path}`,
      ]);
    }
  });
});
