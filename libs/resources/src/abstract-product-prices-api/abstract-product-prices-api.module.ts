import { Module } from '@nestjs/common';
import { PriceProductModule } from '#zed-facades/price-product';
import { ProductModule } from '#zed-facades/product';
import { AbstractProductPricesController } from './abstract-product-prices.controller.js';
import { AbstractProductAbstractProductPricesRelationship } from './relationships/abstract-product-abstract-product-prices.relationship.js';

/**
 * Storefront `abstract-product-prices` and the `abstract-products` relationship to it
 * (Glue: `ProductPricesRestApi`).
 */
@Module({
  imports: [PriceProductModule, ProductModule],
  providers: [AbstractProductAbstractProductPricesRelationship],
  controllers: [AbstractProductPricesController],
})
export class AbstractProductPricesApiModule {}
