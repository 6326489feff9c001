import { Module } from '@nestjs/common';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { ProductLabelModule } from '#zed-facades/product-label';
import { ProductLabelsController } from './product-labels.controller.js';
import {
  AbstractProductProductLabelsRelationship,
  ConcreteProductProductLabelsRelationship,
} from './relationships/product-product-labels.relationship.js';

/**
 * Storefront `product-labels` resource and the relationships of `abstract-products` and
 * `concrete-products` to it (Glue: `ProductLabelsRestApi`).
 */
@Module({
  imports: [CatalogStorageModule, ProductLabelModule],
  providers: [AbstractProductProductLabelsRelationship, ConcreteProductProductLabelsRelationship],
  controllers: [ProductLabelsController],
})
export class ProductLabelsApiModule {}
