/**
 * Issue 12, "Done when": a Glue storefront client replayed request for request. The requests are what
 * Spryker's shop frontend Oryx sends and the bodies are Glue's documentation samples (sources in
 * ./glue-client.ts); the expectations are Glue's documented statuses and shapes:
 *
 * - concrete product: `abstract-products` linkage is an array of one, codes 302 (unknown) and 312
 *   (docs/pbc/all/product-information-management/latest/base-shop/manage-using-glue-api/
 *   concrete-products/glue-api-retrieve-concrete-products.md); abstract product: every include of its
 *   page, code 301, `product-tax-sets` {name, restTaxRates[{name, rate, country}]}, category nodes with
 *   nested `children`/`parents` (…/abstract-products/glue-api-retrieve-abstract-products.md);
 *   availability `quantity` "10.0000000000" (docs/pbc/all/warehouse-management-system/latest/base-shop/
 *   manage-using-glue-api/glue-api-retrieve-concrete-product-availability.md); prices with
 *   `volumePrices` and `netAmount` null in gross mode (docs/pbc/all/price-management/latest/base-shop/
 *   manage-using-glue-api/glue-api-retrieve-concrete-product-prices.md); labels {name, isExclusive,
 *   position, frontEndReference}; stores as Oryx's ApiStoreModel reads them
 *   (libs/domain/site/src/models/store.api.model.ts).
 * - registration 201 with gender, dateOfBirth, salutation; `access-tokens`/`refresh-tokens` 201 with
 *   `id: null`; revoking a refresh token is always 204; `/token` errors `invalid_grant`; address
 *   replies with `country`.
 * - The contract's deliberate differences stay (contract §8, §9): 401 for a missing token, 404 for
 *   another customer's address, 409 for a `data.id` other than the URL's.
 * With the setting off the same requests get strict JSON:API 1.1 (contract §2–§4): 415 for
 * `text/plain`, 400 for an unknown include path and a PATCH without `data.id`, 409 for a wrong type,
 * 422 for an unknown attribute, and a to-one linkage object.
 */
import request from 'supertest';
import {
  assertJsonApi,
  bearer,
  customerToken,
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_REFERENCE,
  JSON_API,
  startStorefront,
  throwawayDatabase,
  type RunningApplication,
  type TestDatabase,
} from '../support/kit/index.js';
import {
  addressAttributes,
  addressSample,
  customerReferenceOf,
  GLUE_ABSTRACT_PRODUCT_PAGE_QUERY,
  includedOfType,
  ORYX_PRODUCT_PAGE_QUERY,
  oryxCall,
  oryxLogin,
  oryxTokenCall,
  registrationSample,
  type ResourceObject,
} from './glue-client.js';

const SKU = '001_48660485';
const PASSWORD = 'Teapot-2024-green';
const ADDRESSES = `/customers/${DEMO_CUSTOMER_REFERENCE}/addresses`;
const { username, password } = DEMO_CUSTOMER;
const CATEGORY_FIELDS = ['metaDescription', 'nodeId', 'order', 'name', 'parents', 'isActive'];
const linkage = (resource: ResourceObject, name: string) => resource.relationships?.[name]?.data;

/** A strict JSON:API write (works in both modes): the setup of a test, not what it replays. */
const strictWrite = (storefront: RunningApplication, path: string, document: unknown, token?: string) => {
  const call = request(storefront.http).post(path).set('Accept', JSON_API).set('Content-Type', JSON_API);
  return (token === undefined ? call : call.set('Authorization', bearer(token))).send(
    JSON.stringify(document),
  );
};
const strictAddress = async (storefront: RunningApplication, token: string) =>
  (
    await strictWrite(
      storefront,
      ADDRESSES,
      { data: { type: 'addresses', attributes: addressAttributes() } },
      token,
    ).expect(201)
  ).body.data as ResourceObject;
const strictRegistration = (email: string) => {
  const { gender: _, ...attributes } = registrationSample(email, PASSWORD).data.attributes;
  return { data: { type: 'customers', attributes } };
};

