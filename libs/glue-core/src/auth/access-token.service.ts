import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWSHeaderParameters, type JWTPayload } from 'jose';
import { InvalidAccessTokenError } from './bearer-token.js';
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

/** Issues and verifies an application's own access tokens: RS256 JWTs with `kid`, `jti`, `sid` and scopes. */
export class AccessTokenService {
  constructor(readonly options: AccessTokenOptions) {}

  get issuer(): string {
    return this.options.issuer;
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

  /** The payload of a token this application issued and that is valid now; otherwise throws. */
  async verify(token: string): Promise<AccessTokenPayload> {
    const keys = this.options.keys;
    // jose refuses any algorithm but RS256 before it asks for the key.
    const keyFor = (header: JWSHeaderParameters) => {
      const key = header.kid === undefined ? undefined : keys.find(header.kid);
      if (!key) throw new InvalidAccessTokenError('The access token was signed with an unknown key.');
      return key.publicKey;
    };
    try {
      const { payload } = await jwtVerify<AccessTokenPayload>(token, keyFor, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
      });
      return payload;
    } catch (error) {
      throw toInvalidAccessToken(error);
    }
  }
}

/** jose's verification errors as the one client-facing error, with a message that says why. */
export function toInvalidAccessToken(error: unknown): InvalidAccessTokenError {
  if (error instanceof InvalidAccessTokenError) return error;
  if (error instanceof errors.JWTExpired) return new InvalidAccessTokenError('The access token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    if (claim === 'nbf' || claim === 'iat') {
      return new InvalidAccessTokenError('The access token is not valid yet.');
    }
    return new InvalidAccessTokenError(`The access token's "${claim}" claim is not accepted here.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new InvalidAccessTokenError('The access token is signed with an algorithm that is not accepted.');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidAccessTokenError('The access token was signed with an unknown key.');
  }
  if (error instanceof errors.JOSEError) return new InvalidAccessTokenError('The access token is not valid.');
  // Anything else (a bug, a network failure fetching keys) is not the client's fault.
  throw error;
}
