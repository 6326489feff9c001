import pg from 'pg';
import request from 'supertest';
import { JSON_API, startBackend, startStorefront, type RunningApplication } from '../support/applications.js';
import { backendToken, bearer } from '../support/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const validProduct = (sku: string) => ({
  data: {
    type: 'products',
    attributes: {
      sku,
      isActive: true,
      attributes: { brand: 'Acme', material: 'steel' },
      localizedAttributes: [
        { locale: 'de_DE', name: 'Acme Wasserkocher', description: 'Kocht Wasser.' },
        { locale: 'en_US', name: 'Acme Kettle', description: 'Boils water.' },
      ],
      concreteProducts: [
        {
          sku: `${sku}_1`,
          attributes: { color: 'red' },
          localizedAttributes: [{ locale: 'en_US', name: 'Acme Kettle red' }],
        },
        { sku: `${sku}_2`, attributes: { color: 'blue' } },
      ],
    },
  },
});

describe('backend products (ProductsBackendApi)', () => {
  let database: TestDatabase;
  let backend: RunningApplication;
  let client: pg.Client;
  /** Requests as the demo admin (every backend route requires a token). */
  let admin: ReturnType<typeof request.agent>;

  const post = (body: unknown, contentType = JSON_API) =>
    admin
      .post('/products')
      .set('Accept', JSON_API)
      .set('Content-Type', contentType)
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const counts = async () => {
    const result = await client.query<{ abstracts: string; concretes: string; localized: string }>(
      `select (select count(*) from product_abstract) as abstracts,
              (select count(*) from product_concrete) as concretes,
              (select count(*) from product_abstract_localized_attributes) as localized`,
    );
    return result.rows[0];
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    backend = await startBackend(database.url);
    admin = request.agent(backend.http).set('Authorization', bearer(await backendToken(backend.http)));
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await backend?.app.close();
    await database?.drop();
  });

  it('lists products with their concrete products in every locale', async () => {
    const response = await admin.get('/products?page[limit]=2').set('Accept', JSON_API).expect(200);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.meta.page.total).toBeGreaterThanOrEqual(200);
    const [first] = response.body.data as {
      attributes: {
        localizedAttributes: { locale: string }[];
        concreteProducts: unknown[];
        createdAt: string;
      };
    }[];
    expect(first?.attributes.localizedAttributes.map((item) => item.locale)).toEqual(['de_DE', 'en_US']);
    expect(first?.attributes.concreteProducts.length).toBeGreaterThanOrEqual(2);
    expect(first?.attributes.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  });

  it('filters by isActive, hides an inactive product from the storefront, and refuses a non-boolean', async () => {
    const list = (query: string) => admin.get(`/products?${query}`).set('Accept', JSON_API).expect(200);
    const skus = (response: { body: { data: { id: string }[] } }) =>
      response.body.data.map((item) => item.id);
    const everything = await list('page[limit]=1');
    const deactivated = await admin
      .patch('/products/002')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send(JSON.stringify({ data: { type: 'products', id: '002', attributes: { isActive: false } } }))
      .expect(200);
    expect(deactivated.body.data.attributes.isActive).toBe(false);

    const inactive = await list('filter[isActive]=false');
    expect(skus(inactive)).toEqual(['002']);
    expect(inactive.body.meta.page.total).toBe(1);
    const active = await list('filter[isActive]=true&page[limit]=200');
    expect(active.body.meta.page.total).toBe(everything.body.meta.page.total - 1);
    expect(skus(active)).not.toContain('002');
    expect(active.body.data[0].attributes.isActive).toBe(true);

    const storefront = await startStorefront(database.url);
    try {
      const hidden = await request(storefront.http).get('/abstract-products/002').set('Accept', JSON_API);
      expect(hidden.status).toBe(404);
      // Glue's "abstract product not found" (docs/error-codes.md, storefront catalog).
      expect(hidden.body.errors[0].code).toBe('301');
      await request(storefront.http).get('/abstract-products/001').set('Accept', JSON_API).expect(200);
    } finally {
      await storefront.app.close();
    }

    const refused = await admin.get('/products?filter[isActive]=maybe').set('Accept', JSON_API).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ code: '011', source: { parameter: 'filter[isActive]' } });
  });

  it('creates a product with 201, Location and the created resource, visible to the storefront', async () => {
    const response = await post(validProduct('NEW-1')).expect(201);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.headers['location']).toMatch(/\/products\/NEW-1$/);
    expect(response.body.data).toMatchObject({
      type: 'products',
      id: 'NEW-1',
      attributes: { sku: 'NEW-1', concreteProducts: [{ sku: 'NEW-1_1' }, { sku: 'NEW-1_2' }] },
    });
    await admin.get('/products/NEW-1').set('Accept', JSON_API).expect(200);

    const storefront = await startStorefront(database.url);
    try {
      const seen = await request(storefront.http)
        .get('/abstract-products/NEW-1')
        .set('Accept', JSON_API)
        .set('Accept-Language', 'en-US')
        .expect(200);
      expect(seen.body.data.attributes.name).toBe('Acme Kettle');
    } finally {
      await storefront.app.close();
    }
  });

  it('answers a duplicate sku with 409 pointing at it, and writes nothing', async () => {
    const before = await counts();
    const response = await post(validProduct('001')).expect(409);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.errors[0]).toMatchObject({
      status: '409',
      source: { pointer: '/data/attributes/sku' },
    });
    expect(response.body.links).toEqual({ self: expect.stringMatching(/\/products$/) });
    expect(await counts()).toEqual(before);
  });

  it('rolls back the whole product when a later concrete product conflicts', async () => {
    const existingConcrete = await client.query<{ sku: string }>(
      'select sku from product_concrete order by sku limit 1',
    );
    const body = validProduct('NEW-ROLLBACK');
    const concretes = body.data.attributes.concreteProducts;
    const conflicting = {
      ...body,
      data: {
        ...body.data,
        attributes: {
          ...body.data.attributes,
          concreteProducts: [concretes[0], { sku: existingConcrete.rows[0]?.sku }],
        },
      },
    };
    const before = await counts();
    const response = await post(conflicting).expect(409);
    expect(response.body.errors[0].source).toEqual({ pointer: '/data/attributes/concreteProducts/1/sku' });
    expect(await counts()).toEqual(before);
    await admin.get('/products/NEW-ROLLBACK').set('Accept', JSON_API).expect(404);
  });

  it('answers invalid attributes with 422, one error per attribute, with pointers, and writes nothing', async () => {
    const before = await counts();
    const response = await post({
      data: {
        type: 'products',
        attributes: {
          sku: 'has spaces',
          isActive: 'yes',
          localizedAttributes: [{ locale: 'german', name: '' }],
          concreteProducts: [{ sku: '' }],
          colour: 'red',
        },
      },
    }).expect(422);
    expect(response.body).toBeValidJsonApiDocument();
    const pointers = (response.body.errors as { source: { pointer: string } }[])
      .map((error) => error.source.pointer)
      .sort();
    expect(pointers).toEqual([
      '/data/attributes/colour',
      '/data/attributes/concreteProducts/0/sku',
      '/data/attributes/isActive',
      '/data/attributes/localizedAttributes/0/locale',
      '/data/attributes/localizedAttributes/0/name',
      '/data/attributes/sku',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('answers a locale the shop does not have with 422 on that locale', async () => {
    const body = validProduct('NEW-LOCALE');
    body.data.attributes.localizedAttributes[1] = {
      locale: 'fr_FR',
      name: 'Bouilloire',
      description: 'Bout.',
    };
    const response = await post(body).expect(422);
    expect(response.body.errors[0].source).toEqual({
      pointer: '/data/attributes/localizedAttributes/1/locale',
    });
  });

  it.each([
    ['malformed JSON', '{"data": {', 400, ''],
    ['a document without data', { meta: {} }, 400, '/data'],
    ['another type', { data: { type: 'carts', attributes: {} } }, 409, '/data/type'],
    ['a client-generated id', { data: { type: 'products', id: 'X', attributes: {} } }, 403, '/data/id'],
  ])('answers %s with %i', async (_case, body, status, pointer) => {
    const before = await counts();
    const response = await post(body).expect(status);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.errors[0].source).toEqual({ pointer });
    expect(await counts()).toEqual(before);
  });

  it('answers a body in an unsupported media type with 415', async () => {
    const response = await post('<product/>', 'text/xml').expect(415);
    expect(response.body).toBeValidJsonApiDocument();
  });

  it('answers a version the resource does not have in Content-Type with 415', async () => {
    const response = await post(validProduct('NEW-VERSION'), `${JSON_API}; version=9.9`).expect(415);
    expect(response.body.errors[0].source).toEqual({ header: 'Content-Type' });
  });

  it('accepts the same write as plain JSON', async () => {
    const response = await admin
      .post('/products')
      .set('Accept', 'application/json')
      .send(validProduct('NEW-PLAIN').data.attributes)
      .expect(201);
    expect(response.body).toMatchObject({ id: 'NEW-PLAIN', sku: 'NEW-PLAIN' });
  });

  it('updates a product and replaces its concrete products', async () => {
    await post(validProduct('NEW-2')).expect(201);
    const response = await admin
      .patch('/products/NEW-2')
      .set('Accept', JSON_API)
      .set('Content-Type', JSON_API)
      .send(
        JSON.stringify({
          data: {
            type: 'products',
            id: 'NEW-2',
            attributes: {
              isActive: false,
              concreteProducts: [{ sku: 'NEW-2_2', attributes: { color: 'green' } }, { sku: 'NEW-2_3' }],
            },
          },
        }),
      )
      .expect(200);
    expect(response.body).toBeValidJsonApiDocument();
    expect(response.body.data.attributes).toMatchObject({
      isActive: false,
      concreteProducts: [{ sku: 'NEW-2_2', attributes: { color: 'green' } }, { sku: 'NEW-2_3' }],
    });
    const gone = await client.query('select 1 from product_concrete where sku = $1', ['NEW-2_1']);
    expect(gone.rowCount).toBe(0);
  });

  it('refuses to change the sku and answers an unknown product with 404', async () => {
    const patch = (sku: string, attributes: object) =>
      admin
        .patch(`/products/${sku}`)
        .set('Accept', JSON_API)
        .set('Content-Type', JSON_API)
        .send(JSON.stringify({ data: { type: 'products', id: sku, attributes } }));
    const renamed = await patch('001', { sku: '999' }).expect(422);
    expect(renamed.body.errors[0].source).toEqual({ pointer: '/data/attributes/sku' });
    await patch('missing-product', { isActive: true }).expect(404);
  });

  it('deletes with 204 and no body, then the product is gone', async () => {
    await post(validProduct('NEW-3')).expect(201);
    const response = await admin.delete('/products/NEW-3').set('Accept', JSON_API).expect(204);
    expect(response.headers['content-type']).toBeUndefined();
    expect(response.text).toBe('');
    await admin.get('/products/NEW-3').set('Accept', JSON_API).expect(404);
    const rows = await client.query('select 1 from product_concrete where sku like $1', ['NEW-3_%']);
    expect(rows.rowCount).toBe(0);
    await admin.delete('/products/NEW-3').set('Accept', JSON_API).expect(404);
  });

  it('does not serve storefront resources: /abstract-products is 404 on the backend', async () => {
    const response = await admin.get('/abstract-products').set('Accept', JSON_API).expect(404);
    expect(response.body.errors[0].code).toBe('007');
  });
});
