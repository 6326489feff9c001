/**
 * A Glue storefront client, request for request: what Spryker's own shop frontend (Oryx) puts on the
 * wire, with the bodies of Glue's documentation samples. Facts, with the files they come from
 * (spryker/oryx at e15761da7, spryker/spryker-docs at 1a68817ee3):
 *
 * - Oryx sends every storefront call through `fetch` (libs/platform/core/src/services/http/
 *   default-http.service.ts): it never sets `Accept` (so fetch's `*\/*` goes out); a request without a
 *   `Content-Type` gets `application/json`, even a GET or DELETE without a body; a body is
 *   `JSON.stringify(document)` handed to `new Request(url, { body })`, which labels a string body
 *   `text/plain;charset=UTF-8` before Oryx looks, so every JSON:API document it writes goes out as
 *   `text/plain;charset=UTF-8`.
 * - Interceptors add `Authorization: Bearer <access_token>` (libs/platform/auth/src/services/
 *   auth-token.interceptor.ts), `Accept-Language: <locale code of the store>` except on `/token` and
 *   `/store*` (libs/domain/site/src/services/locale/accept-language.interceptor.ts) and, when the shop
 *   has more than one store, `X-Store: <store>` (libs/domain/site/src/services/store/store.interceptor.ts).
 * - Login and refresh (libs/platform/auth/src/oauth/providers/password-grant.ts, tokenUrl `/token` in
 *   libs/platform/auth/src/sapi/feature.ts): `POST /token`, `application/x-www-form-urlencoded`,
 *   `username, password, grant_type=password, client_id=` (an empty client id), then
 *   `grant_type=refresh_token, refresh_token=…`; the reply is read as RFC 6749 JSON. The customer
 *   reference comes from `JSON.parse(payload.sub).customer_reference` of the access token.
 * - Product page (libs/domain/product/src/services/adapter/product-includes.ts and
 *   default-product.adapter.ts): `GET /concrete-products/{sku}?include=concrete-product-image-sets,
 *   concrete-product-prices,concrete-product-availabilities,product-labels,abstract-products,
 *   category-nodes&fields[category-nodes]=metaDescription,nodeId,order,name,parents,isActive`.
 * - Registration (libs/domain/user/src/services/adapter/default-registration.adapter.ts and
 *   serializers/user/user.serializer.ts): `POST /customers` with `{data:{type:'customers',attributes}}`.
 * - Addresses (libs/domain/user/src/services/adapter/default-address.adapter.ts and
 *   serializers/address/address.serializer.ts): `POST|PATCH|DELETE /customers/{ref}/addresses[/{id}]`;
 *   the whole address model, `id` included, is sent as `attributes`, and `data` carries no `id`.
 * - Responses are read with `jsonapi-serializer`'s Deserializer (libs/platform/core/src/services/
 *   transformer/json-api-transformer/default-json-api-transformer.service.ts); a response is parsed as
 *   JSON when its Content-Type contains "application" and "json".
 * - Glue's samples: registration with `gender` (docs/pbc/all/identity-access-management/latest/
 *   manage-using-glue-api/glue-api-create-customers.md), address create with `customer_reference` and
 *   `country` (docs/pbc/all/customer-relationship-management/latest/base-shop/manage-using-glue-api/
 *   customers/glue-api-manage-customer-addresses.md), customer update with only `lastName` and
 *   `email` and no `data.id` (…/customers/glue-api-manage-customers.md), `access-tokens` and
 *   `refresh-tokens` bodies and their replies with `"id": null` (…/identity-access-management/latest/
 *   manage-using-glue-api/glue-api-authenticate-as-a-customer.md and
 *   glue-api-manage-customer-authentication-tokens.md).
 */
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { bearer } from '../support/kit/index.js';

/** The media type `new Request(url, { body: string })` gives a JSON:API document Oryx writes. */
export const ORYX_BODY_TYPE = 'text/plain;charset=UTF-8';

