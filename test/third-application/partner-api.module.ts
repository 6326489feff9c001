import { Module, type DynamicModule } from '@nestjs/common';
import { GlueApplicationModule, NoneConvention } from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { DatabaseModule } from '#zed-facades/database';
import { HalConvention } from './hal.convention.js';
import { PartnerOffersPartnerApiModule } from './partner-offers.controller.js';
import { PartnerStoresPartnerApiModule } from './partner-stores.controller.js';

/**
 * A third Glue application, defined only in the tests: its own resources (one of them reading the
 * commerce core), its own convention, and nothing added to glue-core for it.
 */
@Module({})
export class PartnerApiModule {
  static forRoot(config: { readonly databaseUrl: string }): DynamicModule {
    return {
      module: PartnerApiModule,
      imports: [
        DatabaseModule.forRoot({ url: config.databaseUrl }),
        GlueApplicationModule.forRoot({
          name: 'partner',
          conventions: [HalConvention, JsonApiConvention, NoneConvention],
          corsOrigins: ['https://partner.example'],
        }),
        PartnerOffersPartnerApiModule,
        PartnerStoresPartnerApiModule,
      ],
    };
  }
}
