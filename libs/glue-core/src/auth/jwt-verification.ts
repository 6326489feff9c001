import type { KeyObject } from 'node:crypto';
import jwt, { type Algorithm, type VerifyOptions } from 'jsonwebtoken';
import { InvalidAccessTokenError, type GlueBearerToken } from './bearer-token.js';

/** The claims of a JWT whose signature, `alg`, `iss`, `aud`, `exp` and `nbf` were verified. */
export type JwtClaims = Readonly<Record<string, unknown>>;

/**
 * How the tokens of one issuer are verified: by `GlueJwtStrategy` (through passport-jwt, which
 * runs jsonwebtoken) and, for the application's own tokens, by `AccessTokenService.verify`. One
 * set of rules for both.
 */
export interface GlueJwtVerification {
  /** `iss`: the tokens this verification applies to (chosen by the unverified `iss`, then checked). */
  readonly issuer: string;
  /** `aud` the tokens must carry. */
  readonly audience: string;
  /** The `alg` allow-list: any other algorithm is refused before a key is looked for. */
  readonly algorithms: readonly Algorithm[];
  readonly clockToleranceSeconds: number;
  /** Claims that must be present (jsonwebtoken checks only those it is told to compare). */
  readonly requiredClaims: readonly string[];
  /**
   * The public key that verifies a token with this header (its `alg` is already allowed); throws
   * `InvalidAccessTokenError` for an unknown key. Anything else it throws is not the client's fault.
   */
  keyFor(token: GlueBearerToken): KeyObject | Promise<KeyObject>;
}

/** jsonwebtoken's options for a verification. */
export function jwtVerifyOptions(verification: GlueJwtVerification): VerifyOptions & {
  algorithms: Algorithm[];
  issuer: string;
  audience: string;
} {
  return {
    algorithms: [...verification.algorithms],
    issuer: verification.issuer,
    audience: verification.audience,
    clockTolerance: verification.clockToleranceSeconds,
  };
}

/** Refuses an `alg` outside the allow-list (`none`, HS256 with a public key, …) before any key is used. */
export function checkAlgorithm(verification: GlueJwtVerification, token: GlueBearerToken): void {
  if (!verification.algorithms.includes(token.algorithm as Algorithm)) {
    throw new InvalidAccessTokenError('The access token is signed with an algorithm that is not accepted.');
  }
}

/** The verified payload, once the claims jsonwebtoken does not check are present and well-typed. */
export function requireClaims(verification: GlueJwtVerification, payload: unknown): JwtClaims {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InvalidAccessTokenError('The access token is not valid.');
  }
  const claims = payload as JwtClaims;
  for (const claim of verification.requiredClaims) {
    if (claims[claim] === undefined) throw claimRefused(claim);
  }
  if (claims['iat'] !== undefined && typeof claims['iat'] !== 'number') throw claimRefused('iat');
  return claims;
}

/**
 * Verifies a token synchronously, for a verification whose keys are known without I/O (the
 * application's own key ring): the strategy's rules, for callers outside the pipeline (RFC 7009).
 */
export function verifyJwt(
  verification: GlueJwtVerification,
  token: GlueBearerToken,
  keyFor: (token: GlueBearerToken) => KeyObject,
): JwtClaims {
  try {
    checkAlgorithm(verification, token);
    const key = keyFor(token);
    return requireClaims(verification, jwt.verify(token.token, key, jwtVerifyOptions(verification)));
  } catch (error) {
    throw toInvalidAccessToken(error);
  }
}

/**
 * What went wrong verifying a token, as the one client-facing error with a message that says why.
 * Only for errors of the verification itself (jsonwebtoken's and ours): they are the token's fault.
 */
export function toInvalidAccessToken(error: unknown): InvalidAccessTokenError {
  if (error instanceof InvalidAccessTokenError) return error;
  if (error instanceof jwt.TokenExpiredError)
    return new InvalidAccessTokenError('The access token has expired.');
  if (error instanceof jwt.NotBeforeError)
    return new InvalidAccessTokenError('The access token is not valid yet.');
  if (error instanceof jwt.JsonWebTokenError) {
    const claim = /^jwt (audience|issuer) invalid|^invalid (nbf|exp) value/.exec(error.message);
    if (claim?.[1] === 'audience') return claimRefused('aud');
    if (claim?.[1] === 'issuer') return claimRefused('iss');
    if (claim?.[2] !== undefined) return claimRefused(claim[2]);
    if (error.message === 'invalid algorithm') {
      return new InvalidAccessTokenError(
        'The access token is signed with an algorithm that is not accepted.',
      );
    }
  }
  return new InvalidAccessTokenError('The access token is not valid.');
}

function claimRefused(claim: string): InvalidAccessTokenError {
  return new InvalidAccessTokenError(`The access token's "${claim}" claim is not accepted here.`);
}
