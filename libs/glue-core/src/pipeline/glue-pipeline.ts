import type { Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './authentication.guard.js';
import { AuthorizationGuard } from './authorization.guard.js';
import { ContentNegotiationGuard } from './content-negotiation.guard.js';
import { ErrorFormattingFilter } from './error-formatting.filter.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RequestParsingGuard } from './request-parsing.guard.js';

/**
 * The request pipeline, in the order a request walks it (docs/request-lifecycle.md):
 *
 * 1. `RequestContextMiddleware` (middleware, so requests no route matches get it too)
 * 2. `ContentNegotiationGuard`, 2b. `RateLimitGuard`, 3. `AuthenticationGuard`,
 *    4. `AuthorizationGuard`, 5. `RequestParsingGuard` — registered here, run by Nest in this order
 * 6. `GlueValidationPipe`, bound to `@GlueAttributes()` parameters only
 * 7. the resource's handler
 * 8. `formatGlueResult`, called by `GlueExpressAdapter` with the handler's result
 * 9. `ErrorFormattingFilter` — registered here, catches whatever any step throws
 *
 * No step is an interceptor or a global pipe: Nest's interceptor chain and global pipes cost
 * measurable CPU on every request, and none of these steps needs to wrap the handler (ADR 0003).
 */
export const GLUE_PIPELINE: readonly Provider[] = [
  { provide: APP_GUARD, useClass: ContentNegotiationGuard }, // 2
  { provide: APP_GUARD, useClass: RateLimitGuard }, // 2b
  { provide: APP_GUARD, useClass: AuthenticationGuard }, // 3
  { provide: APP_GUARD, useClass: AuthorizationGuard }, // 4
  { provide: APP_GUARD, useClass: RequestParsingGuard }, // 5
  { provide: APP_FILTER, useClass: ErrorFormattingFilter }, // 9
];