describe('a Glue storefront client replayed against the storefront', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await throwawayDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  describe('with Glue compatibility on (the storefront default)', () => {
    let storefront: RunningApplication;
    let token: string;
    const call = (method: Parameters<typeof oryxCall>[1], path: string, document?: unknown) =>
      oryxCall(storefront.http, method, path, { token, document });
    const newAddress = () => strictAddress(storefront, token);

    beforeAll(async () => {
      storefront = await startStorefront(database.url);
      token = await customerToken(storefront.http);
    });
    afterAll(async () => {
      await storefront?.app.close();
    });

    describe('product page', () => {
      it("answers Oryx's product page: the abstract product's category nodes by type, linkage arrays", async () => {
        const response = await call('get', `/concrete-products/${SKU}?${ORYX_PRODUCT_PAGE_QUERY}`).expect(
          200,
        );
        assertJsonApi(response);
        const product = response.body.data as ResourceObject;
        expect(linkage(product, 'abstract-products')).toEqual([{ type: 'abstract-products', id: '001' }]);
        for (const name of [
          'concrete-product-image-sets',
          'concrete-product-prices',
          'concrete-product-availabilities',
        ]) {
          expect(linkage(product, name)).toEqual([{ type: name, id: SKU }]);
        }
        const [abstract] = includedOfType(response.body, 'abstract-products');
        const nodes = includedOfType(response.body, 'category-nodes');
        expect(nodes.length).toBeGreaterThan(0);
        const byId = (a: { id: string | null }, b: { id: string | null }) =>
          String(a.id).localeCompare(String(b.id));
        const nodeLinkage = [linkage(abstract!, 'category-nodes')].flat() as { type: string; id: string }[];
        expect([...nodeLinkage].sort(byId)).toEqual(nodes.map(({ type, id }) => ({ type, id })).sort(byId));
        for (const node of nodes) {
          expect(CATEGORY_FIELDS).toEqual(expect.arrayContaining(Object.keys(node.attributes)));
          expect(node.attributes).toMatchObject({ nodeId: expect.any(Number), name: expect.any(String) });
        }
      });

      it("reads prices, availability and image sets in Glue's shapes", async () => {
        const response = await call('get', `/concrete-products/${SKU}?${ORYX_PRODUCT_PAGE_QUERY}`).expect(
          200,
        );
        const [prices] = includedOfType(response.body, 'concrete-product-prices');
        expect(prices?.attributes['price']).toEqual(expect.any(Number));
        expect(prices?.attributes['prices']).toContainEqual({
          priceTypeName: 'DEFAULT',
          netAmount: null,
          grossAmount: prices?.attributes['price'],
          currency: { code: 'EUR', name: 'Euro', symbol: '€' },
          volumePrices: expect.any(Array),
        });
        const [availability] = includedOfType(response.body, 'concrete-product-availabilities');
        expect(availability?.attributes).toEqual({
          availability: expect.any(Boolean),
          isNeverOutOfStock: expect.any(Boolean),
          quantity: expect.stringMatching(/^\d+\.\d+$/),
        });
        const [imageSets] = includedOfType(response.body, 'concrete-product-image-sets');
        expect(imageSets?.attributes['imageSets']).toContainEqual({
          name: expect.any(String),
          images: expect.arrayContaining([
            { externalUrlLarge: expect.any(String), externalUrlSmall: expect.any(String) },
          ]),
        });
      });

      it("answers Glue's abstract product page, ignoring the includes it does not serve", async () => {
        const response = await call(
          'get',
          `/abstract-products/001?${GLUE_ABSTRACT_PRODUCT_PAGE_QUERY}`,
        ).expect(200);
        assertJsonApi(response);
        const product = response.body.data as ResourceObject;
        for (const relationship of Object.values(product.relationships ?? {})) {
          expect(Array.isArray(relationship.data)).toBe(true);
        }
        const [taxSet] = includedOfType(response.body, 'product-tax-sets');
        expect(taxSet?.attributes).toEqual({
          name: expect.any(String),
          restTaxRates: expect.arrayContaining([
            {
              name: expect.any(String),
              rate: expect.stringMatching(/^\d+\.\d\d$/),
              country: expect.any(String),
            },
          ]),
        });
        const [node] = includedOfType(response.body, 'category-nodes');
        expect(node?.attributes).toMatchObject({
          nodeId: expect.any(Number),
          name: expect.any(String),
          metaTitle: expect.anything(),
          metaDescription: expect.anything(),
          isActive: expect.any(Boolean),
          url: expect.any(String),
          children: expect.any(Array),
          parents: expect.arrayContaining([
            expect.objectContaining({
              nodeId: expect.any(Number),
              children: expect.any(Array),
              parents: expect.any(Array),
            }),
          ]),
        });
      });

      it("labels products in Glue's shape (the demo data labels some)", async () => {
        const response = await call('get', '/abstract-products?page[limit]=50&include=product-labels').expect(
          200,
        );
        const labels = includedOfType(response.body, 'product-labels');
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) {
          expect(label.attributes).toMatchObject({
            name: expect.any(String),
            isExclusive: expect.any(Boolean),
            position: expect.any(Number),
          });
          expect(label.attributes).toHaveProperty('frontEndReference');
        }
      });

      it('answers unknown products with 404 and Glue codes 301 (abstract) and 302 (concrete)', async () => {
        const abstract = await call('get', '/abstract-products/nope').expect(404);
        expect(abstract.body.errors[0]).toMatchObject({ status: '404', code: '301' });
        const concrete = await call('get', '/concrete-products/nope').expect(404);
        expect(concrete.body.errors[0]).toMatchObject({ status: '404', code: '302' });
      });

      it("serves Oryx's store call in the shape its ApiStoreModel reads", async () => {
        const response = await call('get', '/stores').expect(200);
        const store = (response.body.data as ResourceObject[]).find((candidate) => candidate.id === 'DE');
        expect(store?.attributes).toMatchObject({
          timeZone: 'Europe/Berlin',
          defaultCurrency: 'EUR',
          currencies: expect.arrayContaining([{ code: 'EUR', name: 'Euro', symbol: '€' }]),
          locales: expect.arrayContaining([expect.objectContaining({ name: 'de_DE' })]),
          countries: expect.arrayContaining([
            expect.objectContaining({
              iso2Code: 'DE',
              iso3Code: 'DEU',
              name: expect.any(String),
              postalCodeMandatory: expect.any(Boolean),
              postalCodeRegex: expect.anything(),
              regions: expect.any(Array),
            }),
          ]),
        });
      });
    });

    describe('account', () => {
      it("registers a customer from Glue's sample labelled text/plain: 201 with Glue's attributes", async () => {
        const response = await call(
          'post',
          '/customers',
          registrationSample('replay@example.com', PASSWORD),
        ).expect(201);
        assertJsonApi(response);
        expect(response.body.data).toMatchObject({
          type: 'customers',
          id: expect.stringMatching(/^DE--\d+$/),
          attributes: {
            email: 'replay@example.com',
            salutation: 'Mrs',
            firstName: 'Sonia',
            lastName: 'Wagner',
            gender: 'Female',
            dateOfBirth: null,
          },
        });
        const login = await oryxTokenCall(storefront.http, oryxLogin('replay@example.com', PASSWORD)).expect(
          200,
        );
        expect(customerReferenceOf(login.body.access_token)).toBe(response.body.data.id);
      });

      it("logs in at /token with Oryx's form (empty client_id): RFC 6749 JSON naming the customer", async () => {
        const response = await oryxTokenCall(storefront.http, oryxLogin(username, password)).expect(200);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(response.body).toMatchObject({
          token_type: 'Bearer',
          expires_in: expect.any(Number),
          access_token: expect.any(String),
          refresh_token: expect.any(String),
        });
        expect(customerReferenceOf(response.body.access_token)).toBe(DEMO_CUSTOMER_REFERENCE);
        const wrong = await oryxTokenCall(storefront.http, oryxLogin(username, 'wrong-password')).expect(400);
        expect(wrong.body).toMatchObject({ error: 'invalid_grant' });
      });

      it("refreshes at /token with Oryx's refresh grant; a rotated refresh token is invalid_grant", async () => {
        const login = await oryxTokenCall(storefront.http, oryxLogin(username, password)).expect(200);
        const refresh = { grant_type: 'refresh_token', refresh_token: login.body.refresh_token as string };
        const refreshed = await oryxTokenCall(storefront.http, refresh).expect(200);
        expect(refreshed.body.refresh_token).not.toBe(refresh.refresh_token);
        expect(customerReferenceOf(refreshed.body.access_token)).toBe(DEMO_CUSTOMER_REFERENCE);
        const reused = await oryxTokenCall(storefront.http, refresh).expect(400);
        expect(reused.body).toMatchObject({ error: 'invalid_grant' });
      });

      it("logs in at access-tokens and refreshes at refresh-tokens with Glue's samples: 201, id null", async () => {
        const login = await call('post', '/access-tokens', {
          data: { type: 'access-tokens', attributes: { username, password } },
        }).expect(201);
        expect(login.body.data).toMatchObject({
          type: 'access-tokens',
          id: null,
          attributes: {
            tokenType: 'Bearer',
            expiresIn: expect.any(Number),
            accessToken: expect.any(String),
            refreshToken: expect.any(String),
          },
        });
        const refreshToken = login.body.data.attributes.refreshToken as string;
        const refreshed = await call('post', '/refresh-tokens', {
          data: { type: 'refresh-tokens', attributes: { refreshToken } },
        }).expect(201);
        expect(refreshed.body.data).toMatchObject({ type: 'refresh-tokens', id: null });
        expect(customerReferenceOf(refreshed.body.data.attributes.accessToken)).toBe(DEMO_CUSTOMER_REFERENCE);
      });

      it('revokes refresh tokens idempotently: 204 for mine, for an unknown and for a revoked token', async () => {
        const { refresh_token: refreshToken } = (
          await oryxTokenCall(storefront.http, oryxLogin(username, password))
        ).body as { refresh_token: string };
        await call('delete', `/refresh-tokens/${refreshToken}`).expect(204);
        await call('delete', `/refresh-tokens/${refreshToken}`).expect(204);
        await call('delete', '/refresh-tokens/unknown-token').expect(204);
        await call('delete', '/refresh-tokens/mine').expect(204);
        // `mine` ends every session of the customer, this suite's access token's too.
        await call('get', `/customers/${DEMO_CUSTOMER_REFERENCE}`).expect(401);
        token = await customerToken(storefront.http);
      });

      it("creates an address from Glue's sample: customer_reference dropped, country named, 201", async () => {
        const response = await call('post', ADDRESSES, {
          data: { type: 'addresses', attributes: addressSample(DEMO_CUSTOMER_REFERENCE) },
        }).expect(201);
        assertJsonApi(response);
        const { customer_reference: dropped, ...expected } = addressSample(DEMO_CUSTOMER_REFERENCE);
        expect(dropped).toBe(DEMO_CUSTOMER_REFERENCE);
        expect(response.body.data.attributes).toEqual({ ...expected, company: null });
        expect(response.headers['location']).toMatch(
          new RegExp(`${ADDRESSES}/${response.body.data.id as string}$`),
        );
      });

      it('updates an address as Oryx sends it: the whole model, its id among the attributes, no data.id', async () => {
        const address = await newAddress();
        const attributes = { ...address.attributes, id: address.id, country: 'Germany', city: 'Hamburg' };
        const response = await call('patch', `${ADDRESSES}/${address.id}`, {
          data: { type: 'addresses', attributes },
        }).expect(200);
        expect(response.body.data).toMatchObject({
          id: address.id,
          attributes: { city: 'Hamburg', country: 'Germany' },
        });
        const other = { data: { type: 'addresses', id: 'another-id', attributes: { city: 'Bremen' } } };
        await call('patch', `${ADDRESSES}/${address.id}`, other).expect(409);
      });

      it('deletes an address as Oryx does: 204 without Content-Type, then 404', async () => {
        const address = await newAddress();
        const response = await call('delete', `${ADDRESSES}/${address.id}`).expect(204);
        expect(response.headers['content-type']).toBeUndefined();
        expect(response.text).toBe('');
        await call('get', `${ADDRESSES}/${address.id}`).expect(404);
      });

      it("updates the customer from Glue's sample (no data.id); attributes the caller may not set are not applied", async () => {
        const before = (await call('get', `/customers/${DEMO_CUSTOMER_REFERENCE}`).expect(200)).body
          .data as ResourceObject;
        const response = await call('patch', `/customers/${DEMO_CUSTOMER_REFERENCE}`, {
          data: {
            type: 'customers',
            attributes: {
              lastName: 'Johnson',
              email: username,
              createdAt: '2000-01-01T00:00:00+00:00',
              customer_reference: 'DE--99',
            },
          },
        }).expect(200);
        expect(response.body.data).toMatchObject({
          id: DEMO_CUSTOMER_REFERENCE,
          attributes: {
            lastName: 'Johnson',
            email: username,
            createdAt: before.attributes['createdAt'],
            salutation: 'Ms',
          },
        });
        expect(response.body.data.attributes).toHaveProperty('gender');
      });

      it('answers a wrong data.type with 400, as Glue does', async () => {
        const response = await call('post', ADDRESSES, {
          data: { type: 'address', attributes: addressSample(DEMO_CUSTOMER_REFERENCE) },
        }).expect(400);
        expect(response.body.errors[0]).toMatchObject({ status: '400' });
      });

      it("keeps the contract's differences: 401 without a token, 404 for another customer's address", async () => {
        const anonymous = await oryxCall(storefront.http, 'get', ADDRESSES).expect(401);
        expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
        const address = await newAddress();
        await strictWrite(storefront, '/customers', strictRegistration('other@example.com')).expect(201);
        const otherToken = await customerToken(storefront.http, {
          username: 'other@example.com',
          password: PASSWORD,
        });
        await oryxCall(storefront.http, 'get', `${ADDRESSES}/${address.id}`, { token: otherToken }).expect(
          404,
        );
      });
    });
  });

  describe('with Glue compatibility off (strict JSON:API 1.1)', () => {
    let storefront: RunningApplication;
    let token: string;
    const call = (
      method: Parameters<typeof oryxCall>[1],
      path: string,
      document?: unknown,
      contentType?: string,
    ) => oryxCall(storefront.http, method, path, { token, document, ...(contentType && { contentType }) });

    beforeAll(async () => {
      storefront = await startStorefront(database.url, { glueCompatibility: false });
      token = await customerToken(storefront.http);
    });
    afterAll(async () => {
      await storefront?.app.close();
    });

    it("refuses Oryx's product page with 400: category-nodes is no relationship path of a concrete product", async () => {
      const response = await call('get', `/concrete-products/${SKU}?${ORYX_PRODUCT_PAGE_QUERY}`).expect(400);
      assertJsonApi(response);
      expect(response.body.errors[0]).toMatchObject({ status: '400', source: { parameter: 'include' } });
    });

    it('keeps a to-one relationship a JSON:API linkage object', async () => {
      const response = await call('get', `/concrete-products/${SKU}?include=abstract-products`).expect(200);
      expect(linkage(response.body.data as ResourceObject, 'abstract-products')).toEqual({
        type: 'abstract-products',
        id: '001',
      });
    });

    it('refuses every JSON:API document Oryx labels text/plain with 415', async () => {
      const address = await strictAddress(storefront, token);
      const writes: readonly [Parameters<typeof oryxCall>[1], string, unknown][] = [
        ['post', '/customers', registrationSample('strict@example.com', PASSWORD)],
        ['post', '/access-tokens', { data: { type: 'access-tokens', attributes: { username, password } } }],
        [
          'post',
          ADDRESSES,
          { data: { type: 'addresses', attributes: addressSample(DEMO_CUSTOMER_REFERENCE) } },
        ],
        [
          'patch',
          `${ADDRESSES}/${address.id}`,
          { data: { type: 'addresses', id: address.id, attributes: { city: 'Hamburg' } } },
        ],
        [
          'patch',
          `/customers/${DEMO_CUSTOMER_REFERENCE}`,
          { data: { type: 'customers', id: DEMO_CUSTOMER_REFERENCE, attributes: { lastName: 'Johnson' } } },
        ],
      ];
      for (const [method, path, document] of writes) {
        const response = await call(method, path, document).expect(415);
        assertJsonApi(response);
        expect(response.body.errors[0]).toMatchObject({ status: '415', source: { header: 'Content-Type' } });
      }
    });

    it("logs in and refreshes at /token with Oryx's form all the same (RFC 6749 in both modes)", async () => {
      const login = await oryxTokenCall(storefront.http, oryxLogin(username, password)).expect(200);
      expect(customerReferenceOf(login.body.access_token)).toBe(DEMO_CUSTOMER_REFERENCE);
      await oryxTokenCall(storefront.http, {
        grant_type: 'refresh_token',
        refresh_token: login.body.refresh_token,
      }).expect(200);
    });

    it("refuses Glue's sample attributes an address does not have with 422 pointers", async () => {
      const document = { data: { type: 'addresses', attributes: addressSample(DEMO_CUSTOMER_REFERENCE) } };
      const response = await call('post', ADDRESSES, document, JSON_API).expect(422);
      assertJsonApi(response);
      const pointers = (response.body.errors as { source: { pointer: string } }[]).map(
        (error) => error.source.pointer,
      );
      expect(pointers).toContain('/data/attributes/customer_reference');
    });

    it("requires data.id on PATCH (400), the endpoint's type (409) and the URL's id (409)", async () => {
      const address = await strictAddress(storefront, token);
      const path = `${ADDRESSES}/${address.id}`;
      const withoutId = await call(
        'patch',
        path,
        { data: { type: 'addresses', attributes: { city: 'Hamburg' } } },
        JSON_API,
      ).expect(400);
      expect(withoutId.body.errors[0]).toMatchObject({ status: '400', source: { pointer: '/data/id' } });
      const attributeId = await call(
        'patch',
        path,
        { data: { type: 'addresses', id: address.id, attributes: { id: address.id } } },
        JSON_API,
      ).expect(422);
      expect(attributeId.body.errors[0]).toMatchObject({ source: { pointer: '/data/attributes/id' } });
      const wrongType = await call(
        'post',
        ADDRESSES,
        { data: { type: 'address', attributes: addressAttributes() } },
        JSON_API,
      ).expect(409);
      expect(wrongType.body.errors[0]).toMatchObject({ status: '409', source: { pointer: '/data/type' } });
      await call(
        'patch',
        path,
        { data: { type: 'addresses', id: 'another-id', attributes: { city: 'Bremen' } } },
        JSON_API,
      ).expect(409);
      await call('delete', path).expect(204);
    });

    it('answers a strict JSON:API client: registration 201, access-tokens with a string id', async () => {
      await strictWrite(storefront, '/customers', strictRegistration('strict-client@example.com')).expect(
        201,
      );
      const login = await strictWrite(storefront, '/access-tokens', {
        data: { type: 'access-tokens', attributes: { username, password } },
      }).expect(201);
      assertJsonApi(login);
      expect(login.body.data.id).toEqual(expect.any(String));
    });
  });
});
