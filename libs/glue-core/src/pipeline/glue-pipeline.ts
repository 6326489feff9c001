import type { Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AuthenticationGuard } from './authentication.guard.js';
import { AuthorizationGuard } from './authorization.guard.js';
import { ContentNegotiationGuard } from './content-negotiation.guard.js';
import { ErrorFormattingFilter } from './error-formatting.filter.js';
import { RequestParsingInterceptor } from './request-parsing.interceptor.js';
import { ResponseFormattingInterceptor } from './response-formatting.interceptor.js';
import { GlueValidationPipe } from './validation.pipe.js';

/**
 * The request pipeline, in the order a request walks it (docs/request-lifecycle.md). Step 1,
 * `RequestContextMiddleware`, runs before these as middleware so that requests no route matches
 * get it too; step 7 is the resource's own handler. Nest runs guards in registration order, then
 * interceptors in registration order, then pipes; the filter catches whatever any step throws.
 */
export const GLUE_PIPELINE: readonly Provider[] = [
  { provide: APP_GUARD, useClass: ContentNegotiationGuard }, // 2
  { provide: APP_GUARD, useClass: AuthenticationGuard }, // 3
  { provide: APP_GUARD, useClass: AuthorizationGuard }, // 4
  { provide: APP_INTERCEPTOR, useClass: RequestParsingInterceptor }, // 5
  { provide: APP_PIPE, useClass: GlueValidationPipe }, // 6
  { provide: APP_INTERCEPTOR, useClass: ResponseFormattingInterceptor }, // 8
  { provide: APP_FILTER, useClass: ErrorFormattingFilter }, // 9
];
