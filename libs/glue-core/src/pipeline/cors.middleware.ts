import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { sendReply } from '../http/glue-express.adapter.js';
import { GlueHttpReply } from '../http/glue-http-reply.js';
import { RouteTable } from '../routing/route-table.js';
import { readRequestError } from './request-bounds.js';

/** What a preflight may ask to send when it does not say (`Access-Control-Request-Headers`). */
const DEFAULT_ALLOWED_HEADERS =
  'Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-Request-Id';

/** Response headers a browser script may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = 'X-Request-Id, Location, Content-Language, ETag';

/**
 * Step `cors`: CORS and `OPTIONS`, in this one place. A request from an allowed origin
 * (`GlueApplicationOptions.corsOrigins`) gets `Access-Control-Allow-Origin` and
 * `Access-Control-Expose-Headers` before any later step can refuse it, so a browser can read the
 * error too. `OPTIONS` on a path routes are declared for (and no route of its own) is answered
 * here: 204 with `Allow`, and for a preflight from an allowed origin the `Access-Control-Allow-*`
 * headers and `Access-Control-Max-Age`; it runs after `hydrate`, so the answer has its request id
 * and security headers, and needs no store. Any other request costs one method comparison (and,
 * with allowed origins, one `Origin` lookup).
 */
@Injectable()
export class CorsMiddleware implements NestMiddleware {
  private readonly origins: ReadonlySet<string>;

  constructor(
    @Inject(GLUE_APPLICATION_OPTIONS) options: GlueApplicationOptions,
    private readonly routes: RouteTable,
  ) {
    this.origins = new Set(options.corsOrigins ?? []);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const origin = this.origins.size > 0 ? this.allowedOrigin(request) : null;
    if (origin) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (request.method === 'OPTIONS' && this.answerOptions(request, response, origin)) return;
    next();
  }

  private allowedOrigin(request: Request): string | null {
    const origin = request.header('origin');
    return origin && this.origins.has(origin) ? origin : null;
  }

  /**
   * 204 with `Allow` for `OPTIONS` on a known path; `false` (the request goes on) for a path a
   * route serves `OPTIONS` on itself, an unknown path (404 from the routing step) and a request
   * the bounds refused (400 from the `store` step).
   */
  private answerOptions(request: Request, response: Response, origin: string | null): boolean {
    if (readRequestError(request) || this.routes.routeFor('OPTIONS', request.path)) return false;
    const allowed = this.routes.allowedMethods(request.path);
    if (allowed.length === 0) return false;
    const headers: Record<string, string> = { Allow: allowed.join(', ') };
    if (origin) {
      headers['Access-Control-Allow-Methods'] = allowed.join(', ');
      headers['Access-Control-Allow-Headers'] =
        request.header('access-control-request-headers') ?? DEFAULT_ALLOWED_HEADERS;
      headers['Access-Control-Max-Age'] = '600';
    }
    sendReply(response, GlueHttpReply.empty(204, headers));
    return true;
  }
}
