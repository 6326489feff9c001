import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { DEMO_CUSTOMER } from '../support/auth.js';
import { concurrently, countStatuses, listeningUrl, sleep } from '../support/concurrency.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const LIMIT = 5;
const WINDOW_SECONDS = 4;
const ATTEMPTS = 50;

/** The memory store always; Redis too where REDIS_URL is set (CI sets it). */
const stores: [string, string | null][] = [['memory', null]];
if (process.env['REDIS_URL']) stores.push(['redis', process.env['REDIS_URL']]);

interface LoginEndpoint {
  readonly name: string;
  /** The status of a wrong password on this endpoint. */
  readonly wrongStatus: number;
  send(baseUrl: string, password: string): request.Test;
  /** The login blocker's 429 in the endpoint's error format. */
  expectBlocked(body: unknown): void;
}

const endpoints: LoginEndpoint[] = [
  {
    name: 'POST /token',
    wrongStatus: 400,
    send: (baseUrl, password) =>
      request(baseUrl)
        .post('/token')
        .set('Accept', 'application/json')
        .type('form')
        .send({ grant_type: 'password', username: DEMO_CUSTOMER.username, password }),
    expectBlocked: (body) =>
      expect(body).toEqual({ error: 'invalid_grant', error_description: expect.stringMatching(/Too many/) }),
  },
  {
    name: 'POST /access-tokens',
    wrongStatus: 401,
    send: (baseUrl, password) =>
      request(baseUrl)
        .post('/access-tokens')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send({
          data: { type: 'access-tokens', attributes: { username: DEMO_CUSTOMER.username, password } },
        }),
    expectBlocked: (body) =>
      expect((body as { errors: unknown[] }).errors[0]).toMatchObject({ status: '429', code: '4401' }),
  },
];

/**
 * Fifty wrong passwords sent at once must not all be checked: each attempt reserves its place in
 * the account's and the IP address's counters before its password is evaluated, so at most the
 * limit of them reach the password check, and the right password is refused until the window ends.
 */
describe.each(stores)('storefront logins under concurrent wrong passwords (%s store)', (_store, redisUrl) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it.each(endpoints)(
    `$name evaluates at most ${LIMIT} of ${ATTEMPTS} concurrent wrong passwords, then refuses the right one with 429 until the window ends`,
    async (endpoint) => {
      // A fresh application per endpoint: a counter namespace of its own.
      const storefront: RunningApplication = await startStorefront(database.url, {
        redisUrl,
        auth: {
          loginBlocker: { maxFailuresPerAccount: LIMIT, maxFailuresPerIp: 30, windowSeconds: WINDOW_SECONDS },
        },
      });
      try {
        const baseUrl = await listeningUrl(storefront.app);
        const statuses = countStatuses(
          await concurrently(ATTEMPTS, (index) => endpoint.send(baseUrl, `wrong-${index}`)),
        );
        expect(statuses).toEqual({ [endpoint.wrongStatus]: LIMIT, 429: ATTEMPTS - LIMIT });

        const refused = await endpoint.send(baseUrl, DEMO_CUSTOMER.password);
        expect(refused.status).toBe(429);
        endpoint.expectBlocked(refused.body);
        const retryAfter = Number(refused.headers['retry-after']);
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);

        await sleep((retryAfter + 0.3) * 1000);
        const recovered = await endpoint.send(baseUrl, DEMO_CUSTOMER.password);
        expect(recovered.status).toBe(endpoint.name === 'POST /token' ? 200 : 201);
      } finally {
        await storefront.app.close();
      }
    },
    60_000,
  );
});
