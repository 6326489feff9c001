import request from 'supertest';
import { DataSource } from 'typeorm';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Identifier {
  type: string;
  id: string;
}
interface ResourceObject extends Identifier {
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Identifier[]; links?: { related: string } }>;
  links: { self: string };
}
interface Document {
  data: ResourceObject[] | ResourceObject;
  included?: ResourceObject[];
}

const STANDARD_TAXES = {
  name: 'Standard Taxes',
  restTaxRates: [
    { name: 'Austria Standard', rate: '20.00', country: 'AT' },
    { name: 'Germany Standard', rate: '19.00', country: 'DE' },
  ],
};
const STANDARD_TAXES_ID = '5f8b6c2e-3d1a-5b7e-9c4f-1a2b3c4d5e6f';

describe('storefront product labels, tax sets, product attributes and URL resolver', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let strict: RunningApplication;
  let queries: QueryCounter;
  const get = (path: string, locale = 'en-US', app = storefront) =>
    request(app.http).get(path).set('Accept', JSON_API).set('Accept-Language', locale);
  const included = (document: Document, type: string) =>
    (document.included ?? []).filter((resource) => resource.type === type);

  beforeAll(async () => {
    database = await createTestDatabase();
    [storefront, strict] = await Promise.all([
      startStorefront(database.url),
      startStorefront(database.url, { glueCompatibility: false }),
    ]);
    queries = countQueries(storefront.app.get(DataSource));
  });
  afterAll(async () => {
    await Promise.all([storefront?.app.close(), strict?.app.close()]);
    await database?.drop();
  });

  describe('product-labels', () => {
    it('returns a label in the request locale, publicly cacheable', async () => {
      const response = await get('/product-labels/3', 'de-DE').expect(200);
      expect(response.body.data).toEqual({
        type: 'product-labels',
        id: '3',
        attributes: { name: 'Exklusiv', isExclusive: true, position: 3, frontEndReference: 'exclusive' },
        links: { self: expect.stringMatching(/\/product-labels\/3$/) },
      });
      expect(response.headers['cache-control']).toMatch(/^public/);
    });

    it.each(['4', '5', '999', 'abc', '0', '2147483648'])(
      'answers label %s (expired, inactive or unknown) with 404, Glue code 1201',
      async (id) => {
        const response = await get(`/product-labels/${id}`).expect(404);
        expect(response.body.errors[0]).toMatchObject({ status: '404', code: '1201' });
      },
    );

    it('answers an unknown label with Glue code 1201 in strict mode too', async () => {
      const response = await get('/product-labels/999', 'en-US', strict).expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '1201' });
    });

    it('resolves abstract-products/{sku}?include=product-labels, shown labels only, by position', async () => {
      const response = await get('/abstract-products/001?include=product-labels').expect(200);
      const document = response.body as Document;
      expect((document.data as ResourceObject).relationships?.['product-labels']).toEqual({
        data: [
          { type: 'product-labels', id: '1' },
          { type: 'product-labels', id: '2' },
        ],
      });
      const labels = included(document, 'product-labels');
      expect(labels.map((label) => label.attributes['name'])).toEqual(['New', 'Sale']);
      const single = await get('/product-labels/1').expect(200);
      expect(labels[0]?.attributes).toEqual((single.body.data as ResourceObject).attributes);
    });

    it('relates a concrete product to the labels of its abstract product', async () => {
      const abstract = await get('/abstract-products/010').expect(200);
      const concreteSkus = (
        (abstract.body.data as ResourceObject).attributes['attributeMap'] as {
          product_concrete_ids: string[];
        }
      ).product_concrete_ids;
      const response = await get(`/concrete-products/${concreteSkus[0] ?? ''}?include=product-labels`).expect(
        200,
      );
      expect((response.body.data as ResourceObject).relationships?.['product-labels']?.data).toEqual([
        { type: 'product-labels', id: '3' },
      ]);
    });
  });

  describe('product-tax-sets', () => {
    it('returns the tax set of an abstract product, id its UUID, linked under the product', async () => {
      const response = await get('/abstract-products/001/product-tax-sets').expect(200);
      expect(response.body.data).toEqual([
        {
          type: 'product-tax-sets',
          id: STANDARD_TAXES_ID,
          attributes: STANDARD_TAXES,
          links: { self: expect.stringMatching(/\/abstract-products\/001\/product-tax-sets$/) },
        },
      ]);
    });

    it('gives e-readers the reduced rates', async () => {
      const response = await get('/abstract-products/012/product-tax-sets').expect(200);
      expect((response.body.data as ResourceObject[])[0]?.attributes).toEqual({
        name: 'Reduced Taxes',
        restTaxRates: [
          { name: 'Austria Reduced', rate: '10.00', country: 'AT' },
          { name: 'Germany Reduced', rate: '7.00', country: 'DE' },
        ],
      });
    });

    it('answers an unknown abstract product with 404: Glue code 310 in both modes', async () => {
      const glue = await get('/abstract-products/nope/product-tax-sets').expect(404);
      expect(glue.body.errors[0]).toMatchObject({ status: '404', code: '310' });
      const strictResponse = await get('/abstract-products/nope/product-tax-sets', 'en-US', strict).expect(
        404,
      );
      expect(strictResponse.body.errors[0]).toMatchObject({ status: '404', code: '310' });
    });

    it('resolves include=product-tax-sets with a related link', async () => {
      const response = await get('/abstract-products/001?include=product-tax-sets').expect(200);
      const document = response.body as Document;
      expect((document.data as ResourceObject).relationships?.['product-tax-sets']).toEqual({
        data: [{ type: 'product-tax-sets', id: STANDARD_TAXES_ID }],
        links: { related: expect.stringMatching(/\/abstract-products\/001\/product-tax-sets$/) },
      });
      expect(included(document, 'product-tax-sets').map((resource) => resource.attributes)).toEqual([
        STANDARD_TAXES,
      ]);
    });
  });

  it('loads labels and tax sets with the same number of queries for 5 and 50 products', async () => {
    const path = (limit: number) =>
      `/abstract-products?page[limit]=${limit}&include=product-labels,product-tax-sets`;
    const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
    const [large, largeCount] = await queries.count(() => get(path(50)).expect(200));
    expect((large.body as Document).data).toHaveLength(50);
    expect(included(small.body as Document, 'product-labels').length).toBeGreaterThan(0);
    // Every product shares one of two tax sets: each is included once.
    expect(included(large.body as Document, 'product-tax-sets')).toHaveLength(2);
    expect(largeCount).toBe(smallCount);
  });

  describe('product-management-attributes', () => {
    it('lists every attribute the demo products carry, ordered by key', async () => {
      const response = await get('/product-management-attributes').expect(200);
      const data = (response.body as Document).data as ResourceObject[];
      expect(data.map((resource) => resource.id)).toEqual([
        'brand',
        'color',
        'material',
        'model',
        'size',
        'storage_capacity',
        'warranty',
      ]);
      expect(response.headers['cache-control']).toMatch(/^public/);
    });

    it('returns one attribute with every locale and its values', async () => {
      const response = await get('/product-management-attributes/color').expect(200);
      const resource = response.body.data as ResourceObject;
      expect(resource).toMatchObject({
        type: 'product-management-attributes',
        id: 'color',
        links: { self: expect.stringMatching(/\/product-management-attributes\/color$/) },
      });
      expect(resource.attributes).toMatchObject({
        key: 'color',
        inputType: 'select',
        allowInput: false,
        isSuper: true,
        localizedKeys: [
          { localeName: 'de_DE', translation: 'Farbe' },
          { localeName: 'en_US', translation: 'Color' },
        ],
      });
      expect((resource.attributes['values'] as unknown[])[0]).toEqual({
        value: 'Black',
        localizedValues: [
          { localeName: 'de_DE', translation: 'Schwarz' },
          { localeName: 'en_US', translation: 'Black' },
        ],
      });
    });

    it('answers an unknown key with 404: Glue code 4201 in both modes', async () => {
      const glue = await get('/product-management-attributes/nope').expect(404);
      expect(glue.body.errors[0]).toMatchObject({ status: '404', code: '4201' });
      const strictResponse = await get('/product-management-attributes/nope', 'en-US', strict).expect(404);
      expect(strictResponse.body.errors[0]).toMatchObject({ status: '404', code: '4201' });
    });
  });

  describe('url-resolver', () => {
    it('resolves the URL an abstract product reports, in either locale', async () => {
      for (const locale of ['en-US', 'de-DE']) {
        const product = await get('/abstract-products/001', locale).expect(200);
        const url = (product.body.data as ResourceObject).attributes['url'] as string;
        const response = await get(`/url-resolver?url=${encodeURIComponent(url)}`).expect(200);
        expect(response.body.data).toEqual([
          {
            type: 'url-resolver',
            id: url,
            attributes: { entityType: 'abstract-products', entityId: '001' },
            links: { self: expect.stringContaining(`/url-resolver?url=${encodeURIComponent(url)}`) },
          },
        ]);
      }
    });

    it('resolves the URL a category node reports to that node', async () => {
      const node = await get('/category-nodes/5').expect(200);
      const url = (node.body.data as ResourceObject).attributes['url'] as string;
      const response = await get(`/url-resolver?url=${encodeURIComponent(url)}`).expect(200);
      expect((response.body.data as ResourceObject[])[0]?.attributes).toEqual({
        entityType: 'category-nodes',
        entityId: '5',
      });
    });

    it('answers an unknown URL with 404: Glue code 2802 in both modes', async () => {
      const glue = await get('/url-resolver?url=/en/nothing-here').expect(404);
      expect(glue.body.errors[0]).toMatchObject({ status: '404', code: '2802' });
      const strictResponse = await get('/url-resolver?url=/en/nothing-here', 'en-US', strict).expect(404);
      expect(strictResponse.body.errors[0]).toMatchObject({ status: '404', code: '2802' });
    });

    it.each(['/url-resolver', '/url-resolver?url=', '/url-resolver?url=/en&url=/de'])(
      'answers %s with 400 naming url: Glue code 2801 in both modes',
      async (path) => {
        const glue = await get(path).expect(400);
        expect(glue.body.errors[0]).toMatchObject({
          status: '400',
          code: '2801',
          source: { parameter: 'url' },
        });
        const strictResponse = await get(path, 'en-US', strict).expect(400);
        expect(strictResponse.body.errors[0]).toMatchObject({ code: '2801', source: { parameter: 'url' } });
      },
    );
  });
});
