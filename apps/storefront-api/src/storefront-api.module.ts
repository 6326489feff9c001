import { Module, type DynamicModule } from '@nestjs/common';
import {
  GlueApplicationModule,
  GlueOAuthStrategy,
  GlueHealthModule,
  listenUrl,
  NoneConvention,
  OAuthConvention,
  OpenIdConnectStrategy,
  REDIS_READINESS_CHECK,
  RedisReadinessModule,
  type GlueRequestLimits,
} from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { OAuthApiModule } from '#resources/oauth-api';
import { DOMAIN_ERRORS } from '#resources/shared/domain-errors';
import {
  DEFAULT_STORAGE_CACHE_OPTIONS,
  StorageCacheModule,
  StorageCacheReadinessCheck,
  type StorageCacheOptions,
} from '#resources/shared/storage-cache';
import { StoreContextModule, StoreContextResolver } from '#resources/shared/store-context';
import { DatabaseModule, DatabaseReadinessCheck, DatabaseReadinessModule } from '#zed-facades/database';
import type { StorefrontApiConfig } from './config/storefront-api.config.js';
import { storefrontApiResources } from './storefront-api.resources.js';

/** The Glue Storefront API: shop frontends' catalog, stores, customers with their addresses, and tokens. */
@Module({})
export class StorefrontApiModule {
  /**
   * `connectDatabase: false` boots the application without opening its database connection, for
   * tools that only read its declarations (`npm run openapi`).
   */
  static forRoot(
    config: Pick<
      StorefrontApiConfig,
      | 'databaseUrl'
      | 'defaultStore'
      | 'corsOrigins'
      | 'auth'
      | 'host'
      | 'port'
      | 'publicUrl'
      | 'cacheMaxAgeSeconds'
      | 'glueCompatibility'
      | 'rateLimit'
      | 'redisUrl'
      | 'customers'
    > & {
      readonly limits?: Partial<GlueRequestLimits>;
      /** Default: `DEFAULT_STORAGE_CACHE_OPTIONS`. */
      readonly storageCache?: StorageCacheOptions;
    },
    { connectDatabase = true }: { readonly connectDatabase?: boolean } = {},
  ): DynamicModule {
    // One storage document cache and LISTEN connection per application (docs/architecture.md, "The read model cache").
    const storageCache = StorageCacheModule.forRoot(config.storageCache ?? DEFAULT_STORAGE_CACHE_OPTIONS);
    // The readiness checks (database; Redis when configured; the storage cache's listener): `/health/*`
    // and Glue's `health-check` report the same checks.
    const health = GlueHealthModule.forRoot({
      imports: [DatabaseReadinessModule, RedisReadinessModule.forRoot(config.redisUrl), storageCache],
      readinessChecks: [DatabaseReadinessCheck, REDIS_READINESS_CHECK, StorageCacheReadinessCheck],
    });
    // One instance: it serves the token endpoints and provides the servers the pipeline authenticates with.
    const oauth = OAuthApiModule.forRoot(config.auth, config.redisUrl);
    return {
      module: StorefrontApiModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl, connect: connectDatabase }),
        GlueApplicationModule.forRoot({
          name: 'storefront',
          conventions: [JsonApiConvention, NoneConvention, OAuthConvention],
          authenticationServers: [GlueOAuthStrategy, OpenIdConnectStrategy],
          storeResolver: StoreContextResolver,
          domainErrors: DOMAIN_ERRORS,
          imports: [oauth, StoreContextModule.forRoot({ defaultStore: config.defaultStore })],
          corsOrigins: config.corsOrigins,
          links: { publicUrl: config.publicUrl, listenUrl: listenUrl(config.host, config.port) },
          publicCacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
          glueCompatibility: config.glueCompatibility,
          rateLimit: config.rateLimit,
          redisUrl: config.redisUrl,
          limits: config.limits,
          health,
        }),
        oauth,
        ...storefrontApiResources({ ...config, health, oauth }),
      ],
    };
  }
}
