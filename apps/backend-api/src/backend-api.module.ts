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
import { OAuthBackendApiModule } from '#resources/oauth-backend-api';
import { DOMAIN_ERRORS } from '#resources/shared/domain-errors';
import { StoreContextModule, StoreContextResolver } from '#resources/shared/store-context';
import { DatabaseModule, DatabaseReadinessCheck, DatabaseReadinessModule } from '#zed-facades/database';
import type { BackendApiConfig } from './config/backend-api.config.js';
import { BACKEND_API_RESOURCES } from './backend-api.resources.js';

/** The Glue Backend API: back-office users and ERP/CRM integrations, with direct facade access. */
@Module({})
export class BackendApiModule {
  /**
   * `connectDatabase: false` boots the application without opening its database connection, for
   * tools that only read its declarations (`npm run openapi`).
   */
  static forRoot(
    config: Pick<
      BackendApiConfig,
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
    > & {
      readonly limits?: Partial<GlueRequestLimits>;
    },
    { connectDatabase = true }: { readonly connectDatabase?: boolean } = {},
  ): DynamicModule {
    // The readiness checks (database; Redis when configured): `/health/*` reports these checks.
    const health = GlueHealthModule.forRoot({
      imports: [DatabaseReadinessModule, RedisReadinessModule.forRoot(config.redisUrl)],
      readinessChecks: [DatabaseReadinessCheck, REDIS_READINESS_CHECK],
    });
    // One instance: it serves `/token` and provides the servers the pipeline authenticates with.
    const oauth = OAuthBackendApiModule.forRoot(config.auth, config.redisUrl);
    return {
      module: BackendApiModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl, connect: connectDatabase }),
        GlueApplicationModule.forRoot({
          name: 'backend',
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
        ...BACKEND_API_RESOURCES,
      ],
    };
  }
}
