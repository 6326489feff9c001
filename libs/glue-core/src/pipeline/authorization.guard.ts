import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { routeAccess } from '../auth/route-access.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step `authorize`: authorization. Routes are protected unless marked `@Public()`: an anonymous caller gets
 * 401 with `WWW-Authenticate`, a caller without the route's `@Scopes()` gets 403.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  canActivate(execution: ExecutionContext): boolean {
    const access = routeAccess(execution.getClass(), execution.getHandler());
    if (access.public) return true;
    const identity = getRequestContext(execution.switchToHttp().getRequest<Request>()).identity;
    if (!identity) {
      throw GlueHttpException.unauthorized({
        code: GlueErrorCode.MissingAccessToken,
        detail: 'This resource requires an access token.',
        source: { header: 'Authorization' },
      });
    }
    const missing = access.scopes.filter((scope) => !identity.scopes.includes(scope));
    if (missing.length > 0) {
      throw GlueHttpException.forbidden(`The access token lacks the scope(s): ${missing.join(', ')}.`);
    }
    return true;
  }
}