/** Oryx's product page, as its include service builds the query string. */
export const ORYX_PRODUCT_PAGE_QUERY =
  'include=concrete-product-image-sets,concrete-product-prices,concrete-product-availabilities,' +
  'product-labels,abstract-products,category-nodes' +
  '&fields[category-nodes]=metaDescription,nodeId,order,name,parents,isActive';

/** Glue's abstract product page: every include its documentation lists for `abstract-products/{sku}`. */
export const GLUE_ABSTRACT_PRODUCT_PAGE_QUERY =
  'include=abstract-product-image-sets,abstract-product-availabilities,abstract-product-prices,' +
  'category-nodes,product-tax-sets,product-labels,concrete-products,product-options,' +
  'product-reviews,bundled-products';

type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * One storefront call as Oryx makes it: `Accept: *\/*`, the store's locale, `X-Store` (the demo data
 * has two stores), a bearer token when logged in, and a JSON:API document as `text/plain;charset=UTF-8`
 * (or `application/json` on a call without a body).
 */
export function oryxCall(
  http: App,
  method: Method,
  path: string,
  options: { readonly token?: string; readonly document?: unknown; readonly contentType?: string } = {},
): request.Test {
  const agent = request(http);
  const call = agent[method](path)
    .set('Accept', '*/*')
    .set('Accept-Language', 'de')
    .set('X-Store', 'DE')
    .set(
      'Content-Type',
      options.contentType ?? (options.document === undefined ? 'application/json' : ORYX_BODY_TYPE),
    );
  const authorized = options.token === undefined ? call : call.set('Authorization', bearer(options.token));
  return options.document === undefined ? authorized : authorized.send(JSON.stringify(options.document));
}

/** Oryx's `/token` call: a form body, `client_id` empty, no `Accept-Language`. */
export function oryxTokenCall(http: App, parameters: Readonly<Record<string, string>>): request.Test {
  return request(http)
    .post('/token')
    .set('Accept', '*/*')
    .set('X-Store', 'DE')
    .set('Content-Type', 'application/x-www-form-urlencoded')
    .send(new URLSearchParams({ ...parameters }).toString());
}

/** The password grant exactly as Oryx's password-grant provider builds it. */
export const oryxLogin = (username: string, password: string) => ({
  username,
  password,
  grant_type: 'password',
  client_id: '',
});

/** The customer reference the client reads from the access token (`JSON.parse(sub).customer_reference`). */
export function customerReferenceOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString()) as {
    readonly sub: string;
  };
  return (JSON.parse(payload.sub) as { readonly customer_reference: string }).customer_reference;
}

/** Glue's registration sample (gender included), with a password our policy accepts. */
export const registrationSample = (email: string, password: string) => ({
  data: {
    type: 'customers',
    attributes: {
      salutation: 'Mrs',
      firstName: 'Sonia',
      lastName: 'Wagner',
      email,
      gender: 'Female',
      password,
      confirmPassword: password,
      acceptedTerms: true,
    },
  },
});

/** An address as a strict JSON:API client writes it: only attributes an address has. */
export const addressAttributes = () => ({
  salutation: 'Mr',
  firstName: 'Spencor',
  lastName: 'Hopkin',
  address1: 'Third, 33, 11',
  address2: 'b',
  address3: 'aaa',
  zipCode: '12312',
  city: 'Berlin',
  iso2Code: 'DE',
  phone: '22111-3-4-5',
  isDefaultShipping: false,
  isDefaultBilling: false,
});

/** Glue's address sample: it adds `customer_reference` and `country` to the address attributes. */
export const addressSample = (customerReference: string) => ({
  customer_reference: customerReference,
  ...addressAttributes(),
  country: 'Germany',
});

/** A JSON:API resource object as the tests read it. */
export interface ResourceObject {
  readonly type: string;
  readonly id: string | null;
  readonly attributes: Record<string, unknown>;
  readonly relationships?: Record<string, { readonly data: unknown }>;
}

/** The included resources of a document by type. */
export function includedOfType(body: { readonly included?: readonly ResourceObject[] }, type: string) {
  return (body.included ?? []).filter((resource) => resource.type === type);
}
