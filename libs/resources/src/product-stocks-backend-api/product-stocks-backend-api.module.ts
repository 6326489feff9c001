import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { StockModule } from '#zed-facades/stock';
import { ConcreteProductProductStocksController } from './concrete-product-product-stocks.controller.js';
import { ProductProductStocksController } from './product-product-stocks.controller.js';
import { ConcreteProductProductStocksRelationship } from './relationships/concrete-product-product-stocks.relationship.js';
import { ProductProductStocksRelationship } from './relationships/product-product-stocks.relationship.js';

/** Backend `product-stocks` resource (Glue naming: `ProductStocksBackendApi`). */
@Module({
  imports: [ProductModule, StockModule],
  providers: [ConcreteProductProductStocksRelationship, ProductProductStocksRelationship],
  controllers: [ConcreteProductProductStocksController, ProductProductStocksController],
})
export class ProductStocksBackendApiModule {}
