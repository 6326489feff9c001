import pg from 'pg';
import request from 'supertest';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_ADMIN, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WINDOW_SECONDS = 2;

/**
 * The login blocker with the production thresholds (5 per account, 30 per IP address) and a short
 * window, so that the test can wait for it to pass. With REDIS_URL set (CI) the counters live in
 * Redis, otherwise in memory: the same test runs against whichever the machine has.
 */
describe('backend login blocker and audit log', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let client: pg.Client;

  const login = (username: string, password: string, userAgent = 'blocker-test/1.0') =>
    tokenRequest(backend.http, { grant_type: 'password', username, password }, userAgent);

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url, {
      auth: {
        loginBlocker: { maxFailuresPerAccount: 5, maxFailuresPerIp: 30, windowSeconds: WINDOW_SECONDS },
      },
    });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await backend?.app.close();
    await database?.drop();
  });

  it('blocks an account after 5 failures with 429 and Retry-After, even with the right password, then recovers', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(DEMO_ADMIN.username, `wrong-${attempt}`)).status).toBe(400);
    }
    const blocked = await login(DEMO_ADMIN.username, DEMO_ADMIN.password);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(blocked.body).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/Too many/),
    });

    await new Promise((resolve) => setTimeout(resolve, (retryAfter + 0.2) * 1000));
    const recovered = await login(DEMO_ADMIN.username, DEMO_ADMIN.password);
    expect(recovered.status).toBe(200);
  });

  it('records every attempt in the audit log, readable by admins through audit-logs', async () => {
    const rows = await client.query<{
      success: boolean;
      reason: string | null;
      ip: string;
      user_agent: string;
    }>(
      `select success, reason, ip, user_agent from audit_log
        where username = $1 and user_agent = 'blocker-test/1.0' order by id`,
      [DEMO_ADMIN.username],
    );
    expect(rows.rows.map((row) => [row.success, row.reason])).toEqual([
      ...Array.from({ length: 5 }, () => [false, 'invalid_credentials']),
      [false, 'blocked'],
      [true, null],
    ]);
    expect(rows.rows[0]?.ip).toMatch(/127\.0\.0\.1|::1/);

    const token = (await login(DEMO_ADMIN.username, DEMO_ADMIN.password)).body.access_token as string;
    const logs = await request(backend.http)
      .get('/audit-logs?filter[success]=false&page[limit]=3')
      .set('Accept', JSON_API)
      .set('Authorization', bearer(token));
    expect(logs.status).toBe(200);
    expect(logs.body.data[0].attributes).toMatchObject({
      username: DEMO_ADMIN.username,
      success: false,
      userAgent: 'blocker-test/1.0',
    });
  });

  it('blocks an IP address after 30 failures, whatever the account', async () => {
    // A window of its own: 30 argon2id verifications in a row can outlast the 2 s one on a busy machine.
    const guarded = await startBackend(database.url, {
      auth: { loginBlocker: { maxFailuresPerAccount: 5, maxFailuresPerIp: 30, windowSeconds: 60 } },
    });
    try {
      const guess = (username: string, password: string) =>
        tokenRequest(guarded.http, { grant_type: 'password', username, password });
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        expect((await guess(`guess-${attempt}@example.com`, 'guess123')).status).toBe(400);
      }
      const blocked = await guess(DEMO_ADMIN.username, DEMO_ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBeDefined();
    } finally {
      await guarded.app.close();
    }
    // 31 argon2id verifications in a row: on a busy 2-core machine that can pass the default 30 s.
  }, 90_000);
});
