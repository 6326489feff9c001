import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import type { GlueRoutingMissStep } from '../http/glue-express.adapter.js';
import { RouteTable } from '../routing/route-table.js';

/**
 * Step `route`, when no route matched: the path is unknown (404, code `007`), or known with other
 * methods (405 with `Allow`). Runs where Nest would throw its own 404, after the router, and hands
 * the error to the error step. `OPTIONS` on a known path never gets here: the CORS step answers it.
 */
@Injectable()
export class RoutingMissStep implements GlueRoutingMissStep {
  constructor(private readonly routes: RouteTable) {}

  handle(request: Request, _response: Response, next: NextFunction): void {
    next(this.routingError(request));
  }

  private routingError(request: Request): GlueHttpException {
    const allowed = this.routes.allowedMethods(request.path);
    if (allowed.length === 0) return GlueHttpException.notFound(`No resource is served at ${request.path}.`);
    return GlueHttpException.of(
      {
        status: 405,
        code: GlueErrorCode.MethodNotAllowed,
        title: 'Method not allowed',
        detail: `${request.method} is not allowed here. Allowed: ${allowed.join(', ')}.`,
      },
      { Allow: allowed.join(', ') },
    );
  }
}
