import type { Request } from 'express';
import type { GlueIdentity } from '../context/glue-request.js';

/**
 * Resolves the caller of a request. An application lists its servers in order; the first whose
 * `appliesTo` is true handles the request (typically by the issuer of its bearer token).
 */
export interface GlueAuthenticationServer {
  readonly name: string;
  appliesTo(request: Request): boolean;
  /**
   * The identity behind the request's credentials, or `null` when it carries none. Throws
   * `InvalidAccessTokenError` for credentials that are present but not acceptable.
   */
  authenticate(request: Request): Promise<GlueIdentity | null>;
}

/**
 * Injection token of an application's servers, in order. `GlueApplicationModule.forRoot` provides
 * it from the `authenticationServers` tokens, which modules in its `imports` provide.
 */
export const GLUE_AUTHENTICATION_SERVERS = Symbol('GLUE_AUTHENTICATION_SERVERS');
