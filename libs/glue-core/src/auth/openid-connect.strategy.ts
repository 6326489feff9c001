import { createPublicKey, type KeyObject } from 'node:crypto';
import type { JWTPayload } from 'jose';
import type { Algorithm } from 'jsonwebtoken';
import {
  JwksClient,
  JwksError,
  JwksRateLimitError,
  SigningKeyNotFoundError,
  type SigningKey,
} from 'jwks-rsa';
import type { GlueIdentity } from '../context/glue-request.js';
import { InvalidAccessTokenError, type GlueBearerToken } from './bearer-token.js';
import { GlueJwtStrategy } from './glue-jwt.strategy.js';
import type { GlueJwtVerification, JwtClaims } from './jwt-verification.js';

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
  readonly algorithms?: readonly Algorithm[];
  /**
   * Least time between two JWKS fetches for keys not cached yet (default 30 s, as at most
   * 60 000 / `jwksCooldownMs` fetches a minute); 0: no limit.
   */
  readonly jwksCooldownMs?: number;
}

/** What the issuer vouches for, mapped through the claim mapping. */
export interface ExternalIdentityClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | null;
  readonly payload: JWTPayload;
}

/** Maps a verified external identity to a local user or customer; `null` when there is none. */
export type ExternalIdentityResolver = (claims: ExternalIdentityClaims) => Promise<GlueIdentity | null>;

const JWKS_CACHE_MS = 600_000;
const JWKS_TIMEOUT_MS = 5_000;
const UNKNOWN_KEY = 'The access token was signed with an unknown key.';
const CURVES: Readonly<Record<string, string>> = {
  ES256: 'prime256v1',
  ES384: 'secp384r1',
  ES512: 'secp521r1',
};

/**
 * An external OpenID Connect issuer (Auth0, Keycloak, Entra ID, …) as a Passport strategy
 * (`passport-jwt`): tokens whose `iss` is the issuer are verified against its JWKS (`jwks-rsa`: each
 * key cached 10 minutes; a token naming an unknown `kid` fetches the set again, rate-limited by
 * `jwksCooldownMs`) and mapped to a local account by the application's resolver.
 */
export class OpenIdConnectStrategy extends GlueJwtStrategy {
  override name = 'openid-connect';
  private readonly claims: OpenIdConnectClaimMapping;
  private readonly resolve: ExternalIdentityResolver;

  constructor(options: OpenIdConnectOptions, resolve: ExternalIdentityResolver) {
    super(new IssuerKeys(options));
    this.claims = { subject: 'sub', email: 'email', ...options.claims };
    this.resolve = resolve;
  }

  protected async validate(payload: JwtClaims): Promise<GlueIdentity> {
    const subject = payload[this.claims.subject];
    if (typeof subject !== 'string' || subject === '') {
      throw new InvalidAccessTokenError(`The token has no "${this.claims.subject}" claim.`);
    }
    const email = payload[this.claims.email];
    const identity = await this.resolve({
      issuer: this.verification.issuer,
      subject,
      email: typeof email === 'string' ? email : null,
      payload,
    });
    if (!identity) {
      throw new InvalidAccessTokenError('The token belongs to nobody who may use this application.');
    }
    return identity;
  }
}

/** The issuer's verification rules and its keys, from its JWKS. */
class IssuerKeys implements GlueJwtVerification {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly Algorithm[];
  readonly clockToleranceSeconds = 5;
  readonly requiredClaims = ['exp'];
  private client: Promise<JwksClient> | null = null;
  /** The `KeyObject` of each key jwks-rsa hands out (it caches the keys; this only avoids re-parsing). */
  private readonly parsed = new WeakMap<SigningKey, KeyObject>();

  constructor(private readonly options: OpenIdConnectOptions) {
    this.issuer = options.issuer;
    this.audience = options.audience;
    this.algorithms = options.algorithms ?? ['RS256', 'ES256'];
  }

  async keyFor(token: GlueBearerToken): Promise<KeyObject> {
    const client = await this.jwksClient();
    const signingKey = await client.getSigningKey(token.keyId).catch((error: unknown) => {
      if (error instanceof SigningKeyNotFoundError || error instanceof JwksRateLimitError) {
        throw new InvalidAccessTokenError(UNKNOWN_KEY);
      }
      // The issuer answered with something that is no key set.
      if (error instanceof JwksError) throw new InvalidAccessTokenError('The access token is not valid.');
      throw error;
    });
    let key = this.parsed.get(signingKey);
    if (!key) {
      key = createPublicKey(signingKey.getPublicKey());
      this.parsed.set(signingKey, key);
    }
    if (!fits(key, signingKey, token.algorithm ?? '')) throw new InvalidAccessTokenError(UNKNOWN_KEY);
    return key;
  }

  /** The issuer's key set client, discovered once however many requests arrive together. */
  private jwksClient(): Promise<JwksClient> {
    this.client ??= this.createClient().catch((error: unknown) => {
      this.client = null; // a failed discovery is tried again by the next request
      throw error;
    });
    return this.client;
  }

  private async createClient(): Promise<JwksClient> {
    const cooldownMs = this.options.jwksCooldownMs ?? 30_000;
    return new JwksClient({
      jwksUri: this.options.jwksUri ?? (await this.discoverJwksUri()),
      cache: true,
      cacheMaxAge: JWKS_CACHE_MS,
      rateLimit: cooldownMs > 0,
      jwksRequestsPerMinute: Math.max(1, Math.floor(60_000 / Math.max(cooldownMs, 1))),
      timeout: JWKS_TIMEOUT_MS,
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

/** Whether the key may verify `alg`: its type (and curve) fit, and the JWK names no other `alg`. */
function fits(key: KeyObject, signingKey: SigningKey, algorithm: string): boolean {
  if ((signingKey.alg as string | undefined) !== undefined && signingKey.alg !== algorithm) return false;
  if (algorithm.startsWith('ES')) {
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === CURVES[algorithm];
  }
  return /^(RS|PS)/.test(algorithm) && key.asymmetricKeyType === 'rsa';
}
