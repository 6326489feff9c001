import { Module } from '@nestjs/common';
import { GlueApplicationModule, NoneConvention } from '#glue-core';
import { JsonApiConvention } from '#json-api-convention';
import { HalConvention } from './hal.convention.js';
import { PartnerOffersPartnerApiModule } from './partner-offers.controller.js';

/**
 * A third Glue application, defined only in the tests: its own resource, its own convention, and
 * nothing added to glue-core for it.
 */
@Module({
  imports: [
    GlueApplicationModule.forRoot({
      name: 'partner',
      conventions: [HalConvention, JsonApiConvention, NoneConvention],
      corsOrigins: ['https://partner.example'],
    }),
    PartnerOffersPartnerApiModule,
  ],
})
export class PartnerApiModule {}
