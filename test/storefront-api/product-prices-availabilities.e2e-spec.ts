import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProductFacade } from '#zed-facades/product';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Identifier {
  type: string;
  id: string;
}
interface ResourceObject extends Identifier {
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Identifier[] | Identifier | null; links?: { related: string } }>;
  links: { self: string };
}
interface Document {
  data: ResourceObject[] | ResourceObject;
  included?: ResourceObject[];
  links: Record<string, string | null>;
  meta?: { page: { total: number } };
}

// Demo data (libs/zed-facades/src/database/seed): abstract 001 is priced 830.99 EUR with an ORIGINAL
// price (every fourth abstract has one); CHF is 1.07 × EUR rounded to .99; net is gross / 1.19.
// Glue's default price mode is gross: net amounts are null in it, gross amounts null in net mode.
const EUR = { code: 'EUR', name: 'Euro', symbol: '€' };
const CHF = { code: 'CHF', name: 'Swiss Franc', symbol: 'CHF' };
const gross = (priceTypeName: string, grossAmount: number, currency = EUR, volumePrices: unknown[] = []) => ({
  priceTypeName,
  netAmount: null,
  grossAmount,
  currency,
  volumePrices,
});
const net = (priceTypeName: string, netAmount: number, currency = EUR, volumePrices: unknown[] = []) => ({
  priceTypeName,
  netAmount,
  grossAmount: null,
  currency,
  volumePrices,
});
const ABSTRACT_001_EUR = [gross('DEFAULT', 83099), gross('ORIGINAL', 103899)];
const ABSTRACT_001_CHF = [gross('DEFAULT', 88899, CHF), gross('ORIGINAL', 111199, CHF)];
const ABSTRACT_001_NET = [net('DEFAULT', 69831), net('ORIGINAL', 87310)];
// 001's concretes, by sku: stock per warehouse (Warehouse1 serves DE and AT, Warehouse2 DE only).
const CONCRETE_001_A = '001_48660485'; // 70 + 0
const CONCRETE_001_B = '001_63653566'; // 115 + 10, DEFAULT 850.99 of its own
const CONCRETE_001_C = '001_49840674'; // 0 + 0
const NEVER_OUT_OF_STOCK = '022_29016801'; // 6 + 0, never out of stock in Warehouse1
// Every tenth abstract and its first concrete have volume tiers on their DEFAULT price: 5, 10 and 20
// items at 95, 90 and 85 % of the gross amount (net: that gross / 1.19).
const VOLUME_PRICED = '010';
const VOLUME_PRICED_GROSS = 38099;
const VOLUME_PRICED_NET = 32016;
const VOLUME_PRICED_TIERS = [
  { netAmount: 30415, grossAmount: 36194, quantity: 5 },
  { netAmount: 28814, grossAmount: 34289, quantity: 10 },
  { netAmount: 27213, grossAmount: 32384, quantity: 20 },
];
// 010's first concrete has tiers on its own DEFAULT price (the same amounts); its second has none.
const VOLUME_PRICED_CONCRETE = '010_82405517';
const VOLUME_PRICED_CONCRETE_GROSS = 38099;
const VOLUME_PRICED_CONCRETE_TIERS = VOLUME_PRICED_TIERS;
const UNTIERED_CONCRETE = '010_64656174';

