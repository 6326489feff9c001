import request from 'supertest';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface ResourceObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  links: { self: string };
}

describe('storefront catalog: stores, abstract-products, concrete-products', () => {
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

  describe('stores', () => {
    it('lists the stores with their locales and currencies', async () => {
      const response = await get('/stores').expect(200);
      expect(response.body).toBeValidJsonApiDocument();
      const stores = response.body.data as ResourceObject[];
      expect(stores.map((store) => store.id)).toEqual(['AT', 'DE']);
      const de = stores.find((store) => store.id === 'DE');
      expect(de?.attributes).toMatchObject({
        defaultLocale: 'de_DE',
        defaultCurrency: 'EUR',
        locales: expect.arrayContaining([
          expect.objectContaining({ code: 'de', name: 'de_DE' }),
          expect.objectContaining({ code: 'en', name: 'en_US' }),
        ]),
        currencies: expect.arrayContaining([expect.objectContaining({ code: 'EUR' })]),
      });
    });

    it("answers an unknown store with 404 and Glue's code 601", async () => {
      const response = await get('/stores/XX').expect(404);
      expect(response.body).toBeValidJsonApiDocument();
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '601' });
    });
  });

  describe('abstract-products', () => {
    it('returns a valid JSON:API collection with pagination links and total', async () => {
      const response = await get('/abstract-products').expect(200);
      expect(response.headers['content-type']).toBe(JSON_API);
      expect(response.body).toBeValidJsonApiDocument();
      expect(response.body.data).toHaveLength(12);
      expect(response.body.meta.page.total).toBeGreaterThanOrEqual(200);
      expect(response.body.links).toMatchObject({
        first: expect.any(String),
        last: expect.any(String),
        prev: null,
        next: expect.any(String),
      });
      expect(response.body.data[0]).toMatchObject({
        type: 'abstract-products',
        id: '001',
        attributes: { sku: '001' },
      });
    });

    it('returns the same collection as plain JSON for Accept: application/json', async () => {
      const response = await request(storefront.http)
        .get('/abstract-products?page[limit]=3')
        .set('Accept', 'application/json')
        .expect(200);
      expect(response.headers['content-type']).toBe('application/json');
      expect(Array.isArray(response.body)).toBe(true);
      expect(response.body).toHaveLength(3);
      expect(response.body[0]).toMatchObject({ id: '001', sku: '001', name: expect.any(String) });
      expect(response.body[0].attributes).toEqual(expect.any(Object));
    });

    it('answers 406 without Accept', async () => {
      const response = await request(storefront.http).get('/abstract-products').unset('Accept').expect(406);
      expect(response.body).toBeValidJsonApiDocument();
      expect(response.body.errors[0]).toMatchObject({ status: '406', code: '010' });
    });

    it('reads one abstract product with Glue attributes and its self link', async () => {
      const response = await get('/abstract-products/001').expect(200);
      expect(response.body).toBeValidJsonApiDocument();
      const product = response.body.data as ResourceObject;
      expect(product.links.self).toMatch(/\/abstract-products\/001$/);
      expect(product.attributes).toMatchObject({
        sku: '001',
        name: expect.any(String),
        attributes: expect.any(Object),
        superAttributesDefinition: expect.any(Array),
        attributeMap: { product_concrete_ids: expect.arrayContaining([expect.stringMatching(/^001_/)]) },
      });
      expect(
        (product.attributes['attributeMap'] as { product_concrete_ids: string[] }).product_concrete_ids
          .length,
      ).toBeGreaterThanOrEqual(2);
    });

    it("answers an unknown sku with 404 and Glue's 301, in both compatibility modes", async () => {
      const response = await get('/abstract-products/does-not-exist').expect(404);
      expect(response.body.errors).toEqual([
        {
          status: '404',
          code: '301',
          title: 'Resource not found',
          detail: 'Abstract product "does-not-exist" does not exist.',
        },
      ]);
      const strict = await startStorefront(database.url, { glueCompatibility: false });
      try {
        const plain = await request(strict.http)
          .get('/abstract-products/does-not-exist')
          .set('Accept', JSON_API);
        expect(plain.status).toBe(404);
        expect(plain.body.errors[0]).toMatchObject({ status: '404', code: '301' });
        const concrete = await request(strict.http)
          .get('/concrete-products/001_nope')
          .set('Accept', JSON_API);
        expect(concrete.body.errors[0]).toMatchObject({ status: '404', code: '302' });
      } finally {
        await strict.app.close();
      }
    });

    it("answers a blank sku with 400 and Glue's 311 (abstract) or 312 (concrete), children too", async () => {
      const cases: [string, string, string][] = [
        ['/abstract-products/%20', '311', 'Abstract product sku is not specified.'],
        ['/abstract-products/%20/abstract-product-prices', '311', 'Abstract product sku is not specified.'],
        ['/concrete-products/%20', '312', 'Concrete product sku is not specified.'],
        [
          '/concrete-products/%20/concrete-product-availabilities',
          '312',
          'Concrete product sku is not specified.',
        ],
      ];
      for (const [path, code, detail] of cases) {
        const response = await get(path).expect(400);
        expect(response.body.errors).toEqual([{ status: '400', code, title: 'Bad request', detail }]);
      }
    });

    it('sorts by the declared fields and refuses others', async () => {
      const descending = await get('/abstract-products?sort=-sku&page[limit]=2').expect(200);
      expect((descending.body.data as ResourceObject[]).map((p) => p.id)).toEqual(['210', '209']);
      const byName = await get('/abstract-products?sort=name&page[limit]=5')
        .set('Accept-Language', 'en')
        .expect(200);
      const names = (byName.body.data as ResourceObject[]).map((p) => String(p.attributes['name']));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
      const refused = await get('/abstract-products?sort=price').expect(400);
      expect(refused.body.errors[0].source).toEqual({ parameter: 'sort' });
    });

    it('filters by sku in both filter spellings', async () => {
      const plain = await get('/abstract-products?filter[sku]=002,005').expect(200);
      expect((plain.body.data as ResourceObject[]).map((p) => p.id)).toEqual(['002', '005']);
      expect(plain.body.meta.page.total).toBe(2);
      const glue = await get('/abstract-products?filter[abstract-products.sku]=007').expect(200);
      expect((glue.body.data as ResourceObject[]).map((p) => p.id)).toEqual(['007']);
      const refused = await get('/abstract-products?filter[concrete-products.sku]=007').expect(400);
      expect(refused.body.errors[0]).toMatchObject({
        code: '011',
        source: { parameter: 'filter[concrete-products.sku]' },
      });
    });

    it('pages from first to last without gaps or repeats', async () => {
      const seen: string[] = [];
      let next: string | null = '/abstract-products?page[limit]=50&fields[abstract-products]=sku';
      let pages = 0;
      while (next) {
        const response = await get(next.replace(/^https?:\/\/[^/]+/, '')).expect(200);
        expect(response.body).toBeValidJsonApiDocument();
        seen.push(...(response.body.data as ResourceObject[]).map((p) => p.id));
        next = response.body.links.next as string | null;
        pages += 1;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(200);
      expect(pages).toBe(Math.ceil(seen.length / 50));
    });

    it('applies sparse fieldsets', async () => {
      const response = await get('/abstract-products/001?fields[abstract-products]=sku,name').expect(200);
      expect(Object.keys(response.body.data.attributes as object).sort()).toEqual(['name', 'sku']);
    });
  });

  describe('concrete-products', () => {
    it('reads one concrete product and a collection', async () => {
      const page = await get('/concrete-products?page[limit]=5').expect(200);
      expect(page.body).toBeValidJsonApiDocument();
      expect(page.body.meta.page.total).toBeGreaterThanOrEqual(400);
      const first = (page.body.data as ResourceObject[])[0] as ResourceObject;
      const one = await get(`/concrete-products/${first.id}`).expect(200);
      expect(one.body).toBeValidJsonApiDocument();
      expect(one.body.data).toMatchObject({
        type: 'concrete-products',
        id: first.id,
        attributes: { sku: first.id, productAbstractSku: first.id.split('_')[0], name: expect.any(String) },
      });
    });

    it("answers an unknown sku with 404 and Glue's 302", async () => {
      const response = await get('/concrete-products/001_nope').expect(404);
      expect(response.body.errors[0]).toMatchObject({
        status: '404',
        code: '302',
        detail: 'Concrete product "001_nope" does not exist.',
      });
    });
  });

  describe('sparse fieldsets', () => {
    it('sends only the requested attributes of stores and concrete-products, primary and included', async () => {
      const store = await get('/stores/DE?fields[stores]=timeZone,defaultCurrency').expect(200);
      expect(store.body.data.attributes).toEqual({ timeZone: 'Europe/Berlin', defaultCurrency: 'EUR' });

      const product = await get(
        '/abstract-products/001?include=concrete-products&fields[concrete-products]=sku,productAbstractSku',
      ).expect(200);
      const included = product.body.included as ResourceObject[];
      expect(included.length).toBeGreaterThan(0);
      for (const concrete of included) {
        expect(concrete.attributes).toEqual({ sku: concrete.id, productAbstractSku: '001' });
      }
      expect(Object.keys(product.body.data.attributes as object)).toContain('superAttributes');
    });

    it('refuses an unknown field with 400 naming fields[type], and an unknown type', async () => {
      for (const [path, parameter] of [
        ['/stores?fields[stores]=nope', 'fields[stores]'],
        ['/concrete-products?fields[concrete-products]=sku,nope', 'fields[concrete-products]'],
        [
          '/abstract-products/001?include=concrete-products&fields[concrete-products]=nope',
          'fields[concrete-products]',
        ],
        ['/stores?fields[unknown-type]=x', 'fields[unknown-type]'],
      ] as const) {
        const response = await get(path).expect(400);
        expect(response.body).toBeValidJsonApiDocument();
        expect(response.body.errors).toEqual([
          expect.objectContaining({ status: '400', code: '4001', source: { parameter } }),
        ]);
      }
      const unknownField = await get('/stores?fields[stores]=nope').expect(400);
      expect(unknownField.body.errors[0].detail).toMatch(
        /"nope" is not a field of stores\. Fields: name, timeZone/,
      );
    });
  });

  describe('locale negotiation', () => {
    it('answers in the negotiated store locale and says so in Content-Language', async () => {
      const german = await get('/abstract-products/001')
        .set('Accept-Language', 'de-DE, en;q=0.5')
        .expect(200);
      const english = await get('/abstract-products/001')
        .set('Accept-Language', 'en-US;q=0.9, de;q=0.5')
        .expect(200);
      expect(german.headers['content-language']).toBe('de_DE');
      expect(english.headers['content-language']).toBe('en_US');
      expect(german.body.data.attributes.description).not.toEqual(english.body.data.attributes.description);
    });

    it('matches by language and falls back to the store default', async () => {
      const language = await get('/abstract-products/001').set('Accept-Language', 'en').expect(200);
      expect(language.headers['content-language']).toBe('en_US');
      const unknown = await get('/abstract-products/001')
        .set('Accept-Language', 'fr-FR, it;q=0.8')
        .expect(200);
      expect(unknown.headers['content-language']).toBe('de_DE');
      const none = await get('/abstract-products/001').expect(200);
      expect(none.headers['content-language']).toBe('de_DE');
    });

    it('treats a missing default store as the operator’s error: a generic 500, not the client’s fault', async () => {
      const misconfigured = await startStorefront(database.url, { defaultStore: 'XX', logErrors: false });
      try {
        const response = await request(misconfigured.http).get('/stores').set('Accept', JSON_API).expect(500);
        expect(response.body.errors[0]).toMatchObject({ status: '500', code: '500' });
        expect(JSON.stringify(response.body)).not.toContain('XX');
      } finally {
        await misconfigured.app.close();
      }
    });

    it('selects the store from the Store header and refuses an unknown one (Glue mode: 404)', async () => {
      await get('/abstract-products/001').set('Store', 'AT').expect(200);
      const response = await get('/abstract-products/001').set('Store', 'XX').expect(404);
      expect(response.body).toBeValidJsonApiDocument();
      expect(response.body.errors[0]).toMatchObject({ code: '601', source: { header: 'Store' } });
    });
  });

  describe('routing', () => {
    it('answers an unknown path with 404 code 007 and an undeclared method with 405 and Allow', async () => {
      const missing = await get('/no-such-resource').expect(404);
      expect(missing.body).toBeValidJsonApiDocument();
      expect(missing.body.errors[0]).toMatchObject({ status: '404', code: '007' });
      expect(missing.body.links).toEqual({ self: expect.stringMatching(/\/no-such-resource$/) });
      const method = await request(storefront.http)
        .delete('/abstract-products/001')
        .set('Accept', JSON_API)
        .expect(405);
      expect(method.headers['allow']).toBe('GET, HEAD, OPTIONS');
    });

    it('does not serve backend resources: /products is 404 on the storefront', async () => {
      const response = await get('/products').expect(404);
      expect(response.body.errors[0].code).toBe('007');
    });
  });
});
