import type { Request } from 'express';
import type { GlueIdentity } from '../context/glue-request.js';

/**
 * Resolves the caller of a request. An application lists its servers in order; the first whose
 * `appliesTo` is true handles the request (by grant type, token issuer, …).
 */
export interface GlueAuthenticationServer {
  readonly name: string;
  appliesTo(request: Request): boolean;
  /**
   * The identity behind the request's credentials, or `null` when it carries none. Throws
   * `GlueHttpException` (401) for credentials that are present but invalid.
   */
  authenticate(request: Request): Promise<GlueIdentity | null>;
}

export const GLUE_AUTHENTICATION_SERVERS = Symbol('GLUE_AUTHENTICATION_SERVERS');
