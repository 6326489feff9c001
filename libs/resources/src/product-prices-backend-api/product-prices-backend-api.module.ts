import { Module } from '@nestjs/common';
import { PriceProductModule } from '#zed-facades/price-product';
import { ProductModule } from '#zed-facades/product';
import { ConcreteProductProductPricesController } from './concrete-product-product-prices.controller.js';
import { ProductProductPricesController } from './product-product-prices.controller.js';
import { ConcreteProductProductPricesRelationship } from './relationships/concrete-product-product-prices.relationship.js';
import { ProductProductPricesRelationship } from './relationships/product-product-prices.relationship.js';

/** Backend `product-prices` resource (Glue naming: `ProductPricesBackendApi`). */
@Module({
  imports: [PriceProductModule, ProductModule],
  providers: [ConcreteProductProductPricesRelationship, ProductProductPricesRelationship],
  controllers: [ConcreteProductProductPricesController, ProductProductPricesController],
})
export class ProductPricesBackendApiModule {}
