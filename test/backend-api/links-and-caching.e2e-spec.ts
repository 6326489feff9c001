import request from 'supertest';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer, tokenRequest } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PUBLIC_URL = 'https://backoffice.example';

describe('backend links and caching', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let adminToken: string;

  const get = (path: string) =>
    request(backend.http).get(path).set('Accept', JSON_API).set('Authorization', bearer(adminToken));

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url, { publicUrl: PUBLIC_URL });
    adminToken = await backendToken(backend.http);
  });
  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
  });

  it('builds links and Location from BACKEND_PUBLIC_URL, never from a forged Host', async () => {
    const list = await get('/products?page[limit]=2').set('Host', 'evil.example').expect(200);
    expect(list.text).not.toContain('evil.example');
    expect(list.body.links.next).toBe(`${PUBLIC_URL}/products?page%5Blimit%5D=2&page%5Boffset%5D=2`);
    expect(list.body.data[0].links.self).toMatch(new RegExp(`^${PUBLIC_URL}/products/`));

    const created = await request(backend.http)
      .post('/users')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .set('Authorization', bearer(adminToken))
      .set('Host', 'evil.example')
      .send(
        JSON.stringify({
          data: {
            type: 'users',
            attributes: {
              email: 'linked@example.com',
              password: 'Kettle-2024-blue',
              firstName: 'Lina',
              lastName: 'Link',
              roles: ['support'],
            },
          },
        }),
      )
      .expect(201);
    expect(created.headers['location']).toBe(`${PUBLIC_URL}/users/${created.body.data.id}`);
  });

  it('answers every back-office read, write, error and token with no-store, varying on Authorization', async () => {
    const answers: [string, request.Test][] = [
      ['a product', get('/products/001').expect(200)],
      ['products', get('/products?page[limit]=2').expect(200)],
      ['users', get('/users').expect(200)],
      ['an unknown product', get('/products/nope').expect(404)],
      ['no token', request(backend.http).get('/products/001').set('Accept', JSON_API).expect(401)],
      [
        'POST /token',
        tokenRequest(backend.http, {
          grant_type: 'password',
          username: 'admin@example.com',
          password: 'change123',
        }).expect(200),
      ],
    ];
    for (const [what, pending] of answers) {
      const response = await pending;
      expect(`${what}: ${response.headers['cache-control']}`).toBe(`${what}: no-store`);
      expect(response.headers['vary']).toBe('Accept, Accept-Language, Authorization, Store');
    }
  });
});
