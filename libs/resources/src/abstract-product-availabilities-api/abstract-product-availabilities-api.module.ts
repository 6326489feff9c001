import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { StockModule } from '#zed-facades/stock';
import { AbstractProductAvailabilitiesController } from './abstract-product-availabilities.controller.js';
import { AbstractProductAbstractProductAvailabilitiesRelationship } from './relationships/abstract-product-abstract-product-availabilities.relationship.js';

/**
 * Storefront `abstract-product-availabilities` and the `abstract-products` relationship to it
 * (Glue: `ProductAvailabilitiesRestApi`).
 */
@Module({
  imports: [ProductModule, StockModule],
  providers: [AbstractProductAbstractProductAvailabilitiesRelationship],
  controllers: [AbstractProductAvailabilitiesController],
})
export class AbstractProductAvailabilitiesApiModule {}
