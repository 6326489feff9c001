import { Module, type DynamicModule } from '@nestjs/common';
import { GlueApplicationModule, NoneConvention } from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { StoreContextModule, StoreContextResolver } from '#resources/store-context';
import { DatabaseModule } from '#zed-facades/database';
import type { StorefrontApiConfig } from './config/storefront-api.config.js';
import { STOREFRONT_API_RESOURCES } from './storefront-api.resources.js';

/** The Glue Storefront API: shop frontends' catalog, customers, carts, checkout and orders. */
@Module({})
export class StorefrontApiModule {
  static forRoot(
    config: Pick<StorefrontApiConfig, 'databaseUrl' | 'defaultStore' | 'corsOrigins'>,
  ): DynamicModule {
    return {
      module: StorefrontApiModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        GlueApplicationModule.forRoot({
          name: 'storefront',
          conventions: [JsonApiConvention, NoneConvention],
          storeResolver: StoreContextResolver,
          imports: [StoreContextModule.forRoot({ defaultStore: config.defaultStore })],
          corsOrigins: config.corsOrigins,
        }),
        ...STOREFRONT_API_RESOURCES,
      ],
    };
  }
}
