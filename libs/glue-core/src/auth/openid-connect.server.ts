import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { GlueIdentity } from '../context/glue-request.js';
import { toInvalidAccessToken } from './access-token.service.js';
import { InvalidAccessTokenError, type GlueBearerToken } from './bearer-token.js';
import type { GlueAuthenticationServer } from './glue-authentication-server.js';

/** Which claims of the issuer's tokens carry what the application needs. */
export interface OpenIdConnectClaimMapping {
  /** The stable id of the person at the issuer (default `sub`). */
  readonly subject: string;
  /** The e-mail address the local account is found by (default `email`). */
  readonly email: string;
}

export interface OpenIdConnectOptions {
  /** The issuer URL exactly as its tokens carry it in `iss` (`https://tenant.eu.auth0.com/`). */
  readonly issuer: string;
  /** The `aud` this application's tokens must carry (the API identifier at the issuer). */
  readonly audience: string;
  /** The issuer's JWKS; without it, discovered from `<issuer>/.well-known/openid-configuration`. */
  readonly jwksUri?: string;
  readonly claims?: Partial<OpenIdConnectClaimMapping>;
  /** Accepted signature algorithms (default RS256 and ES256). */
  readonly algorithms?: readonly string[];
  /** Least time between two JWKS fetches, even for an unknown `kid` (default 30 s). */
  readonly jwksCooldownMs?: number;
}

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

/** Injection token of an application's OpenID Connect server (may be provided as `null`: none). */
export const OPENID_CONNECT_SERVER = Symbol('OPENID_CONNECT_SERVER');

/** What the issuer vouches for, mapped through the claim mapping. */
export interface ExternalIdentityClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | null;
  readonly payload: JWTPayload;
}

/** Maps a verified external identity to a local user or customer; `null` when there is none. */
export type ExternalIdentityResolver = (claims: ExternalIdentityClaims) => Promise<GlueIdentity | null>;

/**
 * An external OpenID Connect issuer (Auth0, Keycloak, Entra ID, …). Tokens whose `iss` is the
 * issuer are verified against its JWKS (cached; fetched again when a token names an unknown `kid`)
 * and mapped to a local account by the application's resolver.
 */
export class OpenIdConnectServer implements GlueAuthenticationServer {
  private keys: Promise<RemoteKeySet> | null = null;
  private readonly claims: OpenIdConnectClaimMapping;

  constructor(
    private readonly options: OpenIdConnectOptions,
    private readonly resolve: ExternalIdentityResolver,
  ) {
    this.claims = { subject: 'sub', email: 'email', ...options.claims };
  }

  appliesTo(credentials: GlueBearerToken): boolean {
    return credentials.issuer === this.options.issuer;
  }

  async authenticate(credentials: GlueBearerToken): Promise<GlueIdentity> {
    const payload = await this.verify(credentials.token);
    const subject = payload[this.claims.subject];
    if (typeof subject !== 'string' || subject === '') {
      throw new InvalidAccessTokenError(`The token has no "${this.claims.subject}" claim.`);
    }
    const email = payload[this.claims.email];
    const identity = await this.resolve({
      issuer: this.options.issuer,
      subject,
      email: typeof email === 'string' ? email : null,
      payload,
    });
    if (!identity)
      throw new InvalidAccessTokenError('The token belongs to nobody who may use this application.');
    return identity;
  }

  private async verify(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...(this.options.algorithms ?? ['RS256', 'ES256'])],
        requiredClaims: ['exp'],
        clockTolerance: 5,
      });
      return payload;
    } catch (error) {
      throw toInvalidAccessToken(error);
    }
  }

  /** The issuer's key set, discovered once however many requests arrive together. */
  private keySet(): Promise<RemoteKeySet> {
    this.keys ??= this.createKeySet().catch((error: unknown) => {
      this.keys = null; // a failed discovery is tried again by the next request
      throw error;
    });
    return this.keys;
  }

  private async createKeySet(): Promise<RemoteKeySet> {
    const uri = this.options.jwksUri ?? (await this.discoverJwksUri());
    return createRemoteJWKSet(new URL(uri), {
      cooldownDuration: this.options.jwksCooldownMs ?? 30_000,
      cacheMaxAge: 600_000,
    });
  }

  private async discoverJwksUri(): Promise<string> {
    const base = this.options.issuer.endsWith('/') ? this.options.issuer : `${this.options.issuer}/`;
    const response = await fetch(new URL('.well-known/openid-configuration', base));
    if (!response.ok)
      throw new Error(`OpenID discovery at ${this.options.issuer} answered ${response.status}.`);
    const document = (await response.json()) as { jwks_uri?: unknown };
    if (typeof document.jwks_uri !== 'string') throw new Error('The OpenID configuration has no jwks_uri.');
    return document.jwks_uri;
  }
}
