import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { ProductImageModule } from '#zed-facades/product-image';
import { ConcreteProductImageSetsController } from './concrete-product-image-sets.controller.js';
import { ConcreteProductConcreteProductImageSetsRelationship } from './relationships/concrete-product-concrete-product-image-sets.relationship.js';

/** Storefront `concrete-product-image-sets` resource and the `concrete-products` relationship to it. */
@Module({
  imports: [ProductImageModule, ProductModule],
  providers: [ConcreteProductConcreteProductImageSetsRelationship],
  controllers: [ConcreteProductImageSetsController],
})
export class ConcreteProductImageSetsApiModule {}
