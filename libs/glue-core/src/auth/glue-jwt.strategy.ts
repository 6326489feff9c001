import type { KeyObject } from 'node:crypto';
import type { Request } from 'express';
import { Strategy as JwtStrategy, type SecretOrKeyProvider, type VerifiedCallback } from 'passport-jwt';
import type { GlueIdentity } from '../context/glue-request.js';
import { bearerToken, InvalidAccessTokenError } from './bearer-token.js';
import {
  checkAlgorithm,
  jwtVerifyOptions,
  requireClaims,
  toInvalidAccessToken,
  type GlueJwtVerification,
  type JwtClaims,
} from './jwt-verification.js';

/** The key could not be had for a reason that is not the token's (the issuer's JWKS is unreachable). */
class KeyUnavailableError extends Error {
  constructor(readonly reason: unknown) {
    super('The verification key could not be obtained.');
  }
}

/**
 * A `passport-jwt` strategy for the bearer tokens of one issuer: the base of the built-in token
 * server (`GlueOAuthStrategy`) and of external issuers (`OpenIdConnectStrategy`). jsonwebtoken checks
 * the signature with the key `verification.keyFor` gives (a `KeyObject`, so no PEM is parsed per
 * request), the `alg` allow-list, `iss`, `aud`, `exp` and `nbf`; `validate` maps the claims to the
 * caller.
 *
 * In an application's ordered list of strategies, a token whose unverified `iss` is not this issuer's
 * is passed on (`fail`: Passport tries the next strategy); a token of this issuer is decided here:
 * accepted, or refused with `InvalidAccessTokenError` (`error`: Passport stops, the pipeline answers
 * 401), so a later strategy never gets a second opinion on a token its issuer refused.
 */
export abstract class GlueJwtStrategy extends JwtStrategy {
  protected readonly verification: GlueJwtVerification;

  protected constructor(verification: GlueJwtVerification) {
    const options = jwtVerifyOptions(verification);
    super(
      {
        jwtFromRequest: (request: Request) => bearerToken(request)?.token ?? null,
        secretOrKeyProvider: provideKey(verification),
        algorithms: options.algorithms,
        issuer: options.issuer,
        audience: options.audience,
        jsonWebTokenOptions: options,
      },
      // Called by Passport, long after the constructor has returned.
      (payload: unknown, done: VerifiedCallback) => this.verified(payload, done),
    );
    this.verification = verification;
  }

  /** The caller a verified token names; throws `InvalidAccessTokenError` to refuse it. */
  protected abstract validate(claims: JwtClaims): GlueIdentity | Promise<GlueIdentity>;

  override authenticate(request: Request, options?: object): void {
    if (bearerToken(request)?.issuer !== this.verification.issuer) return this.fail(401);
    // Passport made `this` for this request: the token is ours, any failure ends the search.
    this.fail = (challenge: unknown) => {
      if (challenge instanceof KeyUnavailableError) return this.error(challenge.reason as Error);
      this.error(toInvalidAccessToken(challenge));
    };
    super.authenticate(request, options);
  }

  private verified(payload: unknown, done: VerifiedCallback): void {
    try {
      const identity = this.validate(requireClaims(this.verification, payload));
      if (identity instanceof Promise) identity.then((caller) => done(null, caller), done);
      else done(null, identity);
    } catch (error) {
      done(error);
    }
  }
}

function provideKey(verification: GlueJwtVerification): SecretOrKeyProvider<Request> {
  const provide = (request: Request, _raw: unknown, done: (error: unknown, key?: KeyObject) => void) => {
    try {
      const token = bearerToken(request);
      if (token === null) throw new TypeError('The strategy runs only for a bearer token.');
      checkAlgorithm(verification, token);
      const key = verification.keyFor(token);
      if (!(key instanceof Promise)) return done(null, key);
      key.then(
        (found) => done(null, found),
        (error: unknown) => done(keyError(error)),
      );
    } catch (error) {
      done(keyError(error));
    }
  };
  // jsonwebtoken 9 verifies with a KeyObject (its types say string | Buffer).
  return provide as unknown as SecretOrKeyProvider<Request>;
}

/** A refused key (unknown `kid`, `alg` not allowed) is the token's fault; anything else is not. */
function keyError(error: unknown): unknown {
  return error instanceof InvalidAccessTokenError ? error : new KeyUnavailableError(error);
}
