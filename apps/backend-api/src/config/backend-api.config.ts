import {
  env,
  loadConfig,
  rateLimitConfig,
  redisUrlConfig,
  requestLimitsConfig,
  shutdownGraceSeconds,
  type GlueRateLimitOptions,
  type GlueRequestLimits,
} from '#glue-core';
import { oauthConfig, type OAuthOptions } from '#resources/shared/oauth';

export interface BackendApiConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly defaultStore: string;
  readonly corsOrigins: readonly string[];
  readonly auth: OAuthOptions;
  /**
   * Proxies in front of the application whose `X-Forwarded-*` headers are trusted: `-For` gives the
   * client IP (login blocker), `-Host` and `-Proto` the links' base when no public URL is set.
   */
  readonly trustProxy: number;
  /** The base URL clients call, without a trailing slash; links start with it. `null`: not set. */
  readonly publicUrl: string | null;
  /** `max-age` of public catalog responses (anonymous GETs of `@PublicCache()` routes). */
  readonly cacheMaxAgeSeconds: number;
  /** Limits of unauthenticated writes (registration, logins, …) per client address and per account. */
  readonly rateLimit: GlueRateLimitOptions;
  /**
   * The Redis the application's processes share (`REDIS_URL`): login blocker and rate-limit counters,
   * and a readiness check. `null`: each process counts in its own memory.
   */
  readonly redisUrl: string | null;
  /** How much work one request may ask for (`BACKEND_MAX_…`, docs/security.md). */
  readonly limits: GlueRequestLimits;
  /** One line per request on stdout (`ACCESS_LOG`, default on). */
  readonly accessLog: boolean;
  /** How long a stop lets requests in flight finish (`SHUTDOWN_GRACE_SECONDS`, default 5). */
  readonly shutdownGraceSeconds: number;
}

/** Reads and validates the backend's environment; throws `ConfigurationError` listing every problem. */
export function loadBackendApiConfig(
  source: Readonly<Record<string, string | undefined>> = process.env,
): BackendApiConfig {
  return loadConfig<BackendApiConfig>(
    {
      port: env.port('BACKEND_PORT', 3001),
      host: env.string('HOST', '0.0.0.0'),
      databaseUrl: env.postgresUrl('DATABASE_URL'),
      defaultStore: env.string('DEFAULT_STORE', 'DE', /^[A-Z][A-Z0-9_]{0,31}$/),
      corsOrigins: env.list('BACKEND_CORS_ORIGINS'),
      trustProxy: env.integer('TRUST_PROXY', 0, 0, 10),
      publicUrl: env.publicUrl('BACKEND_PUBLIC_URL'),
      cacheMaxAgeSeconds: env.integer('BACKEND_CACHE_MAX_AGE_SECONDS', 60, 0, 31_536_000),
      limits: requestLimitsConfig('BACKEND'),
      accessLog: env.boolean('ACCESS_LOG', true),
      shutdownGraceSeconds: shutdownGraceSeconds(),
      auth: oauthConfig('BACKEND', 'backend'),
      rateLimit: rateLimitConfig('BACKEND'),
      redisUrl: redisUrlConfig(),
    },
    source,
  );
}
