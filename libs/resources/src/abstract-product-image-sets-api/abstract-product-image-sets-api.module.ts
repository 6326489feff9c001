import { Module } from '@nestjs/common';
import { ProductModule } from '#zed-facades/product';
import { ProductImageModule } from '#zed-facades/product-image';
import { AbstractProductImageSetsController } from './abstract-product-image-sets.controller.js';
import { AbstractProductAbstractProductImageSetsRelationship } from './relationships/abstract-product-abstract-product-image-sets.relationship.js';

/** Storefront `abstract-product-image-sets` resource and the `abstract-products` relationship to it. */
@Module({
  imports: [ProductImageModule, ProductModule],
  providers: [AbstractProductAbstractProductImageSetsRelationship],
  controllers: [AbstractProductImageSetsController],
})
export class AbstractProductImageSetsApiModule {}
