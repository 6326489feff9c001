import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { GLUE_PUBLIC_METADATA, GLUE_SCOPES_METADATA } from '../auth/auth.decorators.js';
import { getRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';

/**
 * Step 4: authorization. Routes are protected unless marked `@Public()`: an anonymous caller gets
 * 401 with `WWW-Authenticate`, a caller without the route's `@Scopes()` gets 403.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(GLUE_PUBLIC_METADATA, targets)) return true;
    const identity = getRequestContext(execution.switchToHttp().getRequest<Request>()).identity;
    if (!identity) {
      throw GlueHttpException.of(
        {
          status: 401,
          code: GlueErrorCode.MissingAccessToken,
          title: 'Unauthorized',
          detail: 'This resource requires an access token.',
          source: { header: 'Authorization' },
        },
        { 'WWW-Authenticate': `Bearer realm="${this.options.name}"` },
      );
    }
    const required = this.reflector.getAllAndMerge<string[]>(GLUE_SCOPES_METADATA, targets);
    const missing = required.filter((scope) => !identity.scopes.includes(scope));
    if (missing.length > 0) {
      throw GlueHttpException.forbidden(`The access token lacks the scope(s): ${missing.join(', ')}.`);
    }
    return true;
  }
}
