import type { Request } from 'express';
import { decodeJwt, decodeProtectedHeader } from 'jose';

/**
 * Credentials that are present but cannot be accepted (bad signature, expired, wrong audience,
 * unknown key, a wrong API key, …). The authentication step answers it with 401 and
 * `WWW-Authenticate: Bearer error="invalid_token"`; the message is safe to show the client. A
 * strategy refuses credentials by throwing it from its `validate` (or passing it to `done`).
 */
export class InvalidAccessTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAccessTokenError';
  }
}

/** A request's bearer credential, read once per request however many strategies look at it. */
export interface GlueBearerToken {
  readonly token: string;
  /**
   * The JWT's `iss`, read WITHOUT verifying it: only to choose the strategy that will verify the
   * token. `null` for a token that is not a decodable JWT or names no issuer.
   */
  readonly issuer: string | null;
  /** The JWT header's `alg` and `kid`, unverified: which key to verify with, and whether to try. */
  readonly algorithm: string | null;
  readonly keyId: string | null;
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const PARSED = Symbol('glue.bearer-token');

type WithBearerToken = Request & { [PARSED]?: GlueBearerToken | null };

/**
 * The request's bearer token (RFC 6750 §2.1): `null` without an `Authorization` header or with one
 * that is not a well-formed bearer credential. Parsed once and kept on the request.
 */
export function bearerToken(request: Request): GlueBearerToken | null {
  const known = (request as WithBearerToken)[PARSED];
  if (known !== undefined) return known;
  const header = request.headers.authorization;
  const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
  const parsed = token ? peekJwt(token) : null;
  (request as WithBearerToken)[PARSED] = parsed;
  return parsed;
}

/** A token's unverified `iss`, `alg` and `kid` (all `null` for a token that is not a decodable JWT). */
export function peekJwt(token: string): GlueBearerToken {
  try {
    const { iss } = decodeJwt(token);
    const { alg, kid } = decodeProtectedHeader(token);
    return {
      token,
      issuer: typeof iss === 'string' ? iss : null,
      algorithm: typeof alg === 'string' ? alg : null,
      keyId: typeof kid === 'string' ? kid : null,
    };
  } catch {
    return { token, issuer: null, algorithm: null, keyId: null };
  }
}
