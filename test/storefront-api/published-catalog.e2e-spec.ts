import request from 'supertest';
import { DataSource } from 'typeorm';
import { PriceProductFacade } from '#zed-facades/price-product';
import { ProductFacade } from '#zed-facades/product';
import { StockFacade } from '#zed-facades/stock';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface ResourceObject {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
}
interface Document {
  data: ResourceObject;
  included?: ResourceObject[];
}

/** The SQL text of every statement the storefront's connection sends while `work` runs. */
function recordStatements(dataSource: DataSource): <T>(work: () => Promise<T>) => Promise<[T, string[]]> {
  let recording: string[] | null = null;
  const driver = dataSource.driver as { createQueryRunner: (mode: 'master' | 'slave') => unknown };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode) as { query: (...args: unknown[]) => Promise<unknown> };
    const query = runner.query.bind(runner);
    runner.query = (...args: unknown[]) => {
      if (typeof args[0] === 'string') recording?.push(args[0]);
      return query(...args);
    };
    return runner;
  };
  return async (work) => {
    recording = [];
    try {
      const result = await work();
      return [result, recording];
    } finally {
      recording = null;
    }
  };
}

const PRODUCT_PAGE =
  '/abstract-products/001?include=abstract-product-image-sets,concrete-products,abstract-product-prices,abstract-product-availabilities';
const CONCRETE_001_B = '001_63653566';

describe('storefront catalog from the published read model', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  /** The back office writes through the facades in its own application (its own connection pool). */
  let backend: RunningApplication;
  let record: ReturnType<typeof recordStatements>;
  const get = (path: string) => request(storefront.http).get(path).set('Accept', JSON_API);
  const included = (body: Document, type: string) =>
    body.included?.filter((each) => each.type === type) ?? [];

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url);
    backend = await startBackend(database.url);
    record = recordStatements(storefront.app.get(DataSource));
  });
  afterAll(async () => {
    await storefront?.app.close();
    await backend?.app.close();
    await database?.drop();
  });

  it('serves the product page with one primary-key read of the storage per resource and include', async () => {
    await get(PRODUCT_PAGE).expect(200); // warm: store definitions are cached per process
    const [response, statements] = await record(() => get(PRODUCT_PAGE).expect(200));
    expect(included(response.body as Document, 'concrete-products')).toHaveLength(3);
    // The product, its image sets, its concretes, its prices (with the store's currencies), its availability.
    expect(statements).toHaveLength(5);
    for (const statement of statements) {
      expect(statement).toMatch(/^SELECT storage_key, document FROM catalog_storage WHERE storage_key = ANY/);
    }
  });

  it('serves a name, price and stock change made through the facades at once', async () => {
    await backend.app.get(ProductFacade).updateProduct('001', {
      localizedAttributes: [{ locale: 'en_US', name: 'Renamed through the facade' }],
    });
    await backend.app.get(PriceProductFacade).setAbstractPrice({
      sku: '001',
      storeName: 'DE',
      currencyCode: 'EUR',
      priceTypeName: 'DEFAULT',
      grossAmount: 77_700,
      netAmount: 65_294,
    });
    const [warehouse] = await backend.app
      .get(DataSource)
      .query<{ name: string }[]>(`SELECT name FROM warehouse WHERE is_active ORDER BY name LIMIT 1`);
    await backend.app
      .get(StockFacade)
      .setStock({ concreteSku: CONCRETE_001_B, warehouseName: warehouse!.name, quantity: 999 });

    const page = (await get(`${PRODUCT_PAGE}&currency=EUR`).set('Accept-Language', 'en-US').expect(200))
      .body as Document;
    expect(page.data.attributes.name).toBe('Renamed through the facade');
    expect(included(page, 'abstract-product-prices')[0]?.attributes.price).toBe(77_700);
    const concrete = (
      await get(`/concrete-products/${CONCRETE_001_B}/concrete-product-availabilities`).expect(200)
    ).body as { data: ResourceObject[] };
    expect(Number(concrete.data[0]?.attributes.quantity)).toBeGreaterThanOrEqual(999);
  });

  it('forgets a deleted product at once', async () => {
    await backend.app.get(ProductFacade).deleteProduct('002');
    await get('/abstract-products/002').expect(404);
    await get('/abstract-products/002/abstract-product-prices').expect(404);
  });
});
