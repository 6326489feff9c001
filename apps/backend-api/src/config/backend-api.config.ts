import {
  applicationConfig,
  applicationConfigGroups,
  databaseUrlConfig,
  loadConfigAtBoot,
  rateLimitConfig,
  redisUrlConfig,
  requestLimitsConfig,
  shutdownGraceSeconds,
  type ConfigGroup,
  type Environment,
  type GlueApplicationSettings,
  type GlueRateLimitOptions,
  type GlueRequestLimits,
} from '#glue-core';
import { oauthConfig, type OAuthOptions } from '#resources/shared/oauth';
import { defaultStoreConfig } from '#resources/shared/store-context';

export interface BackendApiConfig extends GlueApplicationSettings {
  readonly databaseUrl: string;
  readonly defaultStore: string;
  readonly auth: OAuthOptions;
  /** Limits of unauthenticated writes (registration, logins, …) per client address and per account. */
  readonly rateLimit: GlueRateLimitOptions;
  /**
   * The Redis the application's processes share (`REDIS_URL`): login blocker and rate-limit counters,
   * and a readiness check. `null`: each process counts in its own memory.
   */
  readonly redisUrl: string | null;
  /** How much work one request may ask for (`BACKEND_MAX_…`, docs/security.md). */
  readonly limits: GlueRequestLimits;
  /** How long a stop lets requests in flight finish (`SHUTDOWN_GRACE_SECONDS`, default 5). */
  readonly shutdownGraceSeconds: number;
}

/** The backend's environment: every variable it reads, how, and what it builds of them. */
export const BACKEND_API_CONFIG: ConfigGroup<BackendApiConfig> = applicationConfigGroups({
  application: applicationConfig('BACKEND', { port: 3001, glueCompatibility: false }),
  databaseUrl: databaseUrlConfig(),
  defaultStore: defaultStoreConfig(),
  limits: requestLimitsConfig('BACKEND'),
  shutdownGraceSeconds: shutdownGraceSeconds(),
  auth: oauthConfig('BACKEND', 'backend'),
  rateLimit: rateLimitConfig('BACKEND'),
  redisUrl: redisUrlConfig(),
});

/** Reads and validates the backend's environment; throws `ConfigurationError` listing every problem. */
export function loadBackendApiConfig(source: Environment = process.env): BackendApiConfig {
  return BACKEND_API_CONFIG.load(source);
}

/** The backend's configuration at boot (`.env`, then the process's environment): see `loadConfigAtBoot`. */
export function bootBackendApiConfig(): Promise<BackendApiConfig> {
  return loadConfigAtBoot(BACKEND_API_CONFIG);
}
