import { Module, type DynamicModule } from '@nestjs/common';
import { GlueApplicationModule, NoneConvention } from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { StoreContextModule, StoreContextResolver } from '#resources/store-context';
import { DatabaseModule } from '#zed-facades/database';
import type { BackendApiConfig } from './config/backend-api.config.js';
import { BACKEND_API_RESOURCES } from './backend-api.resources.js';

/** The Glue Backend API: back-office users and ERP/CRM integrations, with direct facade access. */
@Module({})
export class BackendApiModule {
  static forRoot(
    config: Pick<BackendApiConfig, 'databaseUrl' | 'defaultStore' | 'corsOrigins'>,
  ): DynamicModule {
    return {
      module: BackendApiModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        GlueApplicationModule.forRoot({
          name: 'backend',
          conventions: [JsonApiConvention, NoneConvention],
          storeResolver: StoreContextResolver,
          imports: [StoreContextModule.forRoot({ defaultStore: config.defaultStore })],
          corsOrigins: config.corsOrigins,
        }),
        ...BACKEND_API_RESOURCES,
      ],
    };
  }
}
