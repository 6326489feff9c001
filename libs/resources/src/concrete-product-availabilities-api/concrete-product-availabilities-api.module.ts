import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { StockModule } from '#zed-facades/stock';
import { ConcreteProductAvailabilitiesController } from './concrete-product-availabilities.controller.js';
import { ConcreteProductConcreteProductAvailabilitiesRelationship } from './relationships/concrete-product-concrete-product-availabilities.relationship.js';

/**
 * Storefront `concrete-product-availabilities` and the `concrete-products` relationship to it
 * (Glue: `ProductAvailabilitiesRestApi`).
 */
@Module({
  imports: [ProductModule, StockModule],
  providers: [ConcreteProductConcreteProductAvailabilitiesRelationship],
  controllers: [ConcreteProductAvailabilitiesController],
})
export class ConcreteProductAvailabilitiesApiModule {}
