import request from 'supertest';
import { DataSource } from 'typeorm';
import { GlueRelationshipRegistry } from '#glue-core';
import { JSON_API, startStorefront, type RunningApplication } from '../support/applications.js';
import { countQueries, type QueryCounter } from '../support/query-counter.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Identifier {
  type: string;
  id: string;
}
interface ResourceObject extends Identifier {
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Identifier[] | Identifier | null; links?: { related: string } }>;
}
interface Document {
  data: ResourceObject[] | ResourceObject;
  included?: ResourceObject[];
}

const CONCRETE = '001_48660485';
const key = (resource: Identifier) => `${resource.type}:${resource.id}`;
const asList = <T>(data: T[] | T | null): T[] => (data === null ? [] : Array.isArray(data) ? data : [data]);
const primaryOf = (document: Document) => asList(document.data);
const includedKeys = (document: Document) => (document.included ?? []).map(key).sort();
const linked = (resource: ResourceObject | undefined, name: string) =>
  asList(resource?.relationships?.[name]?.data ?? null).map(key);

/** Full linkage: every included resource is named by the linkage of a resource of the document. */
function expectFullLinkage(document: Document): void {
  const named = new Set(
    [...primaryOf(document), ...(document.included ?? [])].flatMap((resource) =>
      Object.values(resource.relationships ?? {}).flatMap((relationship) =>
        asList(relationship.data).map(key),
      ),
    ),
  );
  for (const resource of document.included ?? []) expect(named).toContain(key(resource));
}

