/**
 * Issue 12, "Done when": standard JSON:API clients still read everything the storefront answers, with
 * the Glue compatibility setting on (its default) and off. Real responses (a product page with its
 * includes, a concrete product with its abstract product, the customer, its addresses, the stores,
 * the tokens) go through the deserializers of kitsu (kitsu-core), jsona, jsonapi-serializer (the one
 * Oryx reads Glue with), devour (devour-client's deserializer; its HTTP part is not used) and Orbit
 * (@orbit/jsonapi's document serializer); each must give the application every attribute and, for
 * every relationship, the included resources it leads to with their attributes.
 *
 * Glue mode renders every relationship's linkage as an array, a to-one relationship as an array of
 * one (a resource linkage JSON:API allows: the libraries read it as a list of one). devour and Orbit
 * get a model with JSON:API's kinds (`concrete-products` → `abstract-products` is `hasOne`): devour
 * takes the array's one member; Orbit keeps the array as the relationship's data, which its record
 * validators would refuse for a `hasOne` (an Orbit schema for a Glue-mode API declares it `hasMany`).
 *
 * Known limits (docs/glue-compatibility.md): kitsu-core drops a product's attributes beside the one Glue
 * names `attributes` (pinned below, both modes). Glue mode's `id: null` on tokens is read by four of
 * the libraries; @orbit/jsonapi refuses it ("Resource of type 'access-tokens' is missing 'id'"): pinned
 * below, so that the test fails if Orbit starts reading it or if tokens lose `id: null`. The same holds
 * for Glue's search results (`catalog-search`, `catalog-search-suggestions`).
 */
import request from 'supertest';
import {
  customerToken,
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_REFERENCE,
  JSON_API,
  startStorefront,
  throwawayDatabase,
  type RunningApplication,
  type TestDatabase,
} from '../support/kit/index.js';
import type { ResourceObject } from './glue-client.js';
import {
  JSON_API_READERS,
  type JsonApiDocument,
  type JsonApiReader,
  type ReadResource,
} from './json-api-readers.js';

const PRODUCT_PAGE =
  '/abstract-products/001?include=abstract-product-prices,abstract-product-availabilities,' +
  'abstract-product-image-sets,concrete-products,category-nodes';
const CONCRETE_PRODUCT =
  '/concrete-products/001_48660485?include=abstract-products,concrete-product-prices,' +
  'concrete-product-availabilities,concrete-product-image-sets';

const isPrimitive = (value: unknown) => value === null || typeof value !== 'object';

/**
 * What the library gave for `raw` is what the document says: the id, every attribute (scalars equal;
 * objects and arrays of the same kind, since some libraries re-key nested objects), and for every
 * relationship the included resources it links, read the same way one level down.
 */
function expectAttributes(reader: JsonApiReader, raw: ResourceObject, read: ReadResource): void {
  const nested = raw.attributes['attributes'];
  if (!reader.readsAnAttributeNamedAttributes && typeof nested === 'object' && nested !== null) {
    // The limitation as it is: only the nested map arrives; a fixed library fails here, on purpose.
    expect(read.attribute('attributes')).toEqual(nested);
    expect(read.attribute('sku')).toBeUndefined();
    return;
  }
  for (const [name, value] of Object.entries(raw.attributes)) {
    const given = read.attribute(name);
    if (isPrimitive(value)) expect({ [name]: given }).toEqual({ [name]: value });
    else expect({ [name]: Array.isArray(given) }).toEqual({ [name]: Array.isArray(value) });
  }
}

function expectRead(
  reader: JsonApiReader,
  document: JsonApiDocument,
  raw: ResourceObject,
  read: ReadResource,
  depth = 1,
): void {
  if (raw.id !== null) expect(read.id).toBe(raw.id);
  expectAttributes(reader, raw, read);
  if (depth === 0) return;
  for (const [name, relationship] of Object.entries(raw.relationships ?? {})) {
    const linkage = [relationship.data].flat() as { type: string; id: string }[];
    const related = read.related(name);
    expect({ [name]: related.map((resource) => resource.id) }).toEqual({
      [name]: linkage.map(({ id }) => id),
    });
    linkage.forEach(({ type, id }, index) => {
      const target = document.included?.find((resource) => resource.type === type && resource.id === id);
      if (target !== undefined) expectRead(reader, document, target, related[index]!, depth - 1);
    });
  }
}

