import {
  collection,
  type GlueIncludes,
  type GlueRelationshipLinkage,
  type GlueRequest,
  type GlueResourceObject,
} from '#glue-core';
import { buildJsonApiDocument } from './json-api-document.builder.js';

const BASE = 'https://shop.example';

/** A request as the request-parsing step hands it over: only what the builder reads differs. */
function request(overrides: Partial<GlueRequest> = {}): GlueRequest {
  return {
    application: 'storefront',
    glueCompatibility: false,
    baseUrl: BASE,
    path: '/abstract-products/001',
    method: 'GET',
    locale: 'en_US',
    store: 'DE',
    queryFields: {},
    pagination: null,
    sortings: [],
    filters: [],
    fields: {},
    include: [],
    resource: { type: 'abstract-products', id: '001' },
    attributes: null,
    content: undefined,
    meta: {},
    requestedFormat: null,
    acceptedFormat: 'application/vnd.api+json',
    convention: 'json-api',
    version: null,
    identity: null,
    requestUser: null,
    requestCustomer: null,
    ...overrides,
  };
}

const product: GlueResourceObject = {
  type: 'abstract-products',
  id: '001',
  attributes: { sku: '001', name: 'Canon IXUS 160', description: 'A camera.' },
};

function includes(
  relationships: Record<string, Record<string, GlueRelationshipLinkage>>,
  included: readonly GlueResourceObject[],
): GlueIncludes {
  return {
    relationships: new Map(
      Object.entries(relationships).map(([key, byName]) => [key, new Map(Object.entries(byName))]),
    ),
    included,
  };
}

