import request from 'supertest';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PASSWORD = 'Kettle-2024-blue';

const newUser = (email: string, roles: string[] = ['catalog-manager']) => ({
  email,
  password: PASSWORD,
  firstName: 'Clara',
  lastName: 'Catalog',
  roles,
});

describe('backend users (UsersBackendApi)', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let adminToken: string;

  const get = (path: string, token = adminToken) =>
    request(backend.http).get(path).set('Accept', JSON_API).set('Authorization', bearer(token));
  const post = (attributes: object, token = adminToken) =>
    request(backend.http)
      .post('/users')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(token))
      .send(JSON.stringify({ data: { type: 'users', attributes } }));
  const patch = (id: string, attributes: object, token = adminToken) =>
    request(backend.http)
      .patch(`/users/${id}`)
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(token))
      .send(JSON.stringify({ data: { type: 'users', id, attributes } }));
  const passwordGrant = (username: string, password: string) =>
    tokenRequest(backend.http, { grant_type: 'password', username, password });
  const emails = (response: { body: { data: { attributes: { email: string } }[] } }) =>
    response.body.data.map((user) => user.attributes.email);

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url);
    adminToken = await backendToken(backend.http);
  });
  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
  });

  it('lists users for an admin, oldest first by default, without any password', async () => {
    const response = await get('/users').expect(200);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.meta.page.total).toBeGreaterThanOrEqual(1);
    const admin = (response.body.data as { attributes: { email: string } }[]).find(
      (user) => user.attributes.email === 'admin@example.com',
    );
    expect(admin).toMatchObject({
      type: 'users',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      attributes: { roles: ['admin'], isActive: true },
    });
    expect(response.text).not.toMatch(/password/i);
    expect(response.body.links.self).toMatch(/\/users$/);
    const created = (response.body.data as { attributes: { createdAt: string } }[]).map(
      (user) => user.attributes.createdAt,
    );
    expect(created).toEqual([...created].sort());
  });

  it('serves plain JSON too, still without the password', async () => {
    const list = await get('/users').expect(200);
    const id = list.body.data[0].id as string;
    const plain = await get(`/users/${id}`).set('Accept', 'application/json').expect(200);
    expect(plain.headers['content-type']).toBe('application/json');
    expect(plain.body).toMatchObject({ id, email: expect.any(String), roles: expect.any(Array) });
    expect(plain.body).not.toHaveProperty('password');
  });

  it('pages, sorts and filters the collection, and refuses bad filter values', async () => {
    await post(newUser('filter.one@example.com', ['support'])).expect(201);
    await post(newUser('filter.two@example.com', ['support'])).expect(201);

    const page = await get('/users?page[limit]=1&sort=-email').expect(200);
    expect(page.body.data).toHaveLength(1);
    expect(page.body.meta.page.total).toBeGreaterThan(1);
    const next = new URL(page.body.links.next as string);
    expect(next.pathname).toBe('/users');
    expect(Object.fromEntries(next.searchParams)).toEqual({
      'page[offset]': '1',
      'page[limit]': '1',
      sort: '-email',
    });

    // The order is the database's (its collation), so -email is checked against email, reversed.
    const ascending = emails(await get('/users?sort=email&page[limit]=100').expect(200));
    const descending = emails(await get('/users?sort=-email&page[limit]=100').expect(200));
    expect(ascending.length).toBeGreaterThan(2);
    expect(descending).toEqual([...ascending].reverse());
    expect(emails(page)).toEqual([descending[0]]);
    const second = await get(next.pathname + next.search).expect(200);
    expect(emails(second)).toEqual([descending[1]]);

    const byRole = await get('/users?filter[role]=support&sort=email').expect(200);
    expect(byRole.body.data.map((user: { attributes: { email: string } }) => user.attributes.email)).toEqual([
      'filter.one@example.com',
      'filter.two@example.com',
    ]);
    const byEmail = await get('/users?filter[email]=FILTER.TWO').expect(200);
    expect(byEmail.body.meta.page.total).toBe(1);

    const badRole = await get('/users?filter[role]=owner').expect(400);
    expect(badRole.body.errors[0]).toMatchObject({ code: '011', source: { parameter: 'filter[role]' } });
    const badActive = await get('/users?filter[isActive]=yes').expect(400);
    expect(badActive.body.errors[0]).toMatchObject({
      code: '011',
      source: { parameter: 'filter[isActive]' },
    });
    await get('/users?sort=password').expect(400);
    await get('/users?page[limit]=101').expect(400);
  });

  it('creates a user with 201 and Location, then reads it back', async () => {
    const created = await post(newUser('new.manager@example.com')).expect(201);
    expect(created.body).toBeValidJsonApiDocument();
    const id = created.body.data.id as string;
    expect(created.headers['location']).toMatch(new RegExp(`/users/${id}$`));
    expect(created.body.data.attributes).toEqual({
      email: 'new.manager@example.com',
      firstName: 'Clara',
      lastName: 'Catalog',
      roles: ['catalog-manager'],
      isActive: true,
      lastLoginAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
      updatedAt: expect.stringMatching(/\+00:00$/),
    });
    const read = await get(`/users/${id}`).expect(200);
    expect(read.body.data.attributes.email).toBe('new.manager@example.com');
  });

  it('refuses invalid attributes with 422 and one pointer per attribute', async () => {
    const response = await post({ ...newUser('not-an-email'), roles: ['owner'], firstName: '' }).expect(422);
    expect(response.body).toBeValidJsonApiDocument();
    const pointers = response.body.errors.map(
      (error: { source: { pointer: string } }) => error.source.pointer,
    );
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/data/attributes/email',
        '/data/attributes/roles',
        '/data/attributes/firstName',
      ]),
    );
    const noRoles = await post({ ...newUser('no.roles@example.com'), roles: [] }).expect(422);
    expect(noRoles.body.errors[0].source).toEqual({ pointer: '/data/attributes/roles' });
  });

  it('answers a weak password with 422, one error per broken rule, on the password', async () => {
    const response = await post({ ...newUser('weak@example.com'), password: 'short' }).expect(422);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.errors.length).toBeGreaterThanOrEqual(2);
    for (const error of response.body.errors) {
      expect(error).toMatchObject({
        status: '422',
        code: '1202',
        source: { pointer: '/data/attributes/password' },
      });
    }
  });

  it('answers a duplicate email with 422 code 1201 on the email', async () => {
    const response = await post(newUser('ADMIN@example.com', ['admin'])).expect(422);
    expect(response.body.errors[0]).toMatchObject({
      code: '1201',
      source: { pointer: '/data/attributes/email' },
    });
  });

  it('updates a user with PATCH, and 404s an unknown or malformed id', async () => {
    const created = await post(newUser('to.update@example.com')).expect(201);
    const id = created.body.data.id as string;
    const updated = await patch(id, { lastName: 'Renamed', roles: ['order-manager', 'support'] }).expect(200);
    expect(updated.body.data.attributes).toMatchObject({
      lastName: 'Renamed',
      roles: expect.arrayContaining(['order-manager', 'support']),
    });
    const unknown = await get('/users/00000000-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.errors[0].code).toBe('007');
    const malformed = await get('/users/not-a-uuid').expect(404);
    expect(malformed.body.errors[0].code).toBe('007');
    const unknownPatch = await patch('00000000-0000-4000-8000-000000000000', { lastName: 'X' }).expect(404);
    expect(unknownPatch.body.errors[0].code).toBe('007');
    const malformedPatch = await patch('not-a-uuid', { lastName: 'X' }).expect(404);
    expect(malformedPatch.body.errors[0].code).toBe('007');
    const nulled = await patch(id, { email: null }).expect(422);
    expect(nulled.body.errors[0].source).toEqual({ pointer: '/data/attributes/email' });
  });

  it('has no DELETE: 405 with Allow', async () => {
    const created = await post(newUser('no.delete@example.com')).expect(201);
    const response = await request(backend.http)
      .delete(`/users/${created.body.data.id as string}`)
      .set('Accept', JSON_API)
      .set('Authorization', bearer(adminToken))
      .expect(405);
    expect(response.headers['allow']).toMatch(/PATCH/);
  });

  it('gives a catalog manager 403 on /users and 200 on /products', async () => {
    await post(newUser('catalog.manager@example.com')).expect(201);
    const token = await backendToken(backend.http, {
      username: 'catalog.manager@example.com',
      password: PASSWORD,
    });
    const users = await get('/users', token).expect(403);
    expect(users.body.errors[0].status).toBe('403');
    await post(newUser('escalation@example.com', ['admin']), token).expect(403);
    await get('/products?page[limit]=1', token).expect(200);
  });

  it('deactivates a user with PATCH isActive false; the user can no longer log in', async () => {
    const created = await post(newUser('leaver@example.com')).expect(201);
    const id = created.body.data.id as string;
    await passwordGrant('leaver@example.com', PASSWORD).expect(200);

    const deactivated = await patch(id, { isActive: false }).expect(200);
    expect(deactivated.body.data.attributes.isActive).toBe(false);
    const refused = await passwordGrant('leaver@example.com', PASSWORD).expect(400);
    expect(refused.body.error).toBe('invalid_grant');

    const inactive = await get('/users?filter[isActive]=false').expect(200);
    expect(inactive.body.data.map((user: { id: string }) => user.id)).toContain(id);
  });

  it('refuses to remove the last admin with 409 code 1205', async () => {
    const admins = await get('/users?filter[role]=admin&filter[isActive]=true').expect(200);
    if (admins.body.meta.page.total !== 1) {
      throw new Error(
        `expected exactly one active admin in the demo data, got ${admins.body.meta.page.total}`,
      );
    }
    const adminId = admins.body.data[0].id as string;
    const response = await patch(adminId, { roles: ['support'] }).expect(409);
    expect(response.body.errors[0]).toMatchObject({ status: '409', code: '1205' });
    await patch(adminId, { isActive: false }).expect(409);
  });

  it('sends only the requested attributes of users and audit-logs', async () => {
    const users = await get('/users?fields[users]=email,roles').expect(200);
    const data = users.body.data as { attributes: object }[];
    for (const user of data) expect(Object.keys(user.attributes).sort()).toEqual(['email', 'roles']);
    expect(data).toContainEqual(
      expect.objectContaining({ attributes: { email: 'admin@example.com', roles: ['admin'] } }),
    );

    // The admin's login in beforeAll is on the audit trail.
    const logs = await get(
      '/audit-logs?filter[username]=admin@example.com&fields[audit-logs]=event,username',
    ).expect(200);
    expect(logs.body.data).toContainEqual(
      expect.objectContaining({ attributes: { event: 'login', username: 'admin@example.com' } }),
    );
  });

  it('refuses unknown fields (the write-only password too) and unknown types with 400', async () => {
    for (const [path, parameter] of [
      ['/users?fields[users]=email,password', 'fields[users]'],
      ['/users?fields[audit-logs]=nope', 'fields[audit-logs]'],
      ['/users?fields[unknown-type]=x', 'fields[unknown-type]'],
    ] as const) {
      const response = await get(path).expect(400);
      expect(response.body).toBeValidJsonApiDocument();
      expect(response.body.errors).toEqual([
        expect.objectContaining({ status: '400', code: '4001', source: { parameter } }),
      ]);
    }
  });

  it('answers 401 without a token', async () => {
    const response = await request(backend.http).get('/users').set('Accept', JSON_API).expect(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });
});
