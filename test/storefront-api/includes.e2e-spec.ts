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
  relationships?: Record<string, { data: Identifier[] | Identifier | null; links?: { related: string } }>;
  links: { self: string };
}
interface Document {
  data: ResourceObject[] | ResourceObject;
  included?: ResourceObject[];
  links: Record<string, string | null>;
  meta?: { page: { total: number } };
}

/**
 * Strict JSON:API include (relationship paths, to-one linkage as an object); Glue mode's by-type
 * resolution and array linkage are glue-includes.e2e-spec.ts's.
 */
describe('storefront include, strict JSON:API: relationship paths without N+1', () => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  let queries: QueryCounter;
  const get = (path: string) => request(storefront.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    storefront = await startStorefront(database.url, { glueCompatibility: false });
    queries = countQueries(storefront.app.get(DataSource));
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  it('includes concrete-products with full linkage, each once', async () => {
    const response = await get('/abstract-products?page[limit]=5&include=concrete-products').expect(200);
    const document = response.body as Document;
    const data = document.data as ResourceObject[];
    const included = document.included ?? [];
    const keys = included.map((resource) => `${resource.type}:${resource.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const product of data) {
      const linkage = product.relationships?.['concrete-products']?.data as Identifier[];
      expect(linkage.length).toBeGreaterThan(0);
      expect(linkage.map((item) => item.id)).toEqual(
        (product.attributes['attributeMap'] as { product_concrete_ids: string[] }).product_concrete_ids,
      );
      for (const item of linkage) expect(keys).toContain(`concrete-products:${item.id}`);
    }
    expect(included.every((resource) => resource.type === 'concrete-products')).toBe(true);
  });

  it('runs the same number of queries for a page of 5 and a page of 100 with four relationships', async () => {
    const include = 'concrete-products,abstract-product-prices,abstract-product-image-sets,category-nodes';
    const path = (limit: number) => `/abstract-products?page[limit]=${limit}&include=${include}`;
    const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
    const [large, largeCount] = await queries.count(() => get(path(100)).expect(200));
    expect((small.body as Document).data).toHaveLength(5);
    expect((large.body as Document).data).toHaveLength(100);
    // The page (ids + total), its hydration, then one statement per relationship path.
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(10);
    const includedTypes = new Set(((large.body as Document).included ?? []).map((resource) => resource.type));
    expect([...includedTypes].sort()).toEqual([
      'abstract-product-image-sets',
      'abstract-product-prices',
      'category-nodes',
      'concrete-products',
    ]);
    for (const product of (large.body as Document).data as ResourceObject[]) {
      expect(Object.keys(product.relationships ?? {}).sort()).toEqual(include.split(',').sort());
    }
  });

  it('refuses an unknown relationship path with 400 naming include', async () => {
    const response = await get('/abstract-products?include=concrete-products.nope').expect(400);
    expect(response.body.errors[0]).toMatchObject({ status: '400', source: { parameter: 'include' } });
  });

  it('nests: concrete-products.abstract-products links back to primary data without repeating it', async () => {
    const response = await get('/abstract-products/001?include=concrete-products.abstract-products').expect(
      200,
    );
    const document = response.body as Document;
    const concretes = (document.included ?? []).filter((resource) => resource.type === 'concrete-products');
    expect(concretes.length).toBeGreaterThan(0);
    for (const concrete of concretes) {
      expect(concrete.relationships?.['abstract-products']).toMatchObject({
        data: { type: 'abstract-products', id: '001' },
        links: { related: expect.stringMatching(/\/abstract-products\/001$/) },
      });
    }
    expect((document.included ?? []).some((resource) => resource.type === 'abstract-products')).toBe(false);
  });
});
