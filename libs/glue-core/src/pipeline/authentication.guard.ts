import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { InvalidAccessTokenError, readBearerToken } from '../auth/bearer-token.js';
import {
  GLUE_AUTHENTICATION_SERVERS,
  type GlueAuthenticationServer,
} from '../auth/glue-authentication-server.js';
import { routeAccess } from '../auth/route-access.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step 3: authentication. A request with a bearer token is handled by the first of the
 * application's servers that applies to it (by the token's issuer); a token no server accepts is a
 * 401 with `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 §3.1). Without credentials
 * the caller stays anonymous and step 4 decides whether that is enough. A public route ignores a
 * bad token: a stale token must not lock a shopper out of the catalog.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    @Inject(GLUE_AUTHENTICATION_SERVERS) private readonly servers: readonly GlueAuthenticationServer[],
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<Request>();
    if (request.headers.authorization === undefined) return true;
    try {
      const credentials = readBearerToken(request);
      const server = credentials && this.servers.find((candidate) => candidate.appliesTo(credentials));
      if (!credentials || !server) {
        throw new InvalidAccessTokenError(
          'The access token was not issued by an issuer this application trusts.',
        );
      }
      getRequestContext(request).identity = await server.authenticate(credentials);
      return true;
    } catch (error) {
      if (!(error instanceof InvalidAccessTokenError)) throw error;
      if (routeAccess(execution.getClass(), execution.getHandler()).public) return true;
      throw GlueHttpException.unauthorized(
        {
          code: GlueErrorCode.InvalidAccessToken,
          detail: error.message,
          source: { header: 'Authorization' },
        },
        { error: 'invalid_token', description: error.message },
      );
    }
  }
}
