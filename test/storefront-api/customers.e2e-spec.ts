import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { bearer, DEMO_CUSTOMER, passwordGrant, storefrontToken, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SONIA = 'DE--1';
const PASSWORD = 'Teapot-2024-green';

const registration = (email: string, overrides: object = {}) => ({
  email,
  password: PASSWORD,
  confirmPassword: PASSWORD,
  salutation: 'Ms',
  firstName: 'Greta',
  lastName: 'Green',
  dateOfBirth: '1990-04-01',
  acceptedTerms: true,
  ...overrides,
});

const address = (overrides: object = {}) => ({
  salutation: 'Ms',
  firstName: 'Sonia',
  lastName: 'Wagner',
  address1: 'Julie-Wolfthorn-Straße',
  address2: '1',
  zipCode: '10115',
  city: 'Berlin',
  iso2Code: 'DE',
  company: 'Spryker',
  phone: '+49 30 123456',
  isDefaultShipping: false,
  isDefaultBilling: false,
  ...overrides,
});

interface AddressResource {
  readonly id: string;
  readonly attributes: { readonly isDefaultShipping: boolean; readonly isDefaultBilling: boolean };
}

describe('storefront customers and addresses (CustomersRestApi)', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let soniaToken: string;

  const register = (attributes: object) =>
    request(storefront.http)
      .post('/customers')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send(JSON.stringify({ data: { type: 'customers', attributes } }));
  const get = (path: string, token: string | null = soniaToken) => {
    const call = request(storefront.http).get(path).set('Accept', JSON_API);
    return token === null ? call : call.set('Authorization', bearer(token));
  };
  const write = (
    method: 'post' | 'patch',
    path: string,
    data: { type: string; id?: string; attributes: object },
    token = soniaToken,
  ) => {
    const agent = request(storefront.http);
    return (method === 'post' ? agent.post(path) : agent.patch(path))
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(token))
      .send(JSON.stringify({ data }));
  };
  const remove = (path: string, token = soniaToken) =>
    request(storefront.http).delete(path).set('Accept', JSON_API).set('Authorization', bearer(token));
  const addresses = (ref = SONIA) => `/customers/${ref}/addresses`;

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    soniaToken = await storefrontToken(storefront.http);
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  describe('registration', () => {
    it('registers a customer in the request store with 201 and Location; the customer can log in', async () => {
      const response = await register(registration('greta@example.com')).expect(201);
      expect(response.body).toBeValidJsonApiDocument();
      const reference = response.body.data.id as string;
      expect(reference).toMatch(/^DE--\d+$/);
      expect(response.headers['location']).toMatch(new RegExp(`/customers/${reference}$`));
      expect(response.body.data).toMatchObject({
        type: 'customers',
        attributes: {
          email: 'greta@example.com',
          salutation: 'Ms',
          firstName: 'Greta',
          lastName: 'Green',
          dateOfBirth: '1990-04-01',
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
        },
      });
      expect(response.text).not.toMatch(/password|acceptedTerms/i);

      const token = await storefrontToken(storefront.http, {
        username: 'greta@example.com',
        password: PASSWORD,
      });
      await get(`/customers/${reference}`, token).expect(200);
    });

    it('refuses a mismatched confirmation, unaccepted terms and bad fields with 422 pointers', async () => {
      const response = await register(
        registration('bad@example.com', {
          confirmPassword: 'Something-else-1',
          acceptedTerms: false,
          email: 'not-an-email',
          salutation: 'Sir',
          dateOfBirth: '2999-01-01',
        }),
      ).expect(422);
      expect(response.body).toBeValidJsonApiDocument();
      const pointers = response.body.errors.map(
        (error: { source: { pointer: string } }) => error.source.pointer,
      );
      expect(pointers).toEqual(
        expect.arrayContaining([
          '/data/attributes/acceptedTerms',
          '/data/attributes/email',
          '/data/attributes/salutation',
          '/data/attributes/dateOfBirth',
        ]),
      );
      // The confirmation is compared once the attributes are valid: Glue's code 406 and wording.
      const mismatch = await register(
        registration('mismatch@example.com', { confirmPassword: 'Something-else-1' }),
      ).expect(422);
      expect(mismatch.body.errors).toEqual([
        expect.objectContaining({
          status: '422',
          code: '406',
          detail: 'Value in field confirmPassword should be identical to value in the password field.',
          source: { pointer: '/data/attributes/confirmPassword' },
        }),
      ]);
      const missingTerms = await register({ ...registration('terms@example.com'), acceptedTerms: undefined });
      expect(missingTerms.status).toBe(422);
      expect(missingTerms.body.errors[0].source).toEqual({ pointer: '/data/attributes/acceptedTerms' });
    });

    it("answers a weak password with one 422 per broken rule on the password, with Glue's codes", async () => {
      const response = await register(
        registration('weakling@example.com', { password: 'weakling', confirmPassword: 'weakling' }),
      ).expect(422);
      // No digit is Glue's 420 ("character set"); containing the email has no Glue code: our 1402.
      expect(response.body.errors.map((error: { code: string }) => error.code)).toEqual(['420', '1402']);
      for (const error of response.body.errors) {
        expect(error).toMatchObject({ source: { pointer: '/data/attributes/password' } });
      }
      const short = await register(
        registration('short@example.com', { password: 'abc1', confirmPassword: 'abc1' }),
      ).expect(422);
      expect(short.body.errors[0]).toMatchObject({ code: '418' });
      const common = await register(
        registration('common@example.com', { password: 'password123', confirmPassword: 'password123' }),
      ).expect(422);
      expect(common.body.errors[0]).toMatchObject({ code: '422' });
    });

    it("answers an email that is already registered with 422 and Glue's code 400", async () => {
      const response = await register(registration('Sonia@Example.com')).expect(422);
      expect(response.body.errors[0]).toMatchObject({
        status: '422',
        code: '400',
        detail: 'Customer with this email already exists.',
        source: { pointer: '/data/attributes/email' },
      });
    });
  });

  describe('the own customer', () => {
    it('reads and updates the caller', async () => {
      const read = await get(`/customers/${SONIA}`).expect(200);
      expect(read.body).toBeValidJsonApiDocument();
      expect(read.body.data).toMatchObject({
        type: 'customers',
        id: SONIA,
        attributes: { email: 'sonia@example.com' },
      });
      const updated = await write('patch', `/customers/${SONIA}`, {
        type: 'customers',
        id: SONIA,
        attributes: { firstName: 'Sonja', dateOfBirth: null },
      }).expect(200);
      expect(updated.body.data.attributes).toMatchObject({ firstName: 'Sonja', dateOfBirth: null });
    });

    it('changes the password only with the right current password', async () => {
      const created = await register(registration('changer@example.com')).expect(201);
      const reference = created.body.data.id as string;
      const token = await storefrontToken(storefront.http, {
        username: 'changer@example.com',
        password: PASSWORD,
      });
      const change = (attributes: object) =>
        write('patch', `/customers/${reference}`, { type: 'customers', id: reference, attributes }, token);

      const missing = await change({ password: 'Brand-new-2025', confirmPassword: 'Brand-new-2025' }).expect(
        422,
      );
      expect(missing.body.errors[0].source).toEqual({ pointer: '/data/attributes/currentPassword' });
      const wrong = await change({
        password: 'Brand-new-2025',
        confirmPassword: 'Brand-new-2025',
        currentPassword: 'Not-the-password-1',
      }).expect(422);
      expect(wrong.body.errors[0]).toMatchObject({
        code: '408',
        source: { pointer: '/data/attributes/currentPassword' },
      });
      await change({
        password: 'Brand-new-2025',
        confirmPassword: 'Brand-new-2025',
        currentPassword: PASSWORD,
      }).expect(200);
      await storefrontToken(storefront.http, { username: 'changer@example.com', password: 'Brand-new-2025' });
    });

    it('changes the email only with the right current password, as a password change', async () => {
      const created = await register(registration('mover@example.com')).expect(201);
      const reference = created.body.data.id as string;
      const token = await storefrontToken(storefront.http, {
        username: 'mover@example.com',
        password: PASSWORD,
      });
      const change = (attributes: object) =>
        write('patch', `/customers/${reference}`, { type: 'customers', id: reference, attributes }, token);

      const missing = await change({ email: 'taken-over@example.com' }).expect(422);
      expect(missing.body.errors).toEqual([
        expect.objectContaining({ code: '422', source: { pointer: '/data/attributes/currentPassword' } }),
      ]);
      const wrong = await change({
        email: 'taken-over@example.com',
        currentPassword: 'Not-the-password-1',
      }).expect(422);
      expect(wrong.body.errors[0]).toMatchObject({
        code: '408',
        source: { pointer: '/data/attributes/currentPassword' },
      });
      expect((await get(`/customers/${reference}`, token).expect(200)).body.data.attributes.email).toBe(
        'mover@example.com',
      );

      // Glue clients send the email back with every profile change: the same address needs nothing.
      await change({ email: 'Mover@Example.com', lastName: 'Moved' }).expect(200);

      const moved = await change({ email: 'moved@example.com', currentPassword: PASSWORD }).expect(200);
      expect(moved.body.data.attributes.email).toBe('moved@example.com');
      await storefrontToken(storefront.http, { username: 'moved@example.com', password: PASSWORD });
    });

    it('counts current-password checks as logins: the 6th after 5 wrong ones is 429, even when right', async () => {
      const created = await register(registration('guessed@example.com')).expect(201);
      const reference = created.body.data.id as string;
      const token = await storefrontToken(storefront.http, {
        username: 'guessed@example.com',
        password: PASSWORD,
      });
      const change = (currentPassword: string) =>
        write(
          'patch',
          `/customers/${reference}`,
          { type: 'customers', id: reference, attributes: { email: 'stolen@example.com', currentPassword } },
          token,
        );

      for (let guess = 0; guess < 5; guess += 1) {
        const wrong = await change(`Guess-number-${guess}`).expect(422);
        expect(wrong.body.errors[0]).toMatchObject({ code: '408' });
      }
      const blocked = await change(PASSWORD).expect(429);
      expect(blocked.body).toBeValidJsonApiDocument();
      expect(blocked.body.errors).toEqual([expect.objectContaining({ status: '429', code: '4401' })]);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // The account's logins share the count.
      const login = await tokenRequest(storefront.http, {
        grant_type: 'password',
        username: 'guessed@example.com',
        password: PASSWORD,
      });
      expect(login.status).toBe(429);
      expect((await get(`/customers/${reference}`, token).expect(200)).body.data.attributes.email).toBe(
        'guessed@example.com',
      );
    });

    it('forgives wrong current passwords once the right one is given, as a login does', async () => {
      const created = await register(registration('forgiven@example.com')).expect(201);
      const reference = created.body.data.id as string;
      const token = await storefrontToken(storefront.http, {
        username: 'forgiven@example.com',
        password: PASSWORD,
      });
      const change = (currentPassword: string, password: string) =>
        write(
          'patch',
          `/customers/${reference}`,
          {
            type: 'customers',
            id: reference,
            attributes: { password, confirmPassword: password, currentPassword },
          },
          token,
        );

      for (let guess = 0; guess < 4; guess += 1)
        await change(`Guess-number-${guess}`, 'Brand-new-2025').expect(422);
      await change(PASSWORD, 'Brand-new-2025').expect(200);
      for (let guess = 0; guess < 4; guess += 1)
        await change(`Guess-number-${guess}`, 'Newer-still-2026').expect(422);
      await change('Brand-new-2025', 'Newer-still-2026').expect(200);
    });

    it("hides another customer's account and addresses behind 404", async () => {
      const created = await register(registration('intruder@example.com')).expect(201);
      const intruder = await storefrontToken(storefront.http, {
        username: 'intruder@example.com',
        password: PASSWORD,
      });
      const own = await write('post', addresses(SONIA), { type: 'addresses', attributes: address() }).expect(
        201,
      );

      const customer = await get(`/customers/${SONIA}`, intruder).expect(404);
      // Glue's "customer not found", as for an unknown reference (Glue answers 403 411).
      expect(customer.body.errors[0]).toMatchObject({ code: '402', detail: 'Customer not found.' });
      await write(
        'patch',
        `/customers/${SONIA}`,
        { type: 'customers', id: SONIA, attributes: {} },
        intruder,
      ).expect(404);
      await get(addresses(SONIA), intruder).expect(404);
      await get(`${addresses(SONIA)}/${own.body.data.id as string}`, intruder).expect(404);
      await remove(`${addresses(SONIA)}/${own.body.data.id as string}`, intruder).expect(404);
      // Sonia's address id under the intruder's own reference is not the intruder's either.
      await get(
        `${addresses(created.body.data.id as string)}/${own.body.data.id as string}`,
        intruder,
      ).expect(404);
      const unknown = await get('/customers/DE--999999', intruder).expect(404);
      expect(unknown.body.errors[0]).toMatchObject({ code: '402' });
      await remove(`/customers/${SONIA}`, intruder).expect(404);
      await get(`/customers/${SONIA}`).expect(200);
    });

    it('answers 401 without a token', async () => {
      const response = await get(`/customers/${SONIA}`, null).expect(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      await get(addresses(), null).expect(401);
    });
  });

  describe('addresses', () => {
    it('creates, lists, reads, updates and deletes an address', async () => {
      const created = await write('post', addresses(), { type: 'addresses', attributes: address() }).expect(
        201,
      );
      expect(created.body).toBeValidJsonApiDocument();
      const id = created.body.data.id as string;
      expect(created.headers['location']).toMatch(new RegExp(`/customers/${SONIA}/addresses/${id}$`));
      expect(created.body.data.attributes).toEqual({
        ...address(),
        address3: null,
        country: 'Germany',
      });

      const list = await get(addresses()).expect(200);
      expect(list.body).toBeValidJsonApiDocument();
      expect(list.body.data.map((item: AddressResource) => item.id)).toContain(id);
      expect(list.body.links.self).toMatch(/\/customers\/DE--1\/addresses$/);

      const read = await get(`${addresses()}/${id}`).expect(200);
      expect(read.body.data.links.self).toMatch(new RegExp(`/customers/${SONIA}/addresses/${id}$`));

      const updated = await write('patch', `${addresses()}/${id}`, {
        type: 'addresses',
        id,
        attributes: { city: 'Hamburg', zipCode: '20095', company: null },
      }).expect(200);
      expect(updated.body.data.attributes).toMatchObject({
        city: 'Hamburg',
        zipCode: '20095',
        company: null,
      });

      const deleted = await remove(`${addresses()}/${id}`).expect(204);
      expect(deleted.headers['content-type']).toBeUndefined();
      await get(`${addresses()}/${id}`).expect(404);
      await remove(`${addresses()}/${id}`).expect(404);
      for (const malformed of [
        await get(`${addresses()}/not-a-uuid`),
        await write('patch', `${addresses()}/not-a-uuid`, {
          type: 'addresses',
          id: 'not-a-uuid',
          attributes: { city: 'Hamburg' },
        }),
        await remove(`${addresses()}/not-a-uuid`),
      ]) {
        expect(malformed.status).toBe(404);
        expect(malformed.body.errors[0]).toMatchObject({ code: '404', detail: 'Address was not found.' });
      }
    });

    it('moves the default shipping and billing flags to the address that takes them', async () => {
      const first = await write('post', addresses(), {
        type: 'addresses',
        attributes: address({ isDefaultShipping: true, isDefaultBilling: true }),
      }).expect(201);
      const second = await write('post', addresses(), {
        type: 'addresses',
        attributes: address({ address1: 'Zweite Straße', isDefaultShipping: true }),
      }).expect(201);
      const flags = async () => {
        const list = await get(addresses()).expect(200);
        return Object.fromEntries(
          (list.body.data as AddressResource[]).map((item) => [
            item.id,
            [item.attributes.isDefaultShipping, item.attributes.isDefaultBilling],
          ]),
        );
      };
      const firstId = first.body.data.id as string;
      const secondId = second.body.data.id as string;
      let current = await flags();
      expect(current[firstId]).toEqual([false, true]);
      expect(current[secondId]).toEqual([true, false]);
      expect(Object.values(current).filter(([shipping]) => shipping)).toHaveLength(1);

      await write('patch', `${addresses()}/${firstId}`, {
        type: 'addresses',
        id: firstId,
        attributes: { isDefaultShipping: true },
      }).expect(200);
      current = await flags();
      expect(current[firstId]).toEqual([true, true]);
      expect(current[secondId]).toEqual([false, false]);
    });

    it('validates addresses with 422 and a pointer per attribute', async () => {
      const response = await write('post', addresses(), {
        type: 'addresses',
        attributes: address({ iso2Code: 'de', zipCode: '', salutation: 'Sir', isDefaultBilling: 'yes' }),
      }).expect(422);
      expect(response.body).toBeValidJsonApiDocument();
      const pointers = response.body.errors.map(
        (error: { source: { pointer: string } }) => error.source.pointer,
      );
      expect(pointers).toEqual(
        expect.arrayContaining([
          '/data/attributes/iso2Code',
          '/data/attributes/zipCode',
          '/data/attributes/salutation',
          '/data/attributes/isDefaultBilling',
        ]),
      );
      const { city: _city, ...withoutCity } = address();
      const missing = await write('post', addresses(), { type: 'addresses', attributes: withoutCity }).expect(
        422,
      );
      expect(missing.body.errors[0].source).toEqual({ pointer: '/data/attributes/city' });
    });
  });

  describe('sparse fieldsets', () => {
    it('sends only the requested attributes of customers, addresses and access-tokens', async () => {
      const customer = await get(`/customers/${SONIA}?fields[customers]=email,lastName`).expect(200);
      expect(customer.body.data.attributes).toEqual({ email: 'sonia@example.com', lastName: 'Example' });

      const list = await get(`${addresses()}?fields[addresses]=address1,city`).expect(200);
      const items = list.body.data as { attributes: object }[];
      for (const item of items) expect(Object.keys(item.attributes).sort()).toEqual(['address1', 'city']);
      expect(items).toContainEqual(
        expect.objectContaining({ attributes: { address1: 'Julie-Wolfthorn-Straße 1', city: 'Berlin' } }),
      );

      const token = await request(storefront.http)
        .post('/access-tokens?fields[access-tokens]=tokenType,expiresIn')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(JSON.stringify({ data: { type: 'access-tokens', attributes: DEMO_CUSTOMER } }))
        .expect(201);
      expect(token.body.data.attributes).toEqual({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
    });

    it('refuses unknown fields (the write-only password too) and unknown types with 400', async () => {
      for (const [path, parameter] of [
        [`/customers/${SONIA}?fields[customers]=email,password`, 'fields[customers]'],
        [`${addresses()}?fields[addresses]=nope`, 'fields[addresses]'],
        [`/customers/${SONIA}?fields[refresh-tokens]=nope`, 'fields[refresh-tokens]'],
        [`/customers/${SONIA}?fields[unknown-type]=x`, 'fields[unknown-type]'],
      ] as const) {
        const response = await get(path).expect(400);
        expect(response.body).toBeValidJsonApiDocument();
        expect(response.body.errors).toEqual([
          expect.objectContaining({ status: '400', code: '4001', source: { parameter } }),
        ]);
      }
    });
  });

  describe("Glue's customer attributes, GET /customers and account deletion", () => {
    const login = (username: string) => passwordGrant(storefront.http, { username, password: PASSWORD });

    it('stores gender, salutation and date of birth on registration and PATCH, and refuses another gender', async () => {
      const created = await register(
        registration('gender@example.com', { gender: 'Female', salutation: 'Dr', dateOfBirth: '1970-01-31' }),
      ).expect(201);
      const reference = created.body.data.id as string;
      expect(created.body.data.attributes).toMatchObject({
        gender: 'Female',
        salutation: 'Dr',
        dateOfBirth: '1970-01-31',
      });
      const { accessToken } = await login('gender@example.com');
      const patch = (attributes: object) =>
        write(
          'patch',
          `/customers/${reference}`,
          { type: 'customers', id: reference, attributes },
          accessToken,
        );
      expect(
        (await patch({ gender: 'Diverse', salutation: 'Mr' }).expect(200)).body.data.attributes,
      ).toMatchObject({
        gender: 'Diverse',
        salutation: 'Mr',
      });
      expect(
        (await get(`/customers/${reference}`, accessToken).expect(200)).body.data.attributes,
      ).toMatchObject({
        gender: 'Diverse',
        salutation: 'Mr',
        dateOfBirth: '1970-01-31',
      });
      expect((await patch({ gender: null }).expect(200)).body.data.attributes.gender).toBeNull();

      for (const refused of [
        await patch({ gender: 'Unknown' }),
        await register(registration('gender2@example.com', { gender: 'male' })),
      ]) {
        expect(refused.status).toBe(422);
        expect(refused.body.errors).toEqual([
          expect.objectContaining({
            code: '414',
            detail: 'Gender is not valid. Possible options are: Male, Female, Diverse',
            source: { pointer: '/data/attributes/gender' },
          }),
        ]);
      }
      expect(
        (await get(`/customers/${reference}`, accessToken).expect(200)).body.data.attributes.gender,
      ).toBeNull();
    });

    it('answers GET /customers with the authenticated customer as a collection of one, 401 without a token', async () => {
      const response = await get('/customers').expect(200);
      expect(response.body.data).toEqual([
        expect.objectContaining({
          type: 'customers',
          id: SONIA,
          attributes: expect.objectContaining({ email: 'sonia@example.com', gender: 'Female' }),
        }),
      ]);
      expect(response.body.links.self).toMatch(/\/customers$/);
      expect(response.body.meta.page.total).toBe(1);
      const past = await get('/customers?page[offset]=1').expect(200);
      expect(past.body.data).toEqual([]);
      expect(past.body.meta.page.total).toBe(1);
      await get('/customers', null).expect(401);
    });

    it("gives addresses their country's name, ignores a sent country name, and refuses an unknown iso2Code", async () => {
      const created = await write('post', addresses(), {
        type: 'addresses',
        attributes: address({ iso2Code: 'AT', country: 'Germany', zipCode: '1010', city: 'Wien' }),
      }).expect(201);
      expect(created.body.data.attributes).toMatchObject({ iso2Code: 'AT', country: 'Austria' });
      const id = created.body.data.id as string;
      const moved = await write('patch', `${addresses()}/${id}`, {
        type: 'addresses',
        id,
        attributes: { iso2Code: 'US', zipCode: '10001', city: 'New York' },
      }).expect(200);
      expect(moved.body.data.attributes).toMatchObject({ iso2Code: 'US', country: 'United States' });
      for (const refused of [
        await write('post', addresses(), { type: 'addresses', attributes: address({ iso2Code: 'XX' }) }),
        await write('patch', `${addresses()}/${id}`, {
          type: 'addresses',
          id,
          attributes: { iso2Code: 'XX' },
        }),
      ]) {
        expect(refused.status).toBe(422);
        expect(refused.body.errors).toEqual([
          expect.objectContaining({ code: '1501', source: { pointer: '/data/attributes/iso2Code' } }),
        ]);
      }
      expect((await get(`${addresses()}/${id}`).expect(200)).body.data.attributes.country).toBe(
        'United States',
      );
      await remove(`${addresses()}/${id}`).expect(204);
    });

    it('deletes the account: 204, the customer anonymized, its tokens and login dead, then 404', async () => {
      const created = await register(registration('leaving@example.com', { gender: 'Male' })).expect(201);
      const reference = created.body.data.id as string;
      const { accessToken, refreshToken } = await login('leaving@example.com');
      await write(
        'post',
        addresses(reference),
        { type: 'addresses', attributes: address() },
        accessToken,
      ).expect(201);

      const deleted = await remove(`/customers/${reference}`, accessToken).expect(204);
      expect(deleted.headers['content-type']).toBeUndefined();

      // The session of the very request is revoked: its access token and refresh token are dead.
      await get(`/customers/${reference}`, accessToken).expect(401);
      const refresh = await tokenRequest(storefront.http, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      });
      expect(refresh.status).toBe(400);
      expect(refresh.body.error).toBe('invalid_grant');
      const relogin = await tokenRequest(storefront.http, {
        grant_type: 'password',
        username: 'leaving@example.com',
        password: PASSWORD,
      });
      expect(relogin.status).toBe(400);
      expect(relogin.body.error).toBe('invalid_grant');

      // The email is free again; the anonymized customer stays unknown to everyone, its new owner too.
      await register(registration('leaving@example.com')).expect(201);
      const { accessToken: newcomer } = await login('leaving@example.com');
      const gone = await get(`/customers/${reference}`, newcomer).expect(404);
      expect(gone.body.errors[0]).toMatchObject({ code: '402' });
      await remove(`/customers/${reference}`, newcomer).expect(404);
      await get(addresses(reference), newcomer).expect(404);
    });
  });
});
