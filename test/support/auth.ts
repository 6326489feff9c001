import request from 'supertest';
import type { App } from 'supertest/types.js';

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

/** Both tokens of an RFC 6749 password grant at `POST /token`; fails the test on anything but 200. */
export async function passwordGrant(
  http: App,
  credentials: Credentials,
): Promise<{ readonly accessToken: string; readonly refreshToken: string }> {
  const response = await request(http)
    .post('/token')
    .type('form')
    .send({ grant_type: 'password', ...credentials });
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
