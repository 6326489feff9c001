import request from 'supertest';
import { DataSource } from 'typeorm';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { JSON_API, startBackend, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer } from '../support/auth.js';
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
  meta?: { page: { total: number } };
}

/** Demo product 001 (see the demo seed): three variants, DEFAULT and ORIGINAL prices, two warehouses. */
const CONCRETES_OF_001 = ['001_48660485', '001_49840674', '001_63653566'];
const PRICE_IDS_OF_001 = [
  '001:AT:EUR:DEFAULT',
  '001:AT:EUR:ORIGINAL',
  '001:DE:CHF:DEFAULT',
  '001:DE:CHF:ORIGINAL',
  '001:DE:EUR:DEFAULT',
  '001:DE:EUR:ORIGINAL',
];

const keyOf = (resource: Identifier): string => `${resource.type}:${resource.id}`;
const linkage = (resource: ResourceObject, name: string): Identifier[] =>
  resource.relationships?.[name]?.data as Identifier[];

describe('backend product relationships: concrete-products, product-prices, product-stocks', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let queries: QueryCounter;
  let token: string;
  const get = (path: string) =>
    request(backend.http).get(path).set('Accept', JSON_API).set('Authorization', bearer(token));

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url);
    queries = countQueries(backend.app.get(DataSource));
    token = await backendToken(backend.http);
  });
  afterAll(async () => {
    await backend?.app.close();
    await database?.drop();
  });

  it('lists the concrete products of a product with every locale, ordered by sku', async () => {
    const response = await get('/products/001/concrete-products').expect(200);
    const document = response.body as Document;
    const data = document.data as ResourceObject[];
    expect(data.map((item) => item.id)).toEqual(CONCRETES_OF_001);
    expect(document.meta?.page.total).toBe(3);
    expect(data[0]).toMatchObject({
      type: 'concrete-products',
      links: { self: expect.stringMatching(/\/concrete-products\/001_48660485$/) },
    });
    expect(data[0]?.attributes).toEqual({
      sku: '001_48660485',
      productAbstractSku: '001',
      isActive: true,
      isDiscontinued: false,
      attributes: { color: 'Gold', storage_capacity: '256 GB' },
      localizedAttributes: [
        {
          locale: 'de_DE',
          name: 'Zentro Pulse 6 Notebook Gold, 256 GB',
          description: expect.stringMatching(/Variante: Gold, 256 GB\.$/),
        },
        {
          locale: 'en_US',
          name: 'Zentro Pulse 6 Notebook Gold, 256 GB',
          description: expect.stringMatching(/Variant: Gold, 256 GB\.$/),
        },
      ],
      createdAt: '2025-01-01T08:55:00+00:00',
      updatedAt: '2025-01-06T08:55:00+00:00',
    });
  });

  it('reads one concrete product by sku, discontinued ones included', async () => {
    const response = await get('/concrete-products/001_63653566').expect(200);
    expect(response.body.data).toMatchObject({
      type: 'concrete-products',
      id: '001_63653566',
      attributes: { productAbstractSku: '001', attributes: { color: 'Gold', storage_capacity: '512 GB' } },
    });
    const discontinued = await get('/concrete-products/010_82405517').expect(200);
    expect(discontinued.body.data.attributes).toMatchObject({ isActive: true, isDiscontinued: true });
  });

  it('lists every price of a product in every store, currency and type, in integer minor units', async () => {
    const response = await get('/products/001/product-prices').expect(200);
    const data = (response.body as Document).data as ResourceObject[];
    expect(data.map((item) => item.id)).toEqual(PRICE_IDS_OF_001);
    expect(data[2]).toMatchObject({
      type: 'product-prices',
      links: { self: expect.stringMatching(/\/products\/001\/product-prices$/) },
    });
    expect(data.map((item) => item.attributes)).toEqual([
      price('001', 'AT', 'EUR', 'DEFAULT', 83099, 69831, false),
      price('001', 'AT', 'EUR', 'ORIGINAL', 103899, 87310, false),
      price('001', 'DE', 'CHF', 'DEFAULT', 88899, 74705, false),
      price('001', 'DE', 'CHF', 'ORIGINAL', 111199, 93445, false),
      price('001', 'DE', 'EUR', 'DEFAULT', 83099, 69831, false),
      price('001', 'DE', 'EUR', 'ORIGINAL', 103899, 87310, false),
    ]);
  });

  it('lists the volume tiers of a price, by ascending quantity (demo: every tenth product)', async () => {
    const response = await get('/products/010/product-prices').expect(200);
    const data = (response.body as Document).data as ResourceObject[];
    const deEur = data.find((item) => item.id === '010:DE:EUR:DEFAULT');
    expect(deEur?.attributes).toEqual({
      ...price('010', 'DE', 'EUR', 'DEFAULT', 38099, 32016, false),
      volumePrices: [
        { quantity: 5, grossAmount: 36194, netAmount: 30415 },
        { quantity: 10, grossAmount: 34289, netAmount: 28814 },
        { quantity: 20, grossAmount: 32384, netAmount: 27213 },
      ],
    });
  });

  it("lists a concrete product's own prices and the ones it inherits from its abstract", async () => {
    const response = await get('/concrete-products/001_63653566/product-prices').expect(200);
    const data = (response.body as Document).data as ResourceObject[];
    // Its own DEFAULT price (the 512 GB variant costs 20 EUR more); ORIGINAL is the abstract's.
    expect(data.map((item) => item.attributes)).toEqual([
      price('001_63653566', 'AT', 'EUR', 'DEFAULT', 85099, 71512, false),
      price('001_63653566', 'AT', 'EUR', 'ORIGINAL', 103899, 87310, true),
      price('001_63653566', 'DE', 'CHF', 'DEFAULT', 91099, 76554, false),
      price('001_63653566', 'DE', 'CHF', 'ORIGINAL', 111199, 93445, true),
      price('001_63653566', 'DE', 'EUR', 'DEFAULT', 85099, 71512, false),
      price('001_63653566', 'DE', 'EUR', 'ORIGINAL', 103899, 87310, true),
    ]);
    expect(data[0]?.id).toBe('001_63653566:AT:EUR:DEFAULT');
  });

  it('lists the stock of every concrete of a product per warehouse', async () => {
    const response = await get('/products/001/product-stocks').expect(200);
    const data = (response.body as Document).data as ResourceObject[];
    expect(data.map((item) => [item.id, item.attributes['quantity']])).toEqual([
      ['001_48660485:Warehouse1', 70],
      ['001_48660485:Warehouse2', 0],
      ['001_49840674:Warehouse1', 0],
      ['001_49840674:Warehouse2', 0],
      ['001_63653566:Warehouse1', 115],
      ['001_63653566:Warehouse2', 10],
    ]);
    expect(data[4]).toMatchObject({
      type: 'product-stocks',
      attributes: {
        sku: '001_63653566',
        warehouse: 'Warehouse1',
        isWarehouseActive: true,
        quantity: 115,
        isNeverOutOfStock: false,
      },
      links: { self: expect.stringMatching(/\/concrete-products\/001_63653566\/product-stocks$/) },
    });

    const neverOut = await get('/concrete-products/007_44737829/product-stocks').expect(200);
    expect(
      ((neverOut.body as Document).data as ResourceObject[]).map((item) => [
        item.attributes['warehouse'],
        item.attributes['isNeverOutOfStock'],
      ]),
    ).toEqual([
      ['Warehouse1', true],
      ['Warehouse2', false],
    ]);
  });

  const routes = (sku: string, concreteSku: string): string[] => [
    `/products/${sku}/concrete-products`,
    `/products/${sku}/product-prices`,
    `/products/${sku}/product-stocks`,
    `/concrete-products/${concreteSku}`,
    `/concrete-products/${concreteSku}/product-prices`,
    `/concrete-products/${concreteSku}/product-stocks`,
  ];

  it('requires a token on every route (401)', async () => {
    for (const path of routes('001', '001_48660485')) {
      const response = await request(backend.http).get(path).set('Accept', JSON_API);
      expect([path, response.status]).toEqual([path, 401]);
      expect(response.body.errors[0]).toMatchObject({ status: '401', code: '002' });
    }
  });

  it('answers an unknown sku with 404 code 007 on every route', async () => {
    // An abstract sku is no concrete sku: a product's routes and a variant's stay apart.
    for (const path of routes('nope', '001')) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body.errors[0]).toMatchObject({ status: '404', code: '007' });
    }
  });

  it('includes concrete-products, product-prices and product-stocks with full linkage, each once', async () => {
    const response = await get(
      '/products?page[limit]=4&include=concrete-products,product-prices,product-stocks',
    ).expect(200);
    const document = response.body as Document;
    const data = document.data as ResourceObject[];
    const included = document.included ?? [];
    const keys = included.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.map((item) => item.id)).toEqual(['001', '002', '003', '004']);

    const linked = new Set<string>();
    for (const product of data) {
      const concretes = linkage(product, 'concrete-products');
      const prices = linkage(product, 'product-prices');
      const stocks = linkage(product, 'product-stocks');
      const skus = (product.attributes['concreteProducts'] as { sku: string }[]).map((item) => item.sku);
      expect(concretes.map((item) => item.id)).toEqual(skus);
      // Every demo product has a DEFAULT price in DE/EUR, DE/CHF and AT/EUR; every variant two stock rows.
      expect(prices.map((item) => item.id)).toEqual(expect.arrayContaining([`${product.id}:DE:EUR:DEFAULT`]));
      expect(prices.length === 3 || prices.length === 6).toBe(true);
      expect(stocks).toHaveLength(skus.length * 2);
      expect(product.relationships?.['product-prices']?.links?.related).toMatch(
        new RegExp(`/products/${product.id}/product-prices$`),
      );
      for (const item of [...concretes, ...prices, ...stocks]) linked.add(keyOf(item));
    }
    expect(linked).toEqual(new Set(keys));

    const first = data[0] as ResourceObject;
    expect(linkage(first, 'concrete-products').map((item) => item.id)).toEqual(CONCRETES_OF_001);
    expect(linkage(first, 'product-prices').map((item) => item.id)).toEqual(PRICE_IDS_OF_001);
    const stock = included.find((item) => item.id === '001_63653566:Warehouse2');
    expect(stock?.attributes).toMatchObject({ quantity: 10, warehouse: 'Warehouse2' });
    const concrete = included.find((item) => keyOf(item) === 'concrete-products:001_48660485');
    expect(concrete?.attributes['attributes']).toEqual({ color: 'Gold', storage_capacity: '256 GB' });
  });

  it('nests: concrete-products.product-stocks and concrete-products.product-prices', async () => {
    const response = await get(
      '/products/001?include=concrete-products.product-stocks,concrete-products.product-prices',
    ).expect(200);
    const document = response.body as Document;
    const included = document.included ?? [];
    const product = document.data as ResourceObject;
    expect(product.relationships).toEqual({
      'concrete-products': {
        data: CONCRETES_OF_001.map((id) => ({ type: 'concrete-products', id })),
        links: { related: expect.stringMatching(/\/products\/001\/concrete-products$/) },
      },
    });
    const concrete = included.find((item) => keyOf(item) === 'concrete-products:001_63653566');
    expect(concrete?.relationships?.['product-stocks']).toEqual({
      data: [
        { type: 'product-stocks', id: '001_63653566:Warehouse1' },
        { type: 'product-stocks', id: '001_63653566:Warehouse2' },
      ],
      links: { related: expect.stringMatching(/\/concrete-products\/001_63653566\/product-stocks$/) },
    });
    expect(linkage(concrete as ResourceObject, 'product-prices')).toHaveLength(6);
    const types = included.map((item) => item.type);
    expect(types.filter((type) => type === 'concrete-products')).toHaveLength(3);
    expect(types.filter((type) => type === 'product-stocks')).toHaveLength(6);
    expect(types.filter((type) => type === 'product-prices')).toHaveLength(18);
    // The product's own prices are not on this path, so not included.
    expect(included.some((item) => item.id === '001:DE:EUR:DEFAULT')).toBe(false);
  });

  it('applies sparse fieldsets to the included resources', async () => {
    const response = await get(
      '/products/001?include=product-prices&fields[product-prices]=grossAmount,currency',
    ).expect(200);
    const [first] = (response.body as Document).included ?? [];
    expect(first?.attributes).toEqual({ currency: 'EUR', grossAmount: 83099 });
  });

  it('runs the same number of queries for a page of 5 and a page of 100 with every include', async () => {
    const path = (limit: number) =>
      `/products?page[limit]=${limit}&include=concrete-products,product-prices,product-stocks`;
    const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
    const [large, largeCount] = await queries.count(() => get(path(100)).expect(200));
    expect((small.body as Document).data).toHaveLength(5);
    expect((large.body as Document).data).toHaveLength(100);
    // 100 demo products have 293 variants: 293 × 2 stock rows, and at least 300 prices.
    const included = (large.body as Document).included ?? [];
    expect(included.filter((item) => item.type === 'product-stocks')).toHaveLength(586);
    expect(included.filter((item) => item.type === 'product-prices').length).toBeGreaterThanOrEqual(300);
    expect(largeCount).toBe(smallCount);
  });
});

function price(
  sku: string,
  store: string,
  currency: string,
  priceType: string,
  grossAmount: number,
  netAmount: number,
  isInherited: boolean,
): Record<string, unknown> {
  return { sku, store, currency, priceType, grossAmount, netAmount, isInherited, volumePrices: [] };
}
