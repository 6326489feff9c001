import request from 'supertest';
import type { App } from 'supertest/types.js';
import { JSON_API } from './applications.js';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Demo accounts every test database holds (seeded with the demo data). */
export const DEMO_ADMIN: Credentials = { username: 'admin@example.com', password: 'change123' };
export const DEMO_CUSTOMER: Credentials = { username: 'sonia@example.com', password: 'change123' };
export const DEMO_CUSTOMER_REFERENCE = 'DE--1';

/** The `Authorization` header value for an access token. */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}

/**
 * A raw RFC 6749 request to `POST /token`: the parameters as a form body, as an OAuth client sends
 * them (`Accept: application/json`). The test asserts the answer, whatever it is.
 */
export function tokenRequest(
  http: App,
  parameters: Readonly<Record<string, string>>,
  userAgent?: string,
): request.Test {
  const call = request(http).post('/token').set('Accept', 'application/json').type('form');
  return (userAgent === undefined ? call : call.set('User-Agent', userAgent)).send(parameters);
}

/** Both tokens of an RFC 6749 password grant at `POST /token`; fails the test on anything but 200. */
export async function passwordGrant(
  http: App,
  credentials: Credentials,
): Promise<{ readonly accessToken: string; readonly refreshToken: string }> {
  const response = await tokenRequest(http, { grant_type: 'password', ...credentials });
  if (response.status !== 200) {
    throw new Error(`POST /token for ${credentials.username} answered ${response.status}: ${response.text}`);
  }
  const body = response.body as { access_token: string; refresh_token: string };
  return { accessToken: body.access_token, refreshToken: body.refresh_token };
}

/** A back-office access token from the backend's `POST /token` (default: the demo admin). */
export async function backendToken(http: App, credentials: Credentials = DEMO_ADMIN): Promise<string> {
  return (await passwordGrant(http, credentials)).accessToken;
}

/** A customer access token from the storefront's `POST /token` (default: the demo customer). */
export async function storefrontToken(http: App, credentials: Credentials = DEMO_CUSTOMER): Promise<string> {
  return (await passwordGrant(http, credentials)).accessToken;
}

/** The attributes of `POST /users` on the backend. */
export interface BackendUserAttributes {
  readonly email: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly string[];
}

/**
 * Creates a back-office user through the backend's `POST /users` (as `adminToken`), then logs the
 * new user in: returns the new user's access token. Fails the test unless the user is created (201).
 */
export async function createBackendUser(
  http: App,
  adminToken: string,
  attributes: BackendUserAttributes,
): Promise<string> {
  const created = await request(http)
    .post('/users')
    .set('Accept', JSON_API)
    .set('Content-Type', JSON_API)
    .set('Authorization', bearer(adminToken))
    .send(JSON.stringify({ data: { type: 'users', attributes } }));
  if (created.status !== 201) {
    throw new Error(`POST /users for ${attributes.email} answered ${created.status}: ${created.text}`);
  }
  return backendToken(http, { username: attributes.email, password: attributes.password });
}
