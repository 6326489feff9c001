import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { findRequestContext } from '../context/request-context.js';
import { GLUE_HEALTH_PATH } from '../health/health-path.js';

/** glue-core's health endpoints (`/health/live`, `/health/ready`): polled by probes, not logged. */
const HEALTH_ROUTE_PREFIX = `${GLUE_HEALTH_PATH}/`;

export interface AccessLogOptions {
  readonly logger?: Logger;
  /**
   * Route patterns (`/health-check`) whose requests are not logged, besides glue-core's
   * `/health/*`: the application's own probe endpoints. Only a request that matched one of them
   * is left out, so `/health-checks` or `/health-check/x` is still logged.
   */
  readonly unloggedRoutes?: readonly string[];
}

/**
 * The access log: one line per request once its response is over (or the client went away),
 *
 *   `storefront GET /abstract-products/:sku 200 3.4ms 5f0c…` (application, method, route, status,
 *   duration, request id; `aborted` instead of the status when the client left first)
 *
 * The route is the pattern that matched, never the path as sent, and the query string is never
 * written: ids, references, filters and search terms can be personal data, and a path may hold
 * a secret (`DELETE /refresh-tokens/{token}`). A path no route matched is logged by its first
 * segment only (`/wp-admin/…`), so probes stay visible. Headers (`Authorization`, cookies) and
 * bodies are never read. The request id, which the client also got in `X-Request-Id`, links a
 * line to error logs and to what the client saw. Requests that matched glue-core's `/health/*`
 * or one of the application's `unloggedRoutes` are not logged (probes).
 */
export function accessLog(options: AccessLogOptions = {}): RequestHandler {
  const logger = options.logger ?? new Logger('Access');
  const unlogged = new Set(options.unloggedRoutes);
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    response.once('close', () => {
      const route = matchedRoute(request);
      if (route !== null && (route.startsWith(HEALTH_ROUTE_PREFIX) || unlogged.has(route))) return;
      logger.log(accessLine(request, response, started, route ?? unmatched(request)));
    });
    next();
  };
}

function accessLine(request: Request, response: Response, started: number, path: string): string {
  const context = findRequestContext(request);
  const status = response.writableFinished ? String(response.statusCode) : 'aborted';
  const duration = (performance.now() - started).toFixed(1);
  const requestId = context?.requestId ?? '-';
  return `${context?.application ?? '-'} ${request.method} ${path} ${status} ${duration}ms ${requestId}`;
}

/**
 * A request's path as logs may show it: the route pattern that matched (`/refresh-tokens/:token`),
 * or the first segment of a path no route matched (`/wp-admin/…`). Never ids, tokens or queries.
 */
export function loggablePath(request: Request): string {
  return matchedRoute(request) ?? unmatched(request);
}

/**
 * The pattern of the route that matched, or `null`. Express sets `route` to the last route that
 * matched: the controller's (typed `any`).
 */
function matchedRoute(request: Request): string | null {
  if (findRequestContext(request)?.routed !== true) return null;
  const route = (request.route as { readonly path?: unknown } | undefined)?.path;
  return typeof route === 'string' ? route : null;
}

function unmatched(request: Request): string {
  const [, first = '', ...rest] = request.path.split('/');
  // Printable ASCII only, at most 64 characters: nothing a client sends can forge a log line.
  const segment = first.replace(/[^\x21-\x7e]/g, '?').slice(0, 64);
  return `/${segment}${rest.length > 0 ? '/…' : ''}`;
}
