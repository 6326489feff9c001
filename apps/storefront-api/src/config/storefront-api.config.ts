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
import { customersApiConfig, type CustomersApiOptions } from '#resources/customers-api';
import { oauthConfig, type OAuthOptions } from '#resources/shared/oauth';
import { storageCacheConfig, type StorageCacheOptions } from '#resources/shared/storage-cache';
import { defaultStoreConfig } from '#resources/shared/store-context';

export interface StorefrontApiConfig extends GlueApplicationSettings {
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
  /** `customers`: registration confirmation (double opt-in). */
  readonly customers: CustomersApiOptions;
  /** The storage document cache's bounds, safety TTL and listener heartbeat (`STORAGE_CACHE_…`). */
  readonly storageCache: StorageCacheOptions;
  /** How much work one request may ask for (`STOREFRONT_MAX_…`, docs/security.md). */
  readonly limits: GlueRequestLimits;
  /** How long a stop lets requests in flight finish (`SHUTDOWN_GRACE_SECONDS`, default 5). */
  readonly shutdownGraceSeconds: number;
}

/** The storefront's environment: every variable it reads, how, and what it builds of them. */
export const STOREFRONT_API_CONFIG: ConfigGroup<StorefrontApiConfig> = applicationConfigGroups({
  application: applicationConfig('STOREFRONT', { port: 3000, glueCompatibility: true }),
  databaseUrl: databaseUrlConfig(),
  defaultStore: defaultStoreConfig(),
  limits: requestLimitsConfig('STOREFRONT'),
  shutdownGraceSeconds: shutdownGraceSeconds(),
  auth: oauthConfig('STOREFRONT', 'storefront'),
  rateLimit: rateLimitConfig('STOREFRONT'),
  redisUrl: redisUrlConfig(),
  customers: customersApiConfig('STOREFRONT'),
  storageCache: storageCacheConfig(),
});

/** Reads and validates the storefront's environment; throws `ConfigurationError` listing every problem. */
export function loadStorefrontApiConfig(source: Environment = process.env): StorefrontApiConfig {
  return STOREFRONT_API_CONFIG.load(source);
}

/** The storefront's configuration at boot (`.env`, then the process's environment): see `loadConfigAtBoot`. */
export function bootStorefrontApiConfig(): Promise<StorefrontApiConfig> {
  return loadConfigAtBoot(STOREFRONT_API_CONFIG);
}
