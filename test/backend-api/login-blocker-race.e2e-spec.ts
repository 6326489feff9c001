import pg from 'pg';
import request from 'supertest';
import { startBackend, type RunningApplication } from '../support/applications.js';
import { DEMO_ADMIN } from '../support/auth.js';
import { concurrently, countStatuses, listeningUrl, sleep } from '../support/concurrency.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const LIMIT = 5;
const WINDOW_SECONDS = 4;
const ATTEMPTS = 50;

/** The memory store always; Redis too where REDIS_URL is set (CI sets it). */
const stores: [string, string | null][] = [['memory', null]];
if (process.env['REDIS_URL']) stores.push(['redis', process.env['REDIS_URL']]);

/**
 * Fifty wrong passwords sent at once must not all be checked: each attempt reserves its place in
 * the account's and the IP address's counters before its password is evaluated, so at most the
 * limit of them reach the password check, and the right password is refused until the window ends.
 */
describe.each(stores)(
  'backend POST /token under concurrent wrong passwords (%s store)',
  (store, redisUrl) => {
    let database: TestDatabase;
    let backend: RunningApplication;
    let baseUrl: string;
    let client: pg.Client;
    const userAgent = `login-race/${store}`;

    const login = (password: string) =>
      request(baseUrl)
        .post('/token')
        .set('Accept', 'application/json')
        .set('User-Agent', userAgent)
        .type('form')
        .send({ grant_type: 'password', username: DEMO_ADMIN.username, password });

    beforeAll(async () => {
      database = await createTestDatabase();
      backend = await startBackend(database.url, {
        redisUrl,
        auth: {
          loginBlocker: { maxFailuresPerAccount: LIMIT, maxFailuresPerIp: 30, windowSeconds: WINDOW_SECONDS },
        },
      });
      baseUrl = await listeningUrl(backend.app);
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    });

    afterAll(async () => {
      await client?.end();
      await backend?.app.close();
      await database?.drop();
    });

    it(`evaluates at most ${LIMIT} of ${ATTEMPTS} concurrent wrong passwords, then refuses the right one with 429 until the window ends`, async () => {
      const statuses = countStatuses(await concurrently(ATTEMPTS, (index) => login(`wrong-${index}`)));
      expect(statuses[200]).toBeUndefined();
      expect(statuses[400]).toBe(LIMIT);
      expect(statuses[429]).toBe(ATTEMPTS - LIMIT);

      const refused = await login(DEMO_ADMIN.password);
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        error: 'invalid_grant',
        error_description: expect.stringMatching(/Too many/),
      });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);

      const audit = await client.query<{ reason: string | null; count: string }>(
        `select reason, count(*) from audit_log where user_agent = $1 group by reason`,
        [userAgent],
      );
      const byReason = Object.fromEntries(audit.rows.map((row) => [row.reason, Number(row.count)]));
      expect(byReason).toEqual({ invalid_credentials: LIMIT, blocked: ATTEMPTS - LIMIT + 1 });

      await sleep((retryAfter + 0.3) * 1000);
      expect((await login(DEMO_ADMIN.password)).status).toBe(200);
    }, 60_000);
  },
);
