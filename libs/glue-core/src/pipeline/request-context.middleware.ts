import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { setRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { readBodyError } from '../http/body-parser.js';
import { NO_STORE } from '../http/cache-control.js';
import { DEFAULT_LINK_OPTIONS, linkBaseUrl, type GlueLinkOptions } from '../http/links.js';
import { GLUE_REQUEST_LIMITS, type GlueRequestLimits } from '../limits/request-limits.js';
import { GLUE_HEALTH_PATH } from '../health/health-path.js';
import { negotiateLocale } from '../locale/accept-language.js';
import { GLUE_STORE_RESOLVER, type GlueStoreResolver } from '../locale/glue-store-resolver.js';
import { readRequestError } from './request-bounds.js';

const VALID_REQUEST_ID = /^[\w.:@-]{1,128}$/;
const HEALTH_PREFIX = `${GLUE_HEALTH_PATH}/`;

/**
 * Step 1: request context. Gives every request an id (echoing a valid `X-Request-Id`), the base
 * its links start with, the security headers, `Vary`, `Cache-Control: no-store` until a later step
 * decides otherwise, CORS headers for allowed origins, and its store and locale. What the request
 * and body bounds (step 0) refused is answered here, before the store is looked up.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  private readonly corsOrigins: ReadonlySet<string>;
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
    @Optional() @Inject(GLUE_STORE_RESOLVER) private readonly storeResolver?: GlueStoreResolver,
  ) {
    this.corsOrigins = new Set(options.corsOrigins ?? []);
    this.links = options.links ?? DEFAULT_LINK_OPTIONS;
    this.vary = [
      'Accept',
      'Accept-Language',
      'Authorization',
      ...(storeResolver ? ['Store'] : []),
      ...(this.corsOrigins.size > 0 ? ['Origin'] : []),
    ].join(', ');
  }

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const incomingId = request.header('x-request-id');
    const context: GlueRequestContext = {
      requestId: incomingId && VALID_REQUEST_ID.test(incomingId) ? incomingId : randomUUID(),
      application: this.options.name,
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
      includeTree: [],
      includeTurn: null,
      bodyError: readBodyError(request),
    };
    setRequestContext(request, context);
    response.setHeader('X-Request-Id', context.requestId);
    response.setHeader('Vary', this.varyOf(request));
    // Nothing is cacheable unless the route says so (response formatting, step 8).
    response.setHeader('Cache-Control', NO_STORE);
    this.setSecurityHeaders(request, response);
    this.setCorsHeaders(request, response);
    const refused = readRequestError(request);
    if (refused) throw GlueHttpException.of(refused);
    // The health endpoints must answer without the database (liveness is not readiness).
    if (this.storeResolver && !request.path.startsWith(HEALTH_PREFIX)) {
      await this.resolveStoreAndLocale(request, context, this.storeResolver);
    }
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

  private async resolveStoreAndLocale(
    request: Request,
    context: GlueRequestContext,
    resolver: GlueStoreResolver,
  ): Promise<void> {
    const requested = request.header('store');
    const store = await resolver.findStore(requested ?? resolver.defaultStoreName);
    if (!store && requested !== undefined) {
      throw GlueHttpException.badRequest(
        `Store "${requested}" does not exist.`,
        { header: 'Store' },
        GlueErrorCode.UnknownStore,
      );
    }
    if (!store) {
      // The application's own default is missing: the operator's mistake, never the client's (500, logged).
      throw new Error(
        `The default store "${resolver.defaultStoreName}" does not exist (DEFAULT_STORE, or seed the stores).`,
      );
    }
    context.store = store.name;
    context.locale = negotiateLocale(request.header('accept-language'), store.locales, store.defaultLocale);
  }

  private setSecurityHeaders(request: Request, response: Response): void {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (request.secure)
      response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }

  private setCorsHeaders(request: Request, response: Response): void {
    if (this.corsOrigins.size === 0) return;
    const origin = request.header('origin');
    if (!origin || !this.corsOrigins.has(origin)) return;
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Expose-Headers', 'X-Request-Id, Location, Content-Language, ETag');
  }
}
