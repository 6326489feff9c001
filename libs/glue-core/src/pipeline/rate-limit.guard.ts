import {
  Inject,
  Injectable,
  RequestMethod,
  type CanActivate,
  type ExecutionContext,
  type OnModuleInit,
} from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import {
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import {
  GLUE_APPLICATION_OPTIONS,
  type GlueApplicationOptions,
} from '../application/glue-application.options.js';
import { routeAccess, type RouteAccess } from '../auth/route-access.js';
import { getRequestContext } from '../context/request-context.js';
import type { GlueConvention } from '../convention/glue-convention.js';
import { GlueErrorCode } from '../errors/glue-error.js';
import { GlueHttpException } from '../errors/glue-http.exception.js';
import { clientAddress, countedClientAddress } from '../http/client-address.js';
import {
  DEFAULT_ACCOUNT_ATTRIBUTES,
  GLUE_RATE_LIMIT_ACCOUNT_METADATA,
  isRateLimited,
} from '../rate-limit/rate-limit-account.decorator.js';
import {
  DEFAULT_RATE_LIMIT_OPTIONS,
  GLUE_RATE_LIMIT_STORAGE,
  type GlueRateLimitOptions,
} from '../rate-limit/rate-limit.options.js';

/** How one route is limited; `null` for a route that is not (reads, authenticated writes). */
interface RouteRateLimit {
  readonly access: RouteAccess;
  /** `@All()` routes: decided per request by its method. */
  readonly anyMethod: boolean;
  /** The attributes that name the route's account, in order of preference. */
  readonly accountAttributes: readonly string[];
}

/**
 * Step `rate-limit`: rate limits. Every write an anonymous caller may make (`@Public()` POST, PUT, PATCH,
 * DELETE, found from the route declarations) counts per client address and per account it names
 * (`@RateLimitAccount`), with `@nestjs/throttler`; over a limit: 429 with `Retry-After`, code
 * `429`, in the negotiated convention's format (it runs after `negotiate` for that), before parsing,
 * validation and any facade. Any other request costs one WeakMap lookup and no async hop.
 */
@Injectable()
export class RateLimitGuard implements CanActivate, OnModuleInit {
  private readonly routes = new WeakMap<object, RouteRateLimit | null>();
  /** Each convention's path to each account attribute in a request body (`data`, `attributes`, …). */
  private readonly paths = new Map<GlueConvention, Map<string, readonly string[]>>();
  private readonly throttler: GlueThrottlerGuard;

  constructor(
    reflector: Reflector,
    @Inject(GLUE_APPLICATION_OPTIONS) options: GlueApplicationOptions,
    @Inject(GLUE_RATE_LIMIT_STORAGE) storage: ThrottlerStorage,
  ) {
    const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT_OPTIONS;
    this.throttler = new GlueThrottlerGuard(this.throttlerOptions(limits), storage, reflector);
  }

  onModuleInit(): Promise<void> {
    return this.throttler.onModuleInit();
  }

  canActivate(execution: ExecutionContext): boolean | Promise<boolean> {
    const handler = execution.getHandler();
    let route = this.routes.get(handler);
    if (route === undefined) {
      route = rateLimitOf(execution.getClass(), handler);
      this.routes.set(handler, route);
    }
    if (route === null) return true;
    if (
      route.anyMethod &&
      !isRateLimited(execution.switchToHttp().getRequest<Request>().method, route.access)
    ) {
      return true;
    }
    return this.throttler.canActivate(execution);
  }

  private throttlerOptions(limits: GlueRateLimitOptions): ThrottlerModuleOptions {
    const ttl = limits.windowSeconds * 1000;
    return {
      // X-RateLimit-* headers on every limited response would cost more than they tell.
      setHeaders: false,
      throttlers: [
        {
          name: 'ip',
          limit: limits.perIp,
          ttl,
          getTracker: (request) => countedClientAddress(clientAddress(request as Request)),
        },
        {
          name: 'account',
          limit: limits.perAccount,
          ttl,
          skipIf: (execution) => this.accountOf(execution) === null,
          getTracker: (_request, execution) => this.accountOf(execution) ?? '',
        },
      ],
    };
  }

  /** The account the request names (trimmed, lower-cased), or `null` when it names none. */
  private accountOf(execution: ExecutionContext): string | null {
    const route = this.routes.get(execution.getHandler());
    const request = execution.switchToHttp().getRequest<Request>();
    const convention = getRequestContext(request).body?.convention;
    if (!route || !convention) return null;
    for (const attribute of route.accountAttributes) {
      const value = valueAt(request.body, this.pathTo(convention, attribute));
      if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase();
    }
    return null;
  }

  private pathTo(convention: GlueConvention, attribute: string): readonly string[] {
    let byAttribute = this.paths.get(convention);
    if (!byAttribute) {
      byAttribute = new Map();
      this.paths.set(convention, byAttribute);
    }
    let path = byAttribute.get(attribute);
    if (!path) {
      path = convention
        .attributePointer(attribute)
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
      byAttribute.set(attribute, path);
    }
    return path;
  }
}

function rateLimitOf(controller: object, handler: object): RouteRateLimit | null {
  const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
  if (method === undefined) return null;
  const access = routeAccess(controller, handler);
  const anyMethod = method === RequestMethod.ALL;
  if (!access.public || (!anyMethod && !isRateLimited(RequestMethod[method], access))) return null;
  const declared = Reflect.getMetadata(GLUE_RATE_LIMIT_ACCOUNT_METADATA, handler) as string | undefined;
  return {
    access,
    anyMethod,
    accountAttributes: declared === undefined ? DEFAULT_ACCOUNT_ATTRIBUTES : [declared],
  };
}

/** The value at `path` in a parsed body, without copying or walking anything else. */
function valueAt(body: unknown, path: readonly string[]): unknown {
  let value = body;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** `@nestjs/throttler`'s guard, refusing in Glue's error format. */
class GlueThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _execution: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, limit.timeToBlockExpire);
    throw GlueHttpException.of(
      {
        status: 429,
        code: GlueErrorCode.RateLimited,
        title: 'Too many requests',
        detail: `Too many requests: try again in ${seconds} seconds.`,
      },
      { 'Retry-After': String(seconds) },
    );
  }
}
