import type { Request } from 'express';
import { decodeJwt } from 'jose';

/**
 * A token that is present but cannot be accepted (bad signature, expired, wrong audience, unknown
 * key, …). The authentication step answers it with 401 and `WWW-Authenticate: Bearer
 * error="invalid_token"`; the message is safe to show the client.
 */
export class InvalidAccessTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAccessTokenError';
  }
}

/** A request's bearer credential, read once by the authentication step. */
export interface GlueBearerToken {
  readonly token: string;
  /**
   * The JWT's `iss`, read WITHOUT verifying it: only to choose the server that will verify the
   * token. `null` for a token that is not a decodable JWT or names no issuer.
   */
  readonly issuer: string | null;
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * The request's bearer token (RFC 6750 §2.1), `null` without an `Authorization` header; a header
 * that is not a well-formed bearer credential is an invalid token.
 */
export function readBearerToken(request: Request): GlueBearerToken | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const token = BEARER.exec(header)?.[1];
  if (!token) throw new InvalidAccessTokenError('The Authorization header is not a Bearer token.');
  return { token, issuer: peekIssuer(token) };
}

function peekIssuer(token: string): string | null {
  try {
    const issuer = decodeJwt(token).iss;
    return typeof issuer === 'string' ? issuer : null;
  } catch {
    return null;
  }
}
