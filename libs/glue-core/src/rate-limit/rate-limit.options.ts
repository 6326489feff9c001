import { IsWholeNumberVariable } from '../config/environment.decorators.js';
import { configGroup, type ConfigGroup } from '../config/environment.js';

/**
 * How an application limits unauthenticated writes (every `@Public()` POST, PUT, PATCH and DELETE:
 * registration, logins, password resets, …). Each route counts on its own, per client address and
 * per account the request names, in a fixed window that the first request opens; a client over a
 * limit gets 429 with `Retry-After` until the window has passed.
 */
export interface GlueRateLimitOptions {
  /** Requests to one route from one client address within the window (an IPv6 client is its /64). */
  readonly perIp: number;
  /** Requests to one route naming one account (its e-mail or user name) within the window. */
  readonly perAccount: number;
  readonly windowSeconds: number;
  /** Namespace of the counters in Redis (default: the application's name). */
  readonly scope?: string;
}

export const DEFAULT_RATE_LIMIT_OPTIONS: GlueRateLimitOptions = {
  perIp: 30,
  perAccount: 10,
  windowSeconds: 60,
};

class RateLimitVariables {
  @IsWholeNumberVariable(1) readonly RATE_LIMIT_PER_IP = DEFAULT_RATE_LIMIT_OPTIONS.perIp;
  @IsWholeNumberVariable(1) readonly RATE_LIMIT_PER_ACCOUNT = DEFAULT_RATE_LIMIT_OPTIONS.perAccount;
  @IsWholeNumberVariable(1) readonly RATE_LIMIT_WINDOW_SECONDS = DEFAULT_RATE_LIMIT_OPTIONS.windowSeconds;
}

/**
 * An application's rate limits from the environment (`prefix` = `STOREFRONT`, `BACKEND`):
 * `<PREFIX>_RATE_LIMIT_PER_IP`, `<PREFIX>_RATE_LIMIT_PER_ACCOUNT` and
 * `<PREFIX>_RATE_LIMIT_WINDOW_SECONDS`. Defaults in `DEFAULT_RATE_LIMIT_OPTIONS`. Where the counters
 * live is the application's `REDIS_URL` (`redisUrlConfig`), read once for all its Redis users.
 */
export function rateLimitConfig(prefix: string): ConfigGroup<GlueRateLimitOptions> {
  return configGroup(RateLimitVariables, `${prefix}_`, (values) => ({
    perIp: values.RATE_LIMIT_PER_IP,
    perAccount: values.RATE_LIMIT_PER_ACCOUNT,
    windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
  }));
}

/** Injection token of the application's `ThrottlerStorage` (memory, or Redis with `redisUrl`). */
export const GLUE_RATE_LIMIT_STORAGE = Symbol('GLUE_RATE_LIMIT_STORAGE');