/** @orbit/jsonapi asserts every resource has an id; Glue mode's tokens and search results have `id: null`. */
function orbitRefusesNullId(library: string, document: JsonApiDocument): boolean {
  return library === '@orbit/jsonapi' && [document.data].flat().some((resource) => resource?.id === null);
}

describe.each([
  { mode: 'Glue compatibility on', glueCompatibility: true },
  { mode: 'Glue compatibility off', glueCompatibility: false },
])('standard JSON:API clients read the storefront ($mode)', ({ glueCompatibility }) => {
  let database: TestDatabase;
  let storefront: RunningApplication;
  const documents = new Map<string, JsonApiDocument>();

  const fetch = async (name: string, call: request.Test) => {
    const response = await call.expect((answer) => {
      if (answer.status >= 300) throw new Error(`${name}: ${answer.status} ${answer.text}`);
    });
    documents.set(name, response.body as JsonApiDocument);
  };
  const write = (path: string, type: string, attributes: object) =>
    request(storefront.http)
      .post(path)
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send(JSON.stringify({ data: { type, attributes } }));

  beforeAll(async () => {
    database = await throwawayDatabase();
    storefront = await startStorefront(database.url, { glueCompatibility });
    const token = await customerToken(storefront.http);
    const get = (path: string) =>
      request(storefront.http).get(path).set('Accept', JSON_API).set('Authorization', `Bearer ${token}`);
    await fetch('product page', get(PRODUCT_PAGE));
    await fetch('concrete product with its abstract product', get(CONCRETE_PRODUCT));
    await fetch('product list', get('/abstract-products?page[limit]=5&include=concrete-products'));
    await fetch('customer', get(`/customers/${DEMO_CUSTOMER_REFERENCE}`));
    await fetch('addresses', get(`/customers/${DEMO_CUSTOMER_REFERENCE}/addresses`));
    await fetch('stores', get('/stores'));
    await fetch('category tree', get('/category-trees'));
    await fetch('catalog search', get('/catalog-search?q=kestrel&ipp=12&include=abstract-products'));
    await fetch('search suggestions', get('/catalog-search-suggestions?q=kes&include=abstract-products'));
    const { username, password } = DEMO_CUSTOMER;
    await fetch('access token', write('/access-tokens', 'access-tokens', { username, password }));
    const refreshToken = documents.get('access token')?.data as ResourceObject;
    await fetch(
      'refreshed token',
      write('/refresh-tokens', 'refresh-tokens', { refreshToken: refreshToken.attributes['refreshToken'] }),
    );
  });
  afterAll(async () => {
    await storefront?.app.close();
    await database?.drop();
  });

  const names = [
    'product page',
    'concrete product with its abstract product',
    'product list',
    'customer',
    'addresses',
    'stores',
    'category tree',
    'catalog search',
    'search suggestions',
    'access token',
    'refreshed token',
  ];
  describe.each(JSON_API_READERS.map((reader) => ({ library: reader.library, reader })))(
    '$library',
    ({ reader }) => {
      it.each(names)('reads the %s: attributes and related resources', async (name) => {
        const document = documents.get(name)!;
        if (orbitRefusesNullId(reader.library, document)) {
          // Pinned: Glue's `id: null` on tokens and search results (contract §9) is the one shape Orbit does not read.
          await expect(async () => reader.read(document)).rejects.toThrow(/is missing 'id'/);
          return;
        }
        const read = await reader.read(document);
        const raw = [document.data].flat();
        expect(read).toHaveLength(raw.length);
        raw.forEach((resource, index) => expectRead(reader, document, resource, read[index]!));
      });
    },
  );

  it('gives the clients a to-one relationship they read as the one abstract product', async () => {
    const document = documents.get('concrete product with its abstract product')!;
    for (const reader of JSON_API_READERS) {
      const [concrete] = await reader.read(document);
      const abstract = concrete!.related('abstract-products');
      expect({ library: reader.library, ids: abstract.map((resource) => resource.id) }).toEqual({
        library: reader.library,
        ids: ['001'],
      });
      expectRead(reader, document, [document.data].flat()[0]!, concrete!);
    }
  });
});
