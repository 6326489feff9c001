import pg from 'pg';
import request from 'supertest';
import { CustomerErrorCode, CustomerFacade } from '#zed-facades/customer';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { DEMO_CUSTOMER, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'Teapot-2024-green';

const registration = (email: string) => ({
  email,
  password: PASSWORD,
  confirmPassword: PASSWORD,
  salutation: 'Ms',
  firstName: 'Olga',
  lastName: 'Optin',
  dateOfBirth: '1990-04-01',
  acceptedTerms: true,
});

interface OutboxMail {
  readonly type: string;
  readonly recipient: string;
  readonly payload: Record<string, unknown>;
}

/** Headers whose presence or value could tell two registrations apart (not X-Request-Id). */
function telling(headers: Readonly<Record<string, string>>): Record<string, string> {
  const { 'x-request-id': _id, date: _date, location, 'content-length': _length, ...rest } = headers;
  // supertest starts each request's server on a port of its own: compare the path.
  return { ...rest, location: new URL(location ?? '').pathname.replace(/DE--\d+$/, 'DE--<n>') };
}

/** The document with what differs per registration (id, timestamps, links) masked. */
function shape(body: { data: { id: string; attributes: Record<string, unknown>; links: unknown } }) {
  const { createdAt, updatedAt, ...attributes } = body.data.attributes;
  return {
    ...body,
    data: {
      ...body.data,
      id: body.data.id.replace(/\d+$/, '<n>'),
      attributes: { ...attributes, createdAt: typeof createdAt, updatedAt: typeof updatedAt },
      links: '<self>',
    },
    links: '<self>',
  };
}

describe('storefront registration confirmation (double opt-in)', () => {
  let database: TestDatabase;
  let client: pg.Client;

  const register = (app: RunningApplication, email: string) =>
    request(app.http)
      .post('/customers')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send(JSON.stringify({ data: { type: 'customers', attributes: registration(email) } }));
  const outbox = async (recipient: string): Promise<OutboxMail[]> =>
    (
      await client.query<OutboxMail>(
        'select type, recipient, payload from mail_outbox where recipient = $1 order by id',
        [recipient],
      )
    ).rows;
  const median = (values: readonly number[]): number =>
    [...values].sort((a, b) => a - b)[values.length >> 1]!;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  describe('on', () => {
    let storefront: RunningApplication;

    beforeAll(async () => {
      storefront = await startStorefront(database.url, { customers: { registrationConfirmation: true } });
    });
    afterAll(async () => {
      await storefront?.app.close();
    });

    it('answers a taken email exactly as a new one, and tells the owner by mail', async () => {
      const fresh = await register(storefront, 'olga@example.com');
      const taken = await register(storefront, 'Sonia@Example.com');
      expect(taken.status).toBe(fresh.status);
      expect(fresh.status).toBe(201);
      expect(telling(taken.headers)).toEqual(telling(fresh.headers));
      expect(shape(taken.body)).toEqual({
        ...shape(fresh.body),
        data: {
          ...shape(fresh.body).data,
          attributes: { ...shape(fresh.body).data.attributes, email: 'sonia@example.com' },
        },
      });
      expect(taken.body.data.id).not.toBe('DE--1');
      expect(taken.text).not.toContain('Example');

      expect(await outbox('olga@example.com')).toEqual([
        {
          type: 'customer-registration-confirmation',
          recipient: 'olga@example.com',
          payload: expect.objectContaining({ registrationKey: expect.stringMatching(/^[\w-]{43}$/) }),
        },
      ]);
      const notice = await outbox(DEMO_CUSTOMER.username);
      expect(notice).toEqual([
        {
          type: 'customer-registration-attempt',
          recipient: DEMO_CUSTOMER.username,
          payload: expect.any(Object),
        },
      ]);
      expect(JSON.stringify(notice)).not.toMatch(/registrationKey|Teapot/);
    });

    it('spends the password hashing on a taken email too', async () => {
      const freshTimes: number[] = [];
      const takenTimes: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        for (const [email, times] of [
          [`timing-${round}@example.com`, freshTimes],
          [DEMO_CUSTOMER.username, takenTimes],
        ] as const) {
          const started = performance.now();
          expect((await register(storefront, email)).status).toBe(201);
          times.push(performance.now() - started);
        }
      }
      // Without hashing a taken email would answer in a small fraction of the time.
      expect(median(takenTimes)).toBeGreaterThan(median(freshTimes) * 0.4);
    });

    it('keeps a new account from logging in until its owner confirms it with the mailed key', async () => {
      await register(storefront, 'pending@example.com').expect(201);
      const login = () =>
        tokenRequest(storefront.http, {
          grant_type: 'password',
          username: 'pending@example.com',
          password: PASSWORD,
        });
      const refused = await login();
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });

      const [mail] = await outbox('pending@example.com');
      const key = String(mail?.payload['registrationKey']);
      const customers = storefront.app.get(CustomerFacade);
      const confirmed = await customers.confirmCustomerRegistration(key);
      expect(confirmed.email).toBe('pending@example.com');
      expect((await login()).status).toBe(200);
      await expect(customers.confirmCustomerRegistration(key)).rejects.toMatchObject({
        code: CustomerErrorCode.REGISTRATION_KEY_INVALID,
      });
    });
  });

  describe('on, an address registered but not confirmed yet', () => {
    let storefront: RunningApplication;
    const VICTIM = 'victim@example.com';
    const ATTACKER_PASSWORD = 'Mallory-2024-wins';

    beforeAll(async () => {
      storefront = await startStorefront(database.url, { customers: { registrationConfirmation: true } });
    });
    afterAll(async () => {
      await storefront?.app.close();
    });

    const login = (password: string) =>
      tokenRequest(storefront.http, { grant_type: 'password', username: VICTIM, password });
    const keyOf = (mail: OutboxMail | undefined): string => String(mail?.payload['registrationKey']);

    it("is no claim on it: the owner's registration replaces it, and only the owner's key and password work", async () => {
      // Somebody registers the victim's address first, with a password of their own.
      const claim = await request(storefront.http)
        .post('/customers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(
          JSON.stringify({
            data: {
              type: 'customers',
              attributes: {
                ...registration(VICTIM),
                password: ATTACKER_PASSWORD,
                confirmPassword: ATTACKER_PASSWORD,
                firstName: 'Mallory',
              },
            },
          }),
        );
      const owner = await register(storefront, VICTIM);
      expect(owner.status).toBe(claim.status);
      expect(claim.status).toBe(201);
      expect(telling(owner.headers)).toEqual(telling(claim.headers));
      expect(shape(owner.body)).toEqual({
        ...shape(claim.body),
        data: {
          ...shape(claim.body).data,
          attributes: { ...shape(claim.body).data.attributes, firstName: 'Olga' },
        },
      });

      // The address gets a fresh key for the owner's registration, not a notice.
      const mails = await outbox(VICTIM);
      expect(mails.map((mail) => mail.type)).toEqual([
        'customer-registration-confirmation',
        'customer-registration-confirmation',
      ]);
      const [claimKey, ownerKey] = [keyOf(mails[0]), keyOf(mails[1])];
      expect(ownerKey).not.toBe(claimKey);
      expect(mails[1]?.payload).toMatchObject({ firstName: 'Olga', customerReference: owner.body.data.id });

      const customers = storefront.app.get(CustomerFacade);
      await expect(customers.confirmCustomerRegistration(claimKey)).rejects.toMatchObject({
        code: CustomerErrorCode.REGISTRATION_KEY_INVALID,
      });
      const confirmed = await customers.confirmCustomerRegistration(ownerKey);
      expect(confirmed).toMatchObject({
        customerReference: owner.body.data.id,
        email: VICTIM,
        firstName: 'Olga',
      });
      expect((await login(ATTACKER_PASSWORD)).status).toBe(400);
      expect((await login(PASSWORD)).status).toBe(200);

      // Once confirmed, the account is its owner's: a further registration only sends a notice.
      const late = await request(storefront.http)
        .post('/customers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(
          JSON.stringify({
            data: {
              type: 'customers',
              attributes: {
                ...registration(VICTIM),
                password: ATTACKER_PASSWORD,
                confirmPassword: ATTACKER_PASSWORD,
              },
            },
          }),
        );
      expect(late.status).toBe(201);
      expect((await outbox(VICTIM)).slice(2)).toEqual([
        { type: 'customer-registration-attempt', recipient: VICTIM, payload: expect.any(Object) },
      ]);
      expect((await login(ATTACKER_PASSWORD)).status).toBe(400);
      expect((await login(PASSWORD)).status).toBe(200);
    });
  });

  describe('off (the default)', () => {
    let storefront: RunningApplication;

    beforeAll(async () => {
      storefront = await startStorefront(database.url);
    });
    afterAll(async () => {
      await storefront?.app.close();
    });

    it('registers a usable account at once, refuses a taken email with code 400, and sends no mail', async () => {
      await register(storefront, 'direct@example.com').expect(201);
      const login = await tokenRequest(storefront.http, {
        grant_type: 'password',
        username: 'direct@example.com',
        password: PASSWORD,
      });
      expect(login.status).toBe(200);
      const taken = await register(storefront, 'direct@example.com').expect(422);
      expect(taken.body.errors[0]).toMatchObject({ code: '400' });
      expect(await outbox('direct@example.com')).toEqual([]);
    });
  });
});
