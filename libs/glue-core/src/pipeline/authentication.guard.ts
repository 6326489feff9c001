import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { GLUE_PUBLIC_METADATA } from '../auth/auth.decorators.js';
import { InvalidAccessTokenError } from '../auth/bearer-token.js';
import {
  GLUE_AUTHENTICATION_SERVERS,
  type GlueAuthenticationServer,
} from '../auth/glue-authentication-server.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step 3: authentication. A request with credentials is handled by the first of the application's
 * servers that applies to it (by the token's issuer); a token no server accepts is a 401 with
 * `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750 §3.1). Without credentials the caller
 * stays anonymous and step 4 decides whether that is enough. A public route ignores a bad token:
 * a stale token must not lock a shopper out of the catalog.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(GLUE_AUTHENTICATION_SERVERS) private readonly servers: readonly GlueAuthenticationServer[],
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<Request>();
    if (request.headers.authorization === undefined) return true;
    try {
      const server = this.servers.find((candidate) => candidate.appliesTo(request));
      if (!server) {
        throw new InvalidAccessTokenError(
          'The access token was not issued by an issuer this application trusts.',
        );
      }
      getRequestContext(request).identity = await server.authenticate(request);
      return true;
    } catch (error) {
      if (!(error instanceof InvalidAccessTokenError)) throw error;
      const targets = [execution.getHandler(), execution.getClass()];
      if (this.reflector.getAllAndOverride<boolean>(GLUE_PUBLIC_METADATA, targets)) return true;
      throw invalidToken(this.options.name, error.message);
    }
  }
}

function invalidToken(realm: string, detail: string): GlueHttpException {
  const description = detail.replace(/["\\]/g, "'");
  return GlueHttpException.of(
    {
      status: 401,
      code: GlueErrorCode.InvalidAccessToken,
      title: 'Unauthorized',
      detail,
      source: { header: 'Authorization' },
    },
    {
      'WWW-Authenticate': `Bearer realm="${realm}", error="invalid_token", error_description="${description}"`,
    },
  );
}