describe('buildJsonApiDocument', () => {
  it('writes one resource with jsonapi, its self link and the document self link', () => {
    expect(buildJsonApiDocument(product, request())).toEqual({
      jsonapi: { version: '1.1' },
      data: {
        type: 'abstract-products',
        id: '001',
        attributes: { sku: '001', name: 'Canon IXUS 160', description: 'A camera.' },
        links: { self: `${BASE}/abstract-products/001` },
      },
      links: { self: `${BASE}/abstract-products/001` },
    });
  });

  it("uses the resource's own path for its self link and percent-encodes ids and queries", () => {
    const child: GlueResourceObject = {
      type: 'abstract-product-prices',
      id: '001',
      attributes: { price: 9999 },
      selfPath: '/abstract-products/001/abstract-product-prices',
    };
    const document = buildJsonApiDocument(
      collection([child, { type: 'stores', id: 'a b/c', attributes: {} }], 2),
      request({
        path: '/abstract-products/001/abstract-product-prices',
        queryFields: { 'fields[stores]': 'name', q: 'ä' },
      }),
    );
    expect(document.data).toEqual([
      expect.objectContaining({
        links: { self: `${BASE}/abstract-products/001/abstract-product-prices` },
      }),
      expect.objectContaining({ links: { self: `${BASE}/stores/a%20b%2Fc` } }),
    ]);
    expect(document.links).toEqual({
      self: `${BASE}/abstract-products/001/abstract-product-prices?fields%5Bstores%5D=name&q=%C3%A4`,
    });
  });

  it('keeps only the fields of a sparse fieldset, for its type only', () => {
    const store: GlueResourceObject = { type: 'stores', id: 'DE', attributes: { name: 'DE', timeZone: 'x' } };
    const document = buildJsonApiDocument(
      collection([product, store], 2),
      request({ path: '/mixed', fields: { 'abstract-products': ['name', 'unknown'] } }),
    );
    expect(document.data).toEqual([
      expect.objectContaining({ attributes: { name: 'Canon IXUS 160' } }),
      expect.objectContaining({ attributes: { name: 'DE', timeZone: 'x' } }),
    ]);
  });

  it('leaves every attribute out for an empty fieldset (`fields[type]=`)', () => {
    const document = buildJsonApiDocument(product, request({ fields: { 'abstract-products': [] } }));
    expect(document.data).toEqual(expect.objectContaining({ attributes: {} }));
  });

  it('writes a compound document: relationships with linkage and related links, and included', () => {
    const concrete: GlueResourceObject = {
      type: 'concrete-products',
      id: '001_25904006',
      attributes: { sku: '001_25904006' },
    };
    const price: GlueResourceObject = {
      type: 'abstract-product-prices',
      id: '001',
      attributes: { price: 9999 },
      selfPath: '/abstract-products/001/abstract-product-prices',
    };
    const document = buildJsonApiDocument(
      product,
      request({ include: ['concrete-products', 'abstract-product-prices'] }),
      includes(
        {
          'abstract-products:001': {
            'concrete-products': {
              cardinality: 'many',
              identifiers: [{ type: 'concrete-products', id: '001_25904006' }],
              relatedPath: null,
            },
            'abstract-product-prices': {
              cardinality: 'one',
              identifiers: [{ type: 'abstract-product-prices', id: '001' }],
              relatedPath: '/abstract-products/001/abstract-product-prices',
            },
          },
        },
        [concrete, price],
      ),
    );
    expect(document).toEqual({
      jsonapi: { version: '1.1' },
      data: {
        type: 'abstract-products',
        id: '001',
        attributes: product.attributes,
        relationships: {
          'concrete-products': { data: [{ type: 'concrete-products', id: '001_25904006' }] },
          'abstract-product-prices': {
            data: { type: 'abstract-product-prices', id: '001' },
            links: { related: `${BASE}/abstract-products/001/abstract-product-prices` },
          },
        },
        links: { self: `${BASE}/abstract-products/001` },
      },
      included: [
        {
          type: 'concrete-products',
          id: '001_25904006',
          attributes: { sku: '001_25904006' },
          links: { self: `${BASE}/concrete-products/001_25904006` },
        },
        {
          type: 'abstract-product-prices',
          id: '001',
          attributes: { price: 9999 },
          links: { self: `${BASE}/abstract-products/001/abstract-product-prices` },
        },
      ],
      links: { self: `${BASE}/abstract-products/001` },
    });
  });

  it('writes an empty to-one as null and an empty to-many as []', () => {
    const document = buildJsonApiDocument(
      product,
      request(),
      includes(
        {
          'abstract-products:001': {
            'abstract-product-prices': { cardinality: 'one', identifiers: [], relatedPath: null },
            'concrete-products': { cardinality: 'many', identifiers: [], relatedPath: null },
          },
        },
        [],
      ),
    );
    expect(document.data).toEqual(
      expect.objectContaining({
        relationships: {
          'abstract-product-prices': { data: null },
          'concrete-products': { data: [] },
        },
      }),
    );
    expect(document.included).toEqual([]);
  });

  it('writes every linkage as an array in Glue mode: a to-one as an array of one, or empty', () => {
    const concrete: GlueResourceObject = { type: 'concrete-products', id: '001_1', attributes: {} };
    const loaded = includes(
      {
        'concrete-products:001_1': {
          'abstract-products': {
            cardinality: 'one',
            identifiers: [{ type: 'abstract-products', id: '001' }],
            relatedPath: '/abstract-products/001',
          },
          'concrete-product-prices': { cardinality: 'one', identifiers: [], relatedPath: null },
        },
      },
      [product],
    );
    const glue = buildJsonApiDocument(concrete, request({ glueCompatibility: true }), loaded);
    expect(glue.data).toEqual(
      expect.objectContaining({
        relationships: {
          'abstract-products': {
            data: [{ type: 'abstract-products', id: '001' }],
            links: { related: `${BASE}/abstract-products/001` },
          },
          'concrete-product-prices': { data: [] },
        },
      }),
    );
    const strict = buildJsonApiDocument(concrete, request({ glueCompatibility: false }), loaded);
    expect(strict.data).toEqual(
      expect.objectContaining({
        relationships: {
          'abstract-products': {
            data: { type: 'abstract-products', id: '001' },
            links: { related: `${BASE}/abstract-products/001` },
          },
          'concrete-product-prices': { data: null },
        },
      }),
    );
  });

  it('leaves out the relationships a sparse fieldset does not name, and drops an emptied member', () => {
    const loaded = includes(
      {
        'abstract-products:001': {
          'concrete-products': { cardinality: 'many', identifiers: [], relatedPath: null },
          'abstract-product-prices': { cardinality: 'one', identifiers: [], relatedPath: null },
        },
      },
      [],
    );
    const named = buildJsonApiDocument(
      product,
      request({ fields: { 'abstract-products': ['sku', 'concrete-products'] } }),
      loaded,
    );
    expect(named.data).toEqual({
      type: 'abstract-products',
      id: '001',
      attributes: { sku: '001' },
      relationships: { 'concrete-products': { data: [] } },
      links: { self: `${BASE}/abstract-products/001` },
    });
    const none = buildJsonApiDocument(product, request({ fields: { 'abstract-products': ['sku'] } }), loaded);
    expect(none.data).not.toHaveProperty('relationships');
  });

  it('writes a page with first, prev, next and last links and meta.page, keeping the other parameters', () => {
    const items = [10, 11].map((n) => ({ type: 'stores', id: String(n), attributes: {} }));
    const document = buildJsonApiDocument(
      collection(items, 25),
      request({
        path: '/stores',
        queryFields: { sort: '-name', 'page[offset]': '10', 'page[limit]': '10' },
        pagination: { offset: 10, limit: 10 },
      }),
    );
    const page = (offset: number) =>
      `${BASE}/stores?sort=-name&page%5Boffset%5D=${offset}&page%5Blimit%5D=10`;
    expect(document.links).toEqual({
      self: page(10),
      first: page(0),
      prev: page(0),
      next: page(20),
      last: page(20),
    });
    expect(document.meta).toEqual({ page: { total: 25, offset: 10, limit: 10 } });
  });

  it('has no prev on the first page and no next on the last one', () => {
    const document = buildJsonApiDocument(
      collection([], 20),
      request({ path: '/stores', pagination: { offset: 0, limit: 20 } }),
    );
    const page = (offset: number) => `${BASE}/stores?page%5Boffset%5D=${offset}&page%5Blimit%5D=20`;
    expect(document.links).toEqual({
      self: `${BASE}/stores`,
      first: page(0),
      prev: null,
      next: null,
      last: page(0),
    });
  });

  it('points prev of an offset beyond the end at the last page', () => {
    const document = buildJsonApiDocument(
      collection([], 25),
      request({ path: '/stores', pagination: { offset: 90, limit: 10 } }),
    );
    expect(document.links['prev']).toBe(`${BASE}/stores?page%5Boffset%5D=20&page%5Blimit%5D=10`);
    expect(document.links['next']).toBeNull();
  });

  it('writes an empty page of an empty collection with last at offset 0', () => {
    const document = buildJsonApiDocument(
      collection([], 0),
      request({ path: '/stores', pagination: { offset: 0, limit: 5 } }),
    );
    expect(document.data).toEqual([]);
    expect(document.links['last']).toBe(`${BASE}/stores?page%5Boffset%5D=0&page%5Blimit%5D=5`);
    expect(document.meta).toEqual({ page: { total: 0, offset: 0, limit: 5 } });
  });

  it('writes an unpaginated collection with the self link only and the whole collection as the page', () => {
    const items = ['DE', 'AT'].map((id) => ({ type: 'stores', id, attributes: {} }));
    const document = buildJsonApiDocument(collection(items, 2), request({ path: '/stores' }));
    expect(document.links).toEqual({ self: `${BASE}/stores` });
    expect(document.meta).toEqual({ page: { total: 2, offset: 0, limit: 2 } });
  });
});
