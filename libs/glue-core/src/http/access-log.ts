import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { findRequestContext } from '../context/request-context.js';
import { GLUE_HEALTH_PATH } from '../health/health-path.js';

/** Glue's `health-check` resource is polled like the health endpoints and left out with them. */
const UNLOGGED_PREFIXES = [`${GLUE_HEALTH_PATH}/`, '/health-check'];

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
 * line to error logs and to what the client saw. `/health/*` and `/health-check` are not logged.
 */
export function accessLog(logger: Logger = new Logger('Access')): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const path = request.path;
    if (!UNLOGGED_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      const started = performance.now();
      response.once('close', () => logger.log(accessLine(request, response, started)));
    }
    next();
  };
}

function accessLine(request: Request, response: Response, started: number): string {
  const context = findRequestContext(request);
  const status = response.writableFinished ? String(response.statusCode) : 'aborted';
  const duration = (performance.now() - started).toFixed(1);
  const requestId = context?.requestId ?? '-';
  return `${context?.application ?? '-'} ${request.method} ${loggablePath(request)} ${status} ${duration}ms ${requestId}`;
}

/**
 * A request's path as logs may show it: the route pattern that matched (`/refresh-tokens/:token`),
 * or the first segment of a path no route matched (`/wp-admin/…`). Never ids, tokens or queries.
 */
export function loggablePath(request: Request): string {
  return findRequestContext(request)?.routed === true ? routeOf(request) : unmatched(request);
}

/** Express sets `route` to the last route that matched: the controller's (typed `any`). */
function routeOf(request: Request): string {
  const route = (request.route as { readonly path?: unknown } | undefined)?.path;
  return typeof route === 'string' ? route : unmatched(request);
}

function unmatched(request: Request): string {
  const [, first = '', ...rest] = request.path.split('/');
  // Printable ASCII only, at most 64 characters: nothing a client sends can forge a log line.
  const segment = first.replace(/[^\x21-\x7e]/g, '?').slice(0, 64);
  return `/${segment}${rest.length > 0 ? '/…' : ''}`;
}
