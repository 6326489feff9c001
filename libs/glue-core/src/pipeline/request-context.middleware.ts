import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { setRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { NO_STORE } from '../http/cache-control.js';
import { DEFAULT_LINK_OPTIONS, linkBaseUrl, type GlueLinkOptions } from '../http/links.js';
import { GLUE_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { GLUE_STORE_RESOLVER, type GlueStoreResolver } from '../locale/glue-store-resolver.js';
import { readBodyError } from './body-parser.js';

const VALID_REQUEST_ID = /^[\w.:@-]{1,128}$/;

/**
 * Step `hydrate`: the request context. Gives every request an id (echoing a valid `X-Request-Id`),
 * the base its links start with, the security headers, `Vary`, and `Cache-Control: no-store` until
 * a later step decides otherwise. It never refuses a request: the steps after it (`cors`, then
 * `store`, which answers what the bounds refused) can rely on the response carrying these headers.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  private readonly links: GlueLinkOptions;
  /**
   * Every request header a response may depend on besides the URL, so that a shared cache keeps
   * the variants apart: `Authorization` because an authenticated caller is answered `no-store`
   * (and protected routes answer by caller) where an anonymous one may get a public response.
   */
  private readonly vary: string;
  private varyWithProxy: string | undefined;

  constructor(
    @Inject(GLUE_APPLICATION_OPTIONS) private readonly options: GlueApplicationOptions,
    @Inject(GLUE_REQUEST_LIMITS) private readonly limits: GlueRequestLimits,
    @Optional() @Inject(GLUE_STORE_RESOLVER) storeResolver?: GlueStoreResolver,
  ) {
    this.links = options.links ?? DEFAULT_LINK_OPTIONS;
    this.vary = [
      'Accept',
      'Accept-Language',
      'Authorization',
      ...(storeResolver ? ['Store'] : []),
      ...((options.corsOrigins ?? []).length > 0 ? ['Origin'] : []),
    ].join(', ');
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const incomingId = request.header('x-request-id');
    const context: GlueRequestContext = {
      requestId: incomingId && VALID_REQUEST_ID.test(incomingId) ? incomingId : randomUUID(),
      application: this.options.name,
      glueCompatibility: this.options.glueCompatibility ?? false,
      startedAt: performance.now(),
      baseUrl: linkBaseUrl(request, this.links),
      limits: this.limits,
      routed: false,
      store: null,
      locale: null,
      response: null,
      body: null,
      version: null,
      identity: null,
      glueRequest: null,
      publicCacheControl: null,
      includePlan: null,
      includeTurn: null,
      bodyError: readBodyError(request),
    };
    setRequestContext(request, context);
    response.setHeader('X-Request-Id', context.requestId);
    response.setHeader('Vary', this.varyOf(request));
    // Nothing is cacheable unless the route says so (the `format` step).
    response.setHeader('Cache-Control', NO_STORE);
    this.setSecurityHeaders(request, response);
    next();
  }

  /**
   * `vary`, plus `X-Forwarded-Host` and `X-Forwarded-Proto` when they choose the links' base (a
   * trusted proxy and no public URL): then every response depends on them. Decided once.
   */
  private varyOf(request: Request): string {
    if (this.varyWithProxy === undefined) {
      const forwarded = this.links.publicUrl === null && Boolean(request.app.get('trust proxy'));
      this.varyWithProxy = forwarded ? `${this.vary}, X-Forwarded-Host, X-Forwarded-Proto` : this.vary;
    }
    return this.varyWithProxy;
  }

  private setSecurityHeaders(request: Request, response: Response): void {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (request.secure)
      response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
}