describe('storefront include in Glue mode: names by type at any depth', () => {
  let database: TestDatabase;
  let glue: RunningApplication;
  let strict: RunningApplication;
  /** Glue mode with an include depth of 1 and room for 3 included resources. */
  let shallow: RunningApplication;
  let queries: QueryCounter;
  /** `parentType→name` of every loader call the Glue application made, with its parents. */
  const loads: { relationship: string; parents: string[] }[] = [];
  const get = (path: string, app = glue) => request(app.http).get(path).set('Accept', JSON_API);

  beforeAll(async () => {
    database = await createTestDatabase();
    glue = await startStorefront(database.url);
    strict = await startStorefront(database.url, { glueCompatibility: false });
    shallow = await startStorefront(database.url, {
      limits: { maxIncludeDepth: 1, maxIncludedResources: 3 },
    });
    queries = countQueries(glue.app.get(DataSource));
    for (const entry of glue.app.get(GlueRelationshipRegistry, { strict: false }).all()) {
      const loader = entry.loader;
      const load = loader.load.bind(loader);
      loader.load = (parents, glueRequest) => {
        loads.push({ relationship: `${entry.parentType}→${entry.name}`, parents: parents.map((p) => p.id) });
        return load(parents, glueRequest);
      };
    }
  });
  afterAll(async () => {
    await glue?.app.close();
    await strict?.app.close();
    await shallow?.app.close();
    await database?.drop();
  });
  beforeEach(() => {
    loads.length = 0;
  });

  it('include=category-nodes on a concrete product includes the nodes of its abstract product, linked', async () => {
    const response = await get(`/concrete-products/${CONCRETE}?include=category-nodes`).expect(200);
    const document = response.body as Document;
    const concrete = document.data as ResourceObject;
    expect(includedKeys(document)).toEqual(['abstract-products:001', 'category-nodes:3']);
    // Every relationship is an array in Glue mode, a to-one as an array of one.
    expect(concrete.relationships?.['abstract-products']?.data).toEqual([
      { type: 'abstract-products', id: '001' },
    ]);
    const abstract = document.included?.find((resource) => resource.type === 'abstract-products');
    expect(linked(abstract, 'category-nodes')).toEqual(['category-nodes:3']);
    expectFullLinkage(document);

    const named = await get(`/concrete-products/${CONCRETE}?include=abstract-products,category-nodes`).expect(
      200,
    );
    expect(includedKeys(named.body as Document)).toEqual(includedKeys(document));
    expect((named.body as Document).data).toEqual(document.data);
  });

  it("serves a Glue product page's include list, ignoring the names that match nothing", async () => {
    const include = [
      'concrete-product-image-sets',
      'concrete-product-prices',
      'concrete-product-availabilities',
      'product-labels',
      'abstract-products',
      'category-nodes',
      'product-options',
      'product-reviews',
      'bundled-products',
    ].join(',');
    const response = await get(`/concrete-products/${CONCRETE}?include=${include}`).expect(200);
    const document = response.body as Document;
    expect(new Set((document.included ?? []).map((resource) => resource.type))).toEqual(
      new Set([
        'concrete-product-image-sets',
        'concrete-product-prices',
        'concrete-product-availabilities',
        'product-labels',
        'abstract-products',
        'category-nodes',
      ]),
    );
    // No sibling concretes: naming concrete-product-prices does not walk back through the abstract product.
    expect(includedKeys(document).filter((each) => each.startsWith('concrete-products:'))).toEqual([]);
    expectFullLinkage(document);
  });

  it('ignores what matches nothing; strict mode refuses it with 400 on include', async () => {
    for (const path of [
      '/abstract-products/001?include=product-reviews,bundled-products',
      '/abstract-products?include=prices',
      `/concrete-products/${CONCRETE}?include=nope`,
      // Empty items ask for nothing in Glue mode; strict mode refuses them.
      '/abstract-products/001?include=',
      '/abstract-products/001?include=,',
    ]) {
      const ignored = await get(path).expect(200);
      expect((ignored.body as Document).included).toBeUndefined();
      const refused = await get(path, strict).expect(400);
      expect(refused.body.errors[0]).toMatchObject({ status: '400', source: { parameter: 'include' } });
    }
    // A dotted path keeps its known steps.
    const partial = await get('/abstract-products/001?include=concrete-products.nope').expect(200);
    const types = new Set(((partial.body as Document).included ?? []).map((resource) => resource.type));
    expect([...types]).toEqual(['concrete-products']);
    await get('/abstract-products/001?include=concrete-products.nope', strict).expect(400);
    // In strict mode a name is a relationship of the primary type only.
    await get(`/concrete-products/${CONCRETE}?include=category-nodes`, strict).expect(400);
  });

  it('renders to-one linkage as an array of one in Glue mode and as an object in strict mode', async () => {
    const path = `/concrete-products/${CONCRETE}?include=abstract-products`;
    const [inGlue, inStrict] = await Promise.all([get(path).expect(200), get(path, strict).expect(200)]);
    const relationship = (response: request.Response) =>
      (response.body as Document & { data: ResourceObject }).data.relationships?.['abstract-products'];
    expect(relationship(inGlue)?.data).toEqual([{ type: 'abstract-products', id: '001' }]);
    expect(relationship(inStrict)?.data).toEqual({ type: 'abstract-products', id: '001' });
    expect(relationship(inGlue)?.links).toEqual(relationship(inStrict)?.links);
  });

  it('loads each relationship once, whatever the depth: the same statements for 5 and 40 products', async () => {
    const include = 'concrete-products,concrete-product-prices,category-nodes,abstract-product-prices';
    const path = (limit: number) => `/abstract-products?page[limit]=${limit}&include=${include}`;
    const [small, smallCount] = await queries.count(() => get(path(5)).expect(200));
    const smallLoads = loads.splice(0);
    const [large, largeCount] = await queries.count(() => get(path(40)).expect(200));
    const largeLoads = loads.splice(0);
    expect(largeCount).toBe(smallCount);
    for (const calls of [smallLoads, largeLoads]) {
      const relationships = calls.map((call) => call.relationship);
      expect(relationships.sort()).toEqual([
        'abstract-products→abstract-product-prices',
        'abstract-products→category-nodes',
        'abstract-products→concrete-products',
        'concrete-products→concrete-product-prices',
      ]);
    }
    // The prices of every concrete product of the page (depth 1) in that one call.
    const concretes = ((large.body as Document).included ?? []).filter(
      (each) => each.type === 'concrete-products',
    );
    const pricesCall = largeLoads.find(
      (call) => call.relationship === 'concrete-products→concrete-product-prices',
    );
    expect(pricesCall?.parents.sort()).toEqual(concretes.map((each) => each.id).sort());
    expectFullLinkage(small.body as Document);
    expectFullLinkage(large.body as Document);
  });

  it('ends a cycle (concrete → abstract → concrete), loading a type reached at two depths in one call', async () => {
    const path = `/concrete-products/${CONCRETE}?include=abstract-products,concrete-products,concrete-product-prices`;
    const response = await get(path).expect(200);
    const document = response.body as Document;
    const siblings = (document.included ?? []).filter((each) => each.type === 'concrete-products');
    expect(siblings.length).toBeGreaterThan(0);
    expect(siblings.map(key)).not.toContain(`concrete-products:${CONCRETE}`);
    // The primary concrete (depth 0) and its siblings (depth 2): their prices in one call.
    const prices = loads.filter((call) => call.relationship === 'concrete-products→concrete-product-prices');
    expect(prices).toHaveLength(1);
    expect(prices[0]?.parents.sort()).toEqual([CONCRETE, ...siblings.map((each) => each.id)].sort());
    // The cycle runs in rounds (the primary concrete, then its siblings) and ends.
    expect(loads.filter((call) => call.relationship === 'concrete-products→abstract-products')).toHaveLength(
      2,
    );
    expect(loads.filter((call) => call.relationship === 'abstract-products→concrete-products')).toHaveLength(
      1,
    );
    for (const sibling of siblings) {
      expect(linked(sibling, 'abstract-products')).toEqual(['abstract-products:001']);
    }
    expectFullLinkage(document);
  });

  it('bounds by-type resolution with the include depth limit, and keeps every other limit', async () => {
    // Depth 1: the abstract product (one step away) is included, its category nodes (two) are not.
    const response = await get(`/concrete-products/${CONCRETE}?include=category-nodes`, shallow).expect(200);
    expect(includedKeys(response.body as Document)).toEqual(['abstract-products:001']);
    const tooMany = await get('/abstract-products?page[limit]=5&include=concrete-products', shallow).expect(
      400,
    );
    expect(tooMany.body.errors[0]).toMatchObject({ code: '4005', source: { parameter: 'include' } });
    const tooDeep = await get(
      '/abstract-products/001?include=concrete-products.abstract-products',
      shallow,
    ).expect(400);
    expect(tooDeep.body.errors[0]).toMatchObject({ code: '4005', source: { parameter: 'include' } });
    const paths = Array.from({ length: 21 }, (_, n) => `unknown-${n}`).join(',');
    const tooLong = await get(`/abstract-products/001?include=${paths}`).expect(400);
    expect(tooLong.body.errors[0]).toMatchObject({ code: '4005', source: { parameter: 'include' } });
  });
});
