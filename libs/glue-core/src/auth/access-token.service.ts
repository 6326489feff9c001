import { randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { Algorithm } from 'jsonwebtoken';
import { InvalidAccessTokenError, peekJwt, type GlueBearerToken } from './bearer-token.js';
import { verifyJwt, type GlueJwtVerification } from './jwt-verification.js';
import { ACCESS_TOKEN_ALGORITHM, type SigningKeyRing } from './signing-key-ring.js';

export interface AccessTokenOptions {
  /** `iss` of the tokens this application issues. */
  readonly issuer: string;
  /** `aud`: one per application, so a storefront token does not open the backend. */
  readonly audience: string;
  readonly ttlSeconds: number;
  readonly keys: SigningKeyRing;
  /** Clock skew tolerated between processes, in seconds. */
  readonly clockToleranceSeconds?: number;
}

export interface AccessTokenClaims {
  readonly subject: string;
  readonly scopes: readonly string[];
  /** The session the token belongs to (`sid`): revoking the session refuses the token. */
  readonly sessionId: string;
  /** Further private claims (never secrets: a JWT is only signed, not encrypted). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

export interface IssuedAccessToken {
  /** The token's `jti`. */
  readonly id: string;
  readonly accessToken: string;
  readonly expiresIn: number;
}

/**
 * A verified token's payload; `scope` is the space-separated list of RFC 8693 §4.2, `sid` the session
 * (the OpenID Connect claim of that name).
 */
export type AccessTokenPayload = JWTPayload & { readonly scope?: string; readonly sid?: string };

/**
 * Issues and verifies an application's own access tokens: RS256 JWTs with `kid`, `jti`, `sid` and
 * scopes, signed with `jose`, verified by the application's `GlueOAuthStrategy` (passport-jwt) and by
 * `verify` along the same rules (`GlueJwtVerification`).
 */
export class AccessTokenService implements GlueJwtVerification {
  readonly algorithms: readonly Algorithm[] = [ACCESS_TOKEN_ALGORITHM];
  readonly requiredClaims: readonly string[] = ['sub', 'exp', 'iat', 'jti'];
  readonly clockToleranceSeconds: number;

  constructor(readonly options: AccessTokenOptions) {
    this.clockToleranceSeconds = options.clockToleranceSeconds ?? 5;
  }

  get issuer(): string {
    return this.options.issuer;
  }

  get audience(): string {
    return this.options.audience;
  }

  async issue(token: AccessTokenClaims): Promise<IssuedAccessToken> {
    const key = this.options.keys.signingKey;
    const id = randomUUID();
    const accessToken = await new SignJWT({
      ...token.claims,
      scope: token.scopes.join(' '),
      sid: token.sessionId,
    })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(token.subject)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${this.options.ttlSeconds}s`)
      .setJti(id)
      .sign(key.privateKey);
    return { id, accessToken, expiresIn: this.options.ttlSeconds };
  }

  /** The key of the ring the token names (`kid`): every key of the ring verifies, the first signs. */
  keyFor(token: GlueBearerToken): KeyObject {
    const key = token.keyId === null ? undefined : this.options.keys.find(token.keyId);
    if (!key) throw new InvalidAccessTokenError('The access token was signed with an unknown key.');
    return key.publicKey;
  }

  /** The payload of a token this application issued and that is valid now; otherwise throws. */
  verify(token: string): AccessTokenPayload {
    return verifyJwt(this, peekJwt(token), (named) => this.keyFor(named));
  }
}
