import formats from 'ajv-formats';
import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import {
  bearer,
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_REFERENCE,
  passwordGrant,
  tokenRequest,
} from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** RFC 3986 `URI-reference`, as the JSON:API schema's `format` names it. */
const uriReference = formats.default.get('uri-reference') as RegExp;

const PUBLIC_URL = 'https://shop.example/api';
const LISTEN_URL = 'http://localhost:3000';

/** Every link of a JSON:API document: `links` members anywhere in it (document, resources, relationships). */
function linksOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const found: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (name === 'links' && typeof value === 'object' && value !== null) {
      for (const link of Object.values(value)) if (typeof link === 'string') found.push(link);
    } else {
      found.push(...linksOf(value));
    }
  }
  return found;
}

/** The links of a response all start with `base` and are RFC 3986 URI references. */
function expectLinksOn(body: unknown, base: string): void {
  const links = linksOf(body);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.startsWith(`${base}/`)).toBe(true);
    expect(uriReference.test(link)).toBe(true);
  }
}

const registration = (email: string) => ({
  email,
  password: 'Teapot-2024-green',
  confirmPassword: 'Teapot-2024-green',
  salutation: 'Ms',
  firstName: 'Greta',
  lastName: 'Green',
  acceptedTerms: true,
});

describe('storefront links and caching: links from the public base URL, honest Cache-Control and Vary', () => {
  let database: TestDatabase;
  /** Defaults: no public URL, no trusted proxy, listening on 0.0.0.0:3000, max-age 60, no CORS. */
  let plain: RunningApplication;
  /** A public URL with a path prefix, a trusted proxy (the public URL still wins), max-age 120, CORS. */
  let configured: RunningApplication;
  /** A trusted proxy and no public URL: the proxy's X-Forwarded-Host and -Proto give the base. */
  let proxied: RunningApplication;
  let customerToken: string;

  const get = (app: RunningApplication, path: string) => request(app.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    [plain, configured, proxied] = await Promise.all([
      startStorefront(database.url),
      startStorefront(database.url, {
        publicUrl: `${PUBLIC_URL}/`,
        trustProxy: 1,
        cacheMaxAgeSeconds: 120,
        corsOrigins: ['https://app.example'],
      }),
      startStorefront(database.url, { trustProxy: 1 }),
    ]);
    customerToken = (await passwordGrant(plain.http, DEMO_CUSTOMER)).accessToken;
  });
  afterAll(async () => {
    await Promise.all([plain, configured, proxied].map((app) => app?.app.close()));
    await database?.drop();
  });

  describe('links never come from the Host header', () => {
    it('builds every link of a document from the configured public URL, whatever Host and X-Forwarded-* say', async () => {
      const response = await get(
        configured,
        '/abstract-products?page[limit]=2&include=abstract-product-image-sets',
      )
        .set('Host', 'evil.example')
        .set('X-Forwarded-Host', 'evil.example')
        .set('X-Forwarded-Proto', 'http')
        .expect(200);
      expect(response.text).not.toContain('evil.example');
      expectLinksOn(response.body, PUBLIC_URL);
      expect(response.body.links).toMatchObject({
        self: `${PUBLIC_URL}/abstract-products?page%5Blimit%5D=2&include=abstract-product-image-sets`,
        first: `${PUBLIC_URL}/abstract-products?page%5Blimit%5D=2&include=abstract-product-image-sets&page%5Boffset%5D=0`,
      });
      const product = response.body.data[0];
      expect(product.links.self).toBe(`${PUBLIC_URL}/abstract-products/${product.id}`);
      expect(product.relationships['abstract-product-image-sets'].links.related).toBe(
        `${PUBLIC_URL}/abstract-products/${product.id}/abstract-product-image-sets`,
      );
    });

    it('without a public URL, uses the listen address, never a forged Host or an untrusted X-Forwarded-Host', async () => {
      const response = await get(plain, '/abstract-products/001?include=concrete-products')
        .set('Host', 'evil.example')
        .set('X-Forwarded-Host', 'evil.example')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(response.text).not.toContain('evil.example');
      expectLinksOn(response.body, LISTEN_URL);
      expect(response.body.links.self).toBe(`${LISTEN_URL}/abstract-products/001?include=concrete-products`);
    });

    it('answers a creation with a Location on the public base, not on a forged Host', async () => {
      const response = await request(configured.http)
        .post('/customers')
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .set('Host', 'evil.example')
        .send(JSON.stringify({ data: { type: 'customers', attributes: registration('linked@example.com') } }))
        .expect(201);
      expect(response.headers['location']).toBe(`${PUBLIC_URL}/customers/${response.body.data.id}`);
      expect(response.text).not.toContain('evil.example');
      expectLinksOn(response.body, PUBLIC_URL);
    });

    it('builds error documents’ links on the public base, percent-encoded', async () => {
      const missing = await get(configured, '/abstract-products/nope')
        .set('Host', 'evil.example')
        .expect(404);
      expect(missing.body.links.self).toBe(`${PUBLIC_URL}/abstract-products/nope`);
      const unrouted = await get(plain, '/nothing-here?page[x]=1&a=%5B')
        .set('Host', 'evil.example')
        .expect(404);
      expect(unrouted.body.links.self).toBe(`${LISTEN_URL}/nothing-here?page%5Bx%5D=1&a=%5B`);
      const refused = await get(plain, '/abstract-products?filter[price]=1')
        .set('Host', 'evil.example')
        .expect(400);
      expect(refused.body.links.self).toBe(`${LISTEN_URL}/abstract-products?filter%5Bprice%5D=1`);
      for (const response of [missing, unrouted, refused]) {
        expect(response.text).not.toContain('evil.example');
        expect(uriReference.test(response.body.links.self as string)).toBe(true);
      }
    });

    it('behind a trusted proxy without a public URL, follows the proxy’s X-Forwarded-Host and -Proto', async () => {
      const forwarded = await get(proxied, '/abstract-products/001')
        .set('Host', 'internal:3000')
        .set('X-Forwarded-Host', 'shop.example')
        .set('X-Forwarded-Proto', 'https')
        .expect(200);
      expect(forwarded.body.links.self).toBe('https://shop.example/abstract-products/001');
      expect(forwarded.body.data.links.self).toBe('https://shop.example/abstract-products/001');
      // The forwarded headers change the links, so a shared cache must keep their variants apart.
      expect(forwarded.headers['vary']).toBe(
        'Accept, Accept-Language, Authorization, Store, X-Forwarded-Host, X-Forwarded-Proto',
      );

      // The proxy appended its value to one the client sent: the proxy's (the last) counts.
      const appended = await get(proxied, '/abstract-products/001')
        .set('X-Forwarded-Host', 'evil.example, shop.example')
        .set('X-Forwarded-Proto', 'http, https')
        .expect(200);
      expect(appended.body.links.self).toBe('https://shop.example/abstract-products/001');

      // No forwarded host, or one that is not a host: the listen address, never Host.
      for (const header of [undefined, 'evil.example/x?y', 'evil example']) {
        const call = get(proxied, '/abstract-products/001').set('Host', 'evil.example');
        const response = await (header === undefined ? call : call.set('X-Forwarded-Host', header)).expect(
          200,
        );
        expect(response.body.links.self).toBe(`${LISTEN_URL}/abstract-products/001`);
      }
    });
  });

  describe('links are RFC 3986 URI references', () => {
    it('percent-encodes the brackets of pagination links', async () => {
      const response = await get(plain, '/abstract-products').expect(200);
      expect(response.body.links.first).toBe(
        `${LISTEN_URL}/abstract-products?page%5Boffset%5D=0&page%5Blimit%5D=12`,
      );
      for (const link of linksOf(response.body)) {
        expect(link).not.toMatch(/[[\]]/);
        expect(uriReference.test(link)).toBe(true);
      }
    });

    it('percent-encodes what a request target may carry but a URI may not', async () => {
      const response = await get(plain, '/abstract-products/a|b^c').expect(404);
      expect(response.body.links.self).toBe(`${LISTEN_URL}/abstract-products/a%7Cb%5Ec`);
    });
  });

  describe('Cache-Control', () => {
    it('lets shared caches keep anonymous catalog reads for the configured max-age, with an ETag', async () => {
      for (const path of ['/abstract-products/001', '/abstract-products?page[limit]=3', '/stores']) {
        const response = await get(configured, path).expect(200);
        expect(response.headers['cache-control']).toBe('public, max-age=120');
        expect(response.headers['etag']).toMatch(/^"[\w-]{27}"$/);
      }
      const defaults = await get(plain, '/concrete-products/001_63653566').expect(200);
      expect(defaults.headers['cache-control']).toBe('public, max-age=60');
    });

    it('answers If-None-Match on a collection with 304 that keeps Cache-Control, ETag and Vary', async () => {
      const first = await get(configured, '/abstract-products').expect(200);
      const tag = first.headers['etag'] as string;
      const notModified = await get(configured, '/abstract-products').set('If-None-Match', tag).expect(304);
      expect(notModified.headers['cache-control']).toBe('public, max-age=120');
      expect(notModified.headers['etag']).toBe(tag);
      expect(notModified.headers['vary']).toBe(first.headers['vary']);
    });

    it('never answers an authenticated catalog request as public', async () => {
      for (const authorization of [bearer(customerToken), 'Bearer not-a-token']) {
        const response = await get(plain, '/abstract-products/001')
          .set('Authorization', authorization)
          .expect(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['vary']).toContain('Authorization');
      }
    });

    it('answers customers, addresses and tokens with no-store: successes and errors', async () => {
      const customer = `/customers/${DEMO_CUSTOMER_REFERENCE}`;
      const tokenLogin = { grant_type: 'password', ...DEMO_CUSTOMER };
      const session = await passwordGrant(plain.http, DEMO_CUSTOMER);
      const jsonApiPost = (path: string, data: object) =>
        request(plain.http)
          .post(path)
          .set('Accept', JSON_API)
          .set('Content-Type', JSON_API)
          .send(JSON.stringify({ data }));
      const answers: [string, request.Test][] = [
        ['own customer', get(plain, customer).set('Authorization', bearer(customerToken)).expect(200)],
        [
          'own addresses',
          get(plain, `${customer}/addresses`).set('Authorization', bearer(customerToken)).expect(200),
        ],
        ['customer without a token', get(plain, customer).expect(401)],
        [
          'another customer',
          get(plain, '/customers/DE--999').set('Authorization', bearer(customerToken)).expect(404),
        ],
        [
          'registration',
          jsonApiPost('/customers', {
            type: 'customers',
            attributes: registration('stored@example.com'),
          }).expect(201),
        ],
        [
          'access token',
          jsonApiPost('/access-tokens', { type: 'access-tokens', attributes: DEMO_CUSTOMER }).expect(201),
        ],
        [
          'refused access token',
          jsonApiPost('/access-tokens', {
            type: 'access-tokens',
            attributes: { ...DEMO_CUSTOMER, password: 'Wrong-password-1' },
          }).expect(401),
        ],
        [
          'refresh token',
          jsonApiPost('/refresh-tokens', {
            type: 'refresh-tokens',
            attributes: { refreshToken: session.refreshToken },
          }).expect(201),
        ],
        ['POST /token', tokenRequest(plain.http, tokenLogin).expect(200)],
        [
          'revoking an unknown refresh token',
          request(plain.http)
            .delete('/refresh-tokens/not-a-token')
            .set('Accept', JSON_API)
            .set('Authorization', bearer(customerToken))
            .expect(204),
        ],
      ];
      for (const [what, pending] of answers) {
        const response = await pending;
        expect(`${what}: ${response.headers['cache-control']}`).toBe(`${what}: no-store`);
      }
    });
  });

  describe('Vary', () => {
    it('names Accept, Accept-Language, Authorization and Store on every answer', async () => {
      const answers = await Promise.all([
        get(plain, '/abstract-products/001').expect(200),
        get(plain, '/abstract-products').expect(200),
        get(plain, `/customers/${DEMO_CUSTOMER_REFERENCE}`)
          .set('Authorization', bearer(customerToken))
          .expect(200),
        get(plain, '/abstract-products/nope').expect(404),
      ]);
      for (const response of answers) {
        expect(response.headers['vary']).toBe('Accept, Accept-Language, Authorization, Store');
      }
    });

    it('names Origin too where CORS applies', async () => {
      const response = await get(configured, '/abstract-products/001')
        .set('Origin', 'https://app.example')
        .expect(200);
      expect(response.headers['vary']).toBe('Accept, Accept-Language, Authorization, Store, Origin');
    });
  });
});