describe('storefront product prices and availabilities', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let queries: QueryCounter;
  const get = (path: string) => request(storefront.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    queries = countQueries(storefront.app.get(DataSource));
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  function single(document: Document): ResourceObject {
    const data = document.data as ResourceObject[];
    expect(data).toHaveLength(1);
    return data[0] as ResourceObject;
  }

  describe('abstract-product-prices', () => {
    it("answers a collection of one resource, id the sku, in the store's default currency", async () => {
      const response = await get('/abstract-products/001/abstract-product-prices').expect(200);
      const prices = single(response.body as Document);
      expect(prices).toEqual({
        type: 'abstract-product-prices',
        id: '001',
        attributes: { price: 83099, prices: ABSTRACT_001_EUR },
        links: { self: expect.stringMatching(/\/abstract-products\/001\/abstract-product-prices$/) },
      });
      expect((response.body as Document).meta?.page.total).toBe(1);
      // A catalog read like its parent: shared caches may keep it for a minute.
      expect(response.headers['cache-control']).toBe('public, max-age=60');
    });

    it('answers in the currency asked for when the store offers it', async () => {
      const response = await get('/abstract-products/001/abstract-product-prices?currency=CHF').expect(200);
      expect(single(response.body as Document).attributes).toEqual({
        price: 88899,
        prices: ABSTRACT_001_CHF,
      });
    });

    it('answers net amounts in NET_MODE, the price being the DEFAULT net amount', async () => {
      const response = await get('/abstract-products/001/abstract-product-prices?priceMode=NET_MODE').expect(
        200,
      );
      expect(single(response.body as Document).attributes).toEqual({
        price: 69831,
        prices: ABSTRACT_001_NET,
      });
      const explicit = await get(
        '/abstract-products/001/abstract-product-prices?priceMode=GROSS_MODE',
      ).expect(200);
      expect(single(explicit.body as Document).attributes).toEqual({
        price: 83099,
        prices: ABSTRACT_001_EUR,
      });
    });

    it('refuses a price mode other than GROSS_MODE and NET_MODE with 400 314 naming priceMode', async () => {
      const response = await get('/abstract-products/001/abstract-product-prices?priceMode=net').expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ status: '400', code: '314', source: { parameter: 'priceMode' } }),
      ]);
    });

    it('answers volume prices, both amounts per tier, by ascending quantity', async () => {
      const grossMode = await get(`/abstract-products/${VOLUME_PRICED}/abstract-product-prices`).expect(200);
      expect(single(grossMode.body as Document).attributes).toEqual({
        price: VOLUME_PRICED_GROSS,
        prices: [gross('DEFAULT', VOLUME_PRICED_GROSS, EUR, VOLUME_PRICED_TIERS)],
      });
      const netMode = await get(
        `/abstract-products/${VOLUME_PRICED}/abstract-product-prices?priceMode=NET_MODE`,
      ).expect(200);
      expect(single(netMode.body as Document).attributes).toEqual({
        price: VOLUME_PRICED_NET,
        prices: [net('DEFAULT', VOLUME_PRICED_NET, EUR, VOLUME_PRICED_TIERS)],
      });
    });

    it('refuses a currency the store does not offer with 400 naming currency', async () => {
      const response = await request(storefront.http)
        .get('/abstract-products/001/abstract-product-prices?currency=CHF')
        .set('Accept', JSON_API)
        .set('Store', 'AT')
        .expect(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          status: '400',
          code: '313',
          detail: 'Store "AT" does not offer the currency "CHF".',
          source: { parameter: 'currency' },
        }),
      ]);
    });

    it('refuses a malformed currency with 400 naming currency', async () => {
      const response = await get('/abstract-products/001/abstract-product-prices?currency=euro').expect(400);
      expect(response.body.errors[0]).toMatchObject({ code: '313', source: { parameter: 'currency' } });
    });

    it("answers an unknown sku with 404 and Glue's 307", async () => {
      const response = await get('/abstract-products/999/abstract-product-prices').expect(404);
      expect(response.body.errors).toEqual([
        {
          status: '404',
          code: '307',
          title: 'Resource not found',
          detail: 'Abstract product "999" does not exist.',
        },
      ]);
    });

    it('answers an inactive product with 404, as if it did not exist', async () => {
      const products = storefront.app.get(ProductFacade);
      await products.updateProduct('210', { isActive: false });
      try {
        const prices = await get('/abstract-products/210/abstract-product-prices').expect(404);
        expect(prices.body.errors[0]).toMatchObject({ code: '307' });
        const availability = await get('/abstract-products/210/abstract-product-availabilities').expect(404);
        expect(availability.body.errors[0]).toMatchObject({ code: '305' });
      } finally {
        await products.updateProduct('210', { isActive: true });
      }
      await get('/abstract-products/210/abstract-product-prices').expect(200);
    });
  });

  describe('concrete-product-prices', () => {
    it('answers its own DEFAULT price and the ORIGINAL one inherited from its abstract', async () => {
      const response = await get(`/concrete-products/${CONCRETE_001_B}/concrete-product-prices`).expect(200);
      expect(single(response.body as Document)).toEqual({
        type: 'concrete-product-prices',
        id: CONCRETE_001_B,
        attributes: { price: 85099, prices: [gross('DEFAULT', 85099), gross('ORIGINAL', 103899)] },
        links: {
          self: expect.stringMatching(
            new RegExp(`/concrete-products/${CONCRETE_001_B}/concrete-product-prices$`),
          ),
        },
      });
    });

    it('answers net amounts in NET_MODE, and the volume prices of its own DEFAULT price', async () => {
      const netMode = await get(
        `/concrete-products/${CONCRETE_001_B}/concrete-product-prices?priceMode=NET_MODE&currency=EUR`,
      ).expect(200);
      expect(single(netMode.body as Document).attributes).toEqual({
        price: 71512,
        prices: [net('DEFAULT', 71512), net('ORIGINAL', 87310)],
      });
      const tiered = await get(`/concrete-products/${VOLUME_PRICED_CONCRETE}/concrete-product-prices`).expect(
        200,
      );
      expect(single(tiered.body as Document).attributes).toEqual({
        price: VOLUME_PRICED_CONCRETE_GROSS,
        prices: [gross('DEFAULT', VOLUME_PRICED_CONCRETE_GROSS, EUR, VOLUME_PRICED_CONCRETE_TIERS)],
      });
      const untiered = await get(`/concrete-products/${UNTIERED_CONCRETE}/concrete-product-prices`).expect(
        200,
      );
      expect(single(untiered.body as Document).attributes).toEqual({
        price: 53099,
        prices: [gross('DEFAULT', 53099)],
      });
    });

    it("answers an unknown sku with 404 and Glue's 308", async () => {
      const response = await get('/concrete-products/001_00000000/concrete-product-prices').expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '308' });
    });
  });

  describe('concrete-product-availabilities', () => {
    it("sums the stock of the store's warehouses", async () => {
      const response = await get(
        `/concrete-products/${CONCRETE_001_B}/concrete-product-availabilities`,
      ).expect(200);
      expect(single(response.body as Document)).toEqual({
        type: 'concrete-product-availabilities',
        id: CONCRETE_001_B,
        attributes: { availability: true, quantity: '125.0000000000', isNeverOutOfStock: false },
        links: {
          self: expect.stringMatching(
            new RegExp(`/concrete-products/${CONCRETE_001_B}/concrete-product-availabilities$`),
          ),
        },
      });
    });

    it('counts only the warehouses serving the Store header', async () => {
      const response = await request(storefront.http)
        .get(`/concrete-products/${CONCRETE_001_B}/concrete-product-availabilities`)
        .set('Accept', JSON_API)
        .set('Store', 'AT')
        .expect(200);
      expect(single(response.body as Document).attributes).toEqual({
        availability: true,
        quantity: '115.0000000000',
        isNeverOutOfStock: false,
      });
    });

    it('is unavailable without stock, and available when never out of stock', async () => {
      const empty = await get(`/concrete-products/${CONCRETE_001_C}/concrete-product-availabilities`).expect(
        200,
      );
      expect(single(empty.body as Document).attributes).toEqual({
        availability: false,
        quantity: '0.0000000000',
        isNeverOutOfStock: false,
      });
      const never = await get(
        `/concrete-products/${NEVER_OUT_OF_STOCK}/concrete-product-availabilities`,
      ).expect(200);
      expect(single(never.body as Document).attributes).toEqual({
        availability: true,
        quantity: '6.0000000000',
        isNeverOutOfStock: true,
      });
    });

    it("answers an unknown sku with 404 and Glue's 306", async () => {
      const response = await get('/concrete-products/nope/concrete-product-availabilities').expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '306' });
    });
  });

  describe('abstract-product-availabilities', () => {
    it('sums the stock of every active concrete in the store', async () => {
      const response = await get('/abstract-products/001/abstract-product-availabilities').expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(single(response.body as Document)).toEqual({
        type: 'abstract-product-availabilities',
        id: '001',
        attributes: { availability: true, quantity: '195.0000000000' },
        links: { self: expect.stringMatching(/\/abstract-products\/001\/abstract-product-availabilities$/) },
      });
    });

    it("answers an unknown sku with 404 and Glue's 305", async () => {
      const response = await get('/abstract-products/999/abstract-product-availabilities').expect(404);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '305' });
    });
  });

  describe('as relationships of abstract-products', () => {
    it('includes abstract-product-prices with linkage and links.related', async () => {
      const response = await get('/abstract-products?page[limit]=2&include=abstract-product-prices').expect(
        200,
      );
      const document = response.body as Document;
      const data = document.data as ResourceObject[];
      expect(data.map((product) => product.id)).toEqual(['001', '002']);
      for (const product of data) {
        expect(product.relationships?.['abstract-product-prices']).toEqual({
          data: [{ type: 'abstract-product-prices', id: product.id }],
          links: {
            related: expect.stringMatching(
              new RegExp(`/abstract-products/${product.id}/abstract-product-prices$`),
            ),
          },
        });
      }
      const included = document.included ?? [];
      expect(included.map((resource) => `${resource.type}:${resource.id}`)).toEqual([
        'abstract-product-prices:001',
        'abstract-product-prices:002',
      ]);
      expect(included[0]?.attributes).toEqual({ price: 83099, prices: ABSTRACT_001_EUR });
    });

    it('includes prices in the currency asked for, and refuses one the store does not offer', async () => {
      const response = await get(
        '/abstract-products/001?include=abstract-product-prices&currency=CHF',
      ).expect(200);
      expect((response.body as Document).included?.[0]?.attributes).toEqual({
        price: 88899,
        prices: ABSTRACT_001_CHF,
      });
      const refused = await get('/abstract-products/001?include=abstract-product-prices&currency=USD').expect(
        400,
      );
      expect(refused.body.errors[0]).toMatchObject({ code: '313', source: { parameter: 'currency' } });
      const netMode = await get(
        '/abstract-products/001?include=abstract-product-prices&priceMode=NET_MODE',
      ).expect(200);
      expect((netMode.body as Document).included?.[0]?.attributes).toEqual({
        price: 69831,
        prices: ABSTRACT_001_NET,
      });
    });

    it('includes the prices and availabilities of the concrete products, nested', async () => {
      const response = await get(
        '/abstract-products/001?include=concrete-products.concrete-product-prices,concrete-products.concrete-product-availabilities',
      ).expect(200);
      const document = response.body as Document;
      const included = document.included ?? [];
      const find = (type: string, id: string) =>
        included.find((resource) => resource.type === type && resource.id === id);
      const concretes = included.filter((resource) => resource.type === 'concrete-products');
      expect(concretes.map((concrete) => concrete.id).sort()).toEqual(
        [CONCRETE_001_A, CONCRETE_001_B, CONCRETE_001_C].sort(),
      );
      for (const concrete of concretes) {
        expect(concrete.relationships).toEqual({
          'concrete-product-prices': {
            data: [{ type: 'concrete-product-prices', id: concrete.id }],
            links: {
              related: expect.stringMatching(
                new RegExp(`/concrete-products/${concrete.id}/concrete-product-prices$`),
              ),
            },
          },
          'concrete-product-availabilities': {
            data: [{ type: 'concrete-product-availabilities', id: concrete.id }],
            links: {
              related: expect.stringMatching(
                new RegExp(`/concrete-products/${concrete.id}/concrete-product-availabilities$`),
              ),
            },
          },
        });
        expect(find('concrete-product-prices', concrete.id)).toBeDefined();
        expect(find('concrete-product-availabilities', concrete.id)).toBeDefined();
      }
      expect(find('concrete-product-prices', CONCRETE_001_B)?.attributes['price']).toBe(85099);
      expect(find('concrete-product-availabilities', CONCRETE_001_A)?.attributes).toEqual({
        availability: true,
        quantity: '70.0000000000',
        isNeverOutOfStock: false,
      });
      expect(find('concrete-product-availabilities', CONCRETE_001_C)?.attributes).toMatchObject({
        availability: false,
      });
    });

    it('runs the same number of queries for a page of 5 and a page of 100', async () => {
      const path = (limit: number) =>
        `/abstract-products?page[limit]=${limit}&include=abstract-product-prices,abstract-product-availabilities`;
      const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
      const [large, largeCount] = await queries.count(() => get(path(100)).expect(200));
      expect((small.body as Document).included).toHaveLength(10);
      expect((large.body as Document).included).toHaveLength(200);
      expect(largeCount).toBe(smallCount);
    });
  });

  // Shapes and codes are Glue's in both modes: the switch changes how requests are read and how
  // relationships are linked, not what a resource is (one OpenAPI description serves both).
  describe('with Glue compatibility off (strict JSON:API)', () => {
    let strict: RunningApplication;
    const strictGet = (path: string) => request(strict.http).get(path).set('Accept', JSON_API);

    beforeAll(async () => {
      strict = await startStorefront(database.url, { glueCompatibility: false });
    });
    afterAll(async () => {
      await strict?.app.close();
    });

    it('answers the same price shapes in gross and net mode, and the same availability quantity', async () => {
      const grossMode = await strictGet(`/abstract-products/${VOLUME_PRICED}/abstract-product-prices`).expect(
        200,
      );
      expect(single(grossMode.body as Document).attributes).toEqual({
        price: VOLUME_PRICED_GROSS,
        prices: [gross('DEFAULT', VOLUME_PRICED_GROSS, EUR, VOLUME_PRICED_TIERS)],
      });
      const netMode = await strictGet(
        '/abstract-products/001/abstract-product-prices?priceMode=NET_MODE',
      ).expect(200);
      expect(single(netMode.body as Document).attributes).toEqual({ price: 69831, prices: ABSTRACT_001_NET });
      const availability = await strictGet('/abstract-products/001/abstract-product-availabilities').expect(
        200,
      );
      expect(single(availability.body as Document).attributes).toEqual({
        availability: true,
        quantity: '195.0000000000',
      });
    });

    it("answers Glue's codes: 307, 308, 305, 306, 313 and 314", async () => {
      const cases: [string, number, string][] = [
        ['/abstract-products/999/abstract-product-prices', 404, '307'],
        ['/concrete-products/nope/concrete-product-prices', 404, '308'],
        ['/abstract-products/999/abstract-product-availabilities', 404, '305'],
        ['/concrete-products/nope/concrete-product-availabilities', 404, '306'],
        ['/abstract-products/001/abstract-product-prices?currency=USD', 400, '313'],
        ['/abstract-products/001/abstract-product-prices?priceMode=BOTH', 400, '314'],
      ];
      for (const [path, status, code] of cases) {
        const response = await strictGet(path).expect(status);
        expect(response.body.errors[0]).toMatchObject({ status: String(status), code });
      }
    });
  });
});
