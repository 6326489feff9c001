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

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * The request's bearer token (RFC 6750 §2.1), `null` without an `Authorization` header; a header
 * that is not a well-formed bearer credential is an invalid token.
 */
export function readBearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return null;
  const match = BEARER.exec(header);
  if (!match?.[1]) throw new InvalidAccessTokenError('The Authorization header is not a Bearer token.');
  return match[1];
}

/**
 * The `iss` claim of a JWT, read WITHOUT verifying it: only to choose the server that will verify
 * the token. `null` for anything that is not a decodable JWT.
 */
export function peekIssuer(token: string): string | null {
  try {
    const issuer = decodeJwt(token).iss;
    return typeof issuer === 'string' ? issuer : null;
  } catch {
    return null;
  }
}

/** The `iss` of the request's bearer token, for `GlueAuthenticationServer.appliesTo`. */
export function bearerTokenIssuer(request: Request): string | null {
  try {
    const token = readBearerToken(request);
    return token === null ? null : peekIssuer(token);
  } catch {
    return null;
  }
}
