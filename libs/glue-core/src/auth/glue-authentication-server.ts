import type { GlueIdentity } from '../context/glue-request.js';
import type { GlueBearerToken } from './bearer-token.js';

/**
 * Resolves the caller of a request that carries a bearer token. An application lists its servers
 * in order; the first whose `appliesTo` is true (typically: the token's issuer is the server's)
 * verifies the token.
 */
export interface GlueAuthenticationServer {
  appliesTo(credentials: GlueBearerToken): boolean;
  /** The identity behind the token; throws `InvalidAccessTokenError` for a token it does not accept. */
  authenticate(credentials: GlueBearerToken): Promise<GlueIdentity>;
}

/**
 * Injection token of an application's servers, in order. `GlueApplicationModule.forRoot` provides
 * it from the `authenticationServers` tokens, which modules in its `imports` provide.
 */
export const GLUE_AUTHENTICATION_SERVERS = Symbol('GLUE_AUTHENTICATION_SERVERS');
