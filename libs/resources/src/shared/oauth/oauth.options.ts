import type { LoginBlockerOptions, OpenIdConnectOptions, SessionCacheOptions } from '#glue-core';

/** How an application's OAuth server is configured (from the application's config). */
export interface OAuthOptions {
  /** The application the tokens are for (`storefront`, `backend`). */
  readonly application: string;
  /** `iss` of the access tokens. */
  readonly issuer: string;
  /** `aud` of the access tokens: one per application. */
  readonly audience: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  /** PEM private keys, the first signs; `null`: one key kept in `keyFile`, generated on first start. */
  readonly signingKeysPem: string | null;
  readonly keyFile: string;
  readonly loginBlocker?: LoginBlockerOptions;
  /** Namespace of the login blocker's counters (default: the application). */
  readonly loginBlockerScope?: string;
  /** How long "this session is active" is reused (at most 1 s) and how many sessions are remembered. */
  readonly sessionCache?: SessionCacheOptions;
  /** An external OpenID Connect issuer whose tokens the application accepts too. */
  readonly openIdConnect: OpenIdConnectOptions | null;
}
