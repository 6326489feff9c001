import { Inject, Injectable, Optional, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request } from 'express';
import { getRequestContext, type GlueRequestContext } from '../context/request-context.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { GLUE_HEALTH_PATH } from '../health/health-path.js';
import { negotiateLocale } from '../locale/accept-language.js';
import { GLUE_STORE_RESOLVER, type GlueStoreResolver } from '../locale/glue-store-resolver.js';
import { readRequestError } from './request-bounds.js';

const HEALTH_PREFIX = `${GLUE_HEALTH_PATH}/`;

/**
 * Step `store`: answers what the request and body bounds refused (400, codes `4005`/`4006`), now
 * that the response has its id, headers and CORS headers; then the request's store (`Store`
 * header, else the application's default; an unknown one is `601`: 400, in Glue mode 404) and locale (`Accept-Language` among the store's) go into
 * the request context. Before any route runs, so every later step and the error step know them;
 * after the bounds, so a refused request costs no store lookup (a database query).
 */
@Injectable()
export class StoreLocaleMiddleware implements NestMiddleware {
  constructor(@Optional() @Inject(GLUE_STORE_RESOLVER) private readonly storeResolver?: GlueStoreResolver) {}

  async use(request: Request, _response: unknown, next: NextFunction): Promise<void> {
    const refused = readRequestError(request);
    if (refused) throw GlueHttpException.of(refused);
    // The health endpoints must answer without the database (liveness is not readiness).
    if (this.storeResolver && !request.path.startsWith(HEALTH_PREFIX)) {
      await this.resolveStoreAndLocale(request, getRequestContext(request), this.storeResolver);
    }
    next();
  }

  private async resolveStoreAndLocale(
    request: Request,
    context: GlueRequestContext,
    resolver: GlueStoreResolver,
  ): Promise<void> {
    const requested = request.header('store');
    const store = await resolver.findStore(requested ?? resolver.defaultStoreName);
    if (!store && requested !== undefined) {
      // Glue answers an unknown store header 404 with its wording; strictly it is a bad request.
      if (context.glueCompatibility) {
        throw GlueHttpException.of({
          status: 404,
          code: GlueErrorCode.UnknownStore,
          title: 'Resource not found',
          detail: 'Store not found.',
          source: { header: 'Store' },
        });
      }
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
}
