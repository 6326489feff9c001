import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import {
  runMigrations,
  seedDemoDataAt,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from '#zed-facades/database';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { DEMO_ADMIN, DEMO_CUSTOMER, tokenRequest } from '../support/auth.js';
import { findFreePort, waitFor } from '../support/processes.js';

/**
 * A lost database (or Redis) is 503 with `Retry-After`, never 500, and requests recover without a
 * restart when it returns. The applications run on a PostgreSQL of their own (not the suite
 * server that other suites share), so that this suite can stop and start it.
 */
const DATA_DIR = path.resolve('.data/test-outage-postgres');

const expectUnavailable = (response: request.Response): void => {
  expect(response.status).toBe(503);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.headers['cache-control']).toBe('no-store');
};

describe('a lost database', () => {
  let port: number;
  let database: EmbeddedPostgresServer | null = null;
  let storefront: RunningApplication;
  let backend: RunningApplication;

  const catalog = () => request(storefront.http).get('/abstract-products/001').set('Accept', JSON_API);
  const storefrontLogin = () => tokenRequest(storefront.http, { grant_type: 'password', ...DEMO_CUSTOMER });
  const accessTokens = () =>
    request(storefront.http)
      .post('/access-tokens')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send({ data: { type: 'access-tokens', attributes: { ...DEMO_CUSTOMER } } });
  const backendLogin = () => tokenRequest(backend.http, { grant_type: 'password', ...DEMO_ADMIN });

  beforeAll(async () => {
    port = await findFreePort();
    database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port });
    await runMigrations(database.url);
    await seedDemoDataAt(database.url);
    // No Redis here (even where REDIS_URL is set): only the database goes away in this test.
    // With its storage cache: its LISTEN connection goes with the database, and comes back with it.
    storefront = await startStorefront(database.url, { logErrors: false, redisUrl: null, storageCache: {} });
    backend = await startBackend(database.url, { redisUrl: null });
  }, 120_000);

  afterAll(async () => {
    await storefront?.app.close();
    await backend?.app.close();
    await database?.stop();
  });

  it('answers 503 with Retry-After while PostgreSQL is down, and 200 again once it is back', async () => {
    expect((await catalog()).status).toBe(200);
    expect((await storefrontLogin()).status).toBe(200);

    await database?.stop();
    database = null;

    const down = await catalog();
    expectUnavailable(down);
    expect(down.headers['content-type']).toBe(JSON_API);
    expect(down.body).toEqual({
      errors: [
        {
          status: '503',
          code: '503',
          title: 'Service unavailable',
          detail: expect.stringMatching(/try again/i),
        },
      ],
      links: { self: expect.any(String) },
    });
    const login = await storefrontLogin();
    expectUnavailable(login);
    expect(login.body).toEqual({
      error: 'temporarily_unavailable',
      error_description: expect.stringMatching(/try again/i),
    });
    expectUnavailable(await accessTokens());
    expectUnavailable(await backendLogin());

    // Health: the process is live, not ready; Glue's health-check says which service is down.
    expect((await request(storefront.http).get('/health/live')).status).toBe(200);
    for (const http of [storefront.http, backend.http]) {
      const ready = await request(http).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { database: { status: 'down', message: 'unreachable' } },
      });
    }
    const healthCheck = await request(storefront.http).get('/health-check').set('Accept', JSON_API);
    expect(healthCheck.status).toBe(503);
    expect(healthCheck.body.data[0].attributes).toEqual({
      status: 'unhealthy',
      statusCode: 503,
      message: null,
      // The storage cache's LISTEN connection went with the database: the process bypasses its cache.
      healthCheckServiceResponses: [
        { name: 'database', status: false, message: 'unreachable' },
        { name: 'storage-cache', status: false, message: 'not ready' },
      ],
    });

    database = await startEmbeddedPostgres({ dataDir: DATA_DIR, port });
    expect((await catalog()).status).toBe(200);
    expect((await storefrontLogin()).status).toBe(200);
    expect((await accessTokens()).status).toBe(201);
    expect((await backendLogin()).status).toBe(200);
    // Readiness results are reused for a second: it may take that long to turn.
    await waitFor(
      async () => (await request(storefront.http).get('/health/ready')).status === 200,
      5_000,
      'readiness after the database is back',
    );
  }, 60_000);
});

const redisServer = spawnSync('redis-server', ['--version']).status === 0;

/** A Redis of this suite's own, so that stopping it disturbs nobody. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  });
  await waitFor(
    () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG',
    10_000,
    `redis-server on port ${port}`,
  );
  return redis;
}

async function stopRedis(redis: ChildProcess | null): Promise<void> {
  if (redis?.exitCode !== null) return;
  const exited = new Promise((resolve) => redis.once('exit', resolve));
  redis.kill('SIGKILL');
  await exited;
}

// Without a redis-server on this machine there is no Redis to lose (CI has one).
(redisServer ? describe : describe.skip)('a lost Redis (REDIS_URL set)', () => {
  let redisPort: number;
  let redis: ChildProcess | null = null;
  let database: EmbeddedPostgresServer;
  let storefront: RunningApplication;

  const login = () => tokenRequest(storefront.http, { grant_type: 'password', ...DEMO_CUSTOMER });

  beforeAll(async () => {
    redisPort = await findFreePort();
    redis = await startRedis(redisPort);
    database = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/test-outage-redis-postgres'),
      port: await findFreePort(),
    });
    await runMigrations(database.url);
    await seedDemoDataAt(database.url);
    storefront = await startStorefront(database.url, {
      logErrors: false,
      redisUrl: `redis://127.0.0.1:${redisPort}`,
    });
  }, 120_000);

  afterAll(async () => {
    await storefront?.app.close();
    await stopRedis(redis);
    await database?.stop();
  });

  it('answers a login 503 with Retry-After while Redis is down, and 200 again once it is back', async () => {
    expect((await login()).status).toBe(200);

    await stopRedis(redis);
    const down = await login();
    expectUnavailable(down);
    expect(down.body).toMatchObject({ error: 'temporarily_unavailable' });
    const ready = await request(storefront.http).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down' } },
    });

    redis = await startRedis(redisPort);
    // node-redis reconnects with a back-off of its own (at most a few seconds).
    await waitFor(async () => (await login()).status === 200, 15_000, 'a login after Redis is back');
    await waitFor(
      async () => (await request(storefront.http).get('/health/ready')).status === 200,
      15_000,
      'readiness after Redis is back',
    );
  }, 60_000);
});
