import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { ConcreteProductsController } from './concrete-products.controller.js';
import { ProductConcreteProductsController } from './product-concrete-products.controller.js';
import { ProductConcreteProductsRelationship } from './relationships/product-concrete-products.relationship.js';

/** Backend `concrete-products` resource (Glue naming: `ConcreteProductsBackendApi`). */
@Module({
  imports: [ProductModule],
  providers: [ProductConcreteProductsRelationship],
  controllers: [ConcreteProductsController, ProductConcreteProductsController],
})
export class ConcreteProductsBackendApiModule {}
