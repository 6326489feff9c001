import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface ResourceObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, unknown>;
}

describe('storefront JSON:API query parameters and HTTP caching', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  const get = (path: string) => request(storefront.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  // Unknown include names: ignored in Glue mode, 400 in strict mode (glue-includes.e2e-spec.ts).
  describe('rejected parameters: 400 naming the parameter', () => {
    it.each([
      ['/abstract-products?page[limit]=0', 'page[limit]'],
      ['/abstract-products?page[limit]=101', 'page[limit]'],
      ['/abstract-products?page[offset]=-1', 'page[offset]'],
      ['/abstract-products?page[offset]=x', 'page[offset]'],
      ['/abstract-products?page[size]=3', 'page[size]'],
      ['/abstract-products?page=3', 'page'],
      ['/abstract-products?sort=price', 'sort'],
      ['/abstract-products?sort=sku,sku', 'sort'],
      ['/abstract-products?sort=sku&sort=name', 'sort'],
      ['/abstract-products?filter[price]=1', 'filter[price]'],
      ['/abstract-products?filter[concrete-products.sku]=001', 'filter[concrete-products.sku]'],
      // An empty item (`include=a,`) is skipped in Glue mode and refused in strict mode: glue-includes.e2e-spec.ts.
      ['/abstract-products?include=concrete-products&include=category-nodes', 'include'],
      ['/abstract-products?fields[abstract-products]=sku,price', 'fields[abstract-products]'],
      ['/abstract-products?fields[carts]=name', 'fields[carts]'],
      ['/abstract-products/001?sort=sku', 'sort'],
      ['/abstract-products/001?page[limit]=5', 'page[limit]'],
    ])('%s → 400 on %s', async (path, parameter) => {
      const response = await get(path).expect(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0]).toMatchObject({ status: '400', source: { parameter } });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('refuses include when the negotiated convention has no relationships', async () => {
      const response = await request(storefront.http)
        .get('/abstract-products/001?include=concrete-products')
        .set('Accept', 'application/json')
        .expect(400);
      expect(response.body.errors[0]).toMatchObject({ source: { parameter: 'include' } });
    });
  });

  it('sorts by several fields in order: -name then sku', async () => {
    const response = await get(
      '/abstract-products?sort=-name,sku&page[limit]=100&fields[abstract-products]=name',
    )
      .set('Accept-Language', 'en')
      .expect(200);
    const rows = (response.body.data as ResourceObject[]).map((p) => ({
      sku: p.id,
      name: String(p.attributes['name']),
    }));
    expect(rows).toHaveLength(100);
    for (let index = 1; index < rows.length; index += 1) {
      const previous = rows[index - 1]!;
      const current = rows[index]!;
      const byName = current.name.localeCompare(previous.name, 'en', { sensitivity: 'base' });
      expect(byName).toBeLessThanOrEqual(0);
      if (current.name === previous.name) expect(current.sku > previous.sku).toBe(true);
    }
  });

  it('applies sparse fieldsets to included resources and leaves out relationships not asked for', async () => {
    const response = await get(
      '/abstract-products/001?include=concrete-products&fields[concrete-products]=sku,name&fields[abstract-products]=sku',
    ).expect(200);
    const data = response.body.data as ResourceObject;
    expect(Object.keys(data.attributes)).toEqual(['sku']);
    // `concrete-products` is not in fields[abstract-products]: the relationship is left out too.
    expect(data.relationships).toBeUndefined();
    const included = response.body.included as ResourceObject[];
    expect(included.length).toBeGreaterThan(0);
    for (const concrete of included) expect(Object.keys(concrete.attributes).sort()).toEqual(['name', 'sku']);

    const withLinkage = await get(
      '/abstract-products/001?include=concrete-products&fields[abstract-products]=sku,concrete-products',
    ).expect(200);
    expect(Object.keys((withLinkage.body.data as ResourceObject).relationships ?? {})).toEqual([
      'concrete-products',
    ]);
  });

  describe('HTTP caching', () => {
    it('tags a single resource and answers a matching If-None-Match with 304 and no body', async () => {
      const first = await get('/abstract-products/001').expect(200);
      const tag = first.headers['etag'] as string;
      expect(tag).toMatch(/^"[\w-]{27}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers['vary']).toBe('Accept, Accept-Language, Authorization, Store');

      const again = await get('/abstract-products/001').expect(200);
      expect(again.headers['etag']).toBe(tag);

      const notModified = await get('/abstract-products/001')
        .set('If-None-Match', `"x", W/${tag}`)
        .expect(304);
      expect(notModified.text).toBe('');
      expect(notModified.headers['etag']).toBe(tag);
      expect(notModified.headers['content-type']).toBeUndefined();
      expect(notModified.headers['cache-control']).toBe('public, max-age=60');

      await get('/abstract-products/001').set('If-None-Match', '"stale"').expect(200);
    });

    it('gives each representation its own tag: locale, fields and includes change it', async () => {
      const tags = await Promise.all(
        [
          get('/abstract-products/001').set('Accept-Language', 'de'),
          get('/abstract-products/001').set('Accept-Language', 'en'),
          get('/abstract-products/001?fields[abstract-products]=sku'),
          get('/abstract-products/001?include=concrete-products'),
        ].map(async (pending) => (await pending.expect(200)).headers['etag'] as string),
      );
      expect(new Set(tags).size).toBe(4);
    });

    it('tags a public collection too, and an error is never cacheable', async () => {
      const list = await get('/abstract-products').expect(200);
      expect(list.headers['etag']).toMatch(/^"[\w-]{27}"$/);
      expect(list.headers['cache-control']).toBe('public, max-age=60');
      const missing = await get('/abstract-products/nope').expect(404);
      expect(missing.headers['etag']).toBeUndefined();
      expect(missing.headers['cache-control']).toBe('no-store');
    });
  });
});
