import { Module } from '@nestjs/common';
import { PriceProductModule } from '#zed-facades/price-product';
import { ProductModule } from '#zed-facades/product';
import { ConcreteProductPricesController } from './concrete-product-prices.controller.js';
import { ConcreteProductConcreteProductPricesRelationship } from './relationships/concrete-product-concrete-product-prices.relationship.js';

/**
 * Storefront `concrete-product-prices` and the `concrete-products` relationship to it
 * (Glue: `ProductPricesRestApi`).
 */
@Module({
  imports: [PriceProductModule, ProductModule],
  providers: [ConcreteProductConcreteProductPricesRelationship],
  controllers: [ConcreteProductPricesController],
})
export class ConcreteProductPricesApiModule {}
